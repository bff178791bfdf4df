"""The extractor's modules define each name once.

Rules for the extractor are written on parallel branches; when two branches add a module-level set
or a method of the same name, git merges both definitions without a conflict and the later one
silently replaces the earlier (round 8 lost a rule that way until a test caught it).
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

EXTRACTION = Path(__file__).resolve().parents[2] / "attribution" / "extraction"


def names_defined_twice(body: list[ast.stmt]) -> list[str]:
    defined = Counter()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            defined[node.name] += 1
        elif isinstance(node, ast.Assign):
            defined.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            defined[node.target.id] += 1
    twice = [name for name, count in defined.items() if count > 1]
    for node in body:
        if isinstance(node, ast.ClassDef):
            twice += [f"{node.name}.{name}" for name in names_defined_twice(node.body)]
    return twice


@pytest.mark.parametrize("module", sorted(EXTRACTION.glob("*.py")), ids=lambda path: path.name)
def test_no_module_of_the_extractor_defines_a_name_twice(module):
    assert names_defined_twice(ast.parse(module.read_text(encoding="utf-8")).body) == []


def test_it_finds_a_set_and_a_method_defined_twice():
    source = "WORDS = {1}\nclass Reader:\n    def read(self): pass\n    def read(self): pass\nWORDS = {2}\n"
    assert sorted(names_defined_twice(ast.parse(source).body)) == ["Reader.read", "WORDS"]
