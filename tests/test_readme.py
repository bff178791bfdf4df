"""README is the user's manual: every command it names must exist."""

import re

from django.conf import settings
from django.core.management import get_commands

README = (settings.BASE_DIR / "README.md").read_text(encoding="utf-8")
MAKEFILE = (settings.BASE_DIR / "Makefile").read_text(encoding="utf-8")


def test_every_make_target_the_readme_names_exists():
    targets = set(re.findall(r"^([a-z][\w-]*):", MAKEFILE, re.MULTILINE))
    named = set(re.findall(r"\bmake ([a-z][\w-]*)", README))
    assert {"run", "test"} <= named
    assert named <= targets


def test_every_management_command_the_readme_names_exists():
    named = set(re.findall(r"manage\.py ([a-z_]+)", README))
    assert named, "README names no management command"
    assert named <= set(get_commands())


def test_every_repository_path_the_readme_names_exists():
    paths = set(re.findall(r"`((?:demo|bench|tests|attribution|\.ci)/[\w./-]*)`", README))
    missing = [path for path in paths if not (settings.BASE_DIR / path.split(" ")[0]).exists()]
    assert not missing


def test_ci_runs_the_test_command_the_readme_gives():
    ci = (settings.BASE_DIR / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.MULTILINE)
    assert "make test" in README
