"""`manage.py demo_load`, which `make run` calls on every start."""

from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.test import RequestFactory
from django.core.management import call_command

from attribution import services
from attribution.models import Article, Attribution


def demo_load(*args):
    out = StringIO()
    call_command("demo_load", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def loaded_demo(db):
    return demo_load("--password", "first-pass-123")


def test_it_loads_every_demo_article_and_approves_only_claims_two_outlets_share(loaded_demo, settings):
    assert Article.objects.count() == len(list((settings.BASE_DIR / "demo" / "articles").glob("*.txt")))
    approved = Attribution.objects.filter(status=Attribution.Status.APPROVED)
    assert approved.exists()
    assert Attribution.objects.filter(status=Attribution.Status.PENDING).exists()
    for attribution in approved.select_related("claim"):
        assert attribution.claim.attributions.values("article__outlet").distinct().count() >= 2
    assert "Admin login: admin / first-pass-123" in loaded_demo


def test_running_it_again_keeps_the_password_and_approves_nothing_an_editor_has_not_seen(loaded_demo, seed_text):
    # A newsroom's own report of a demo claim arrives between two runs: it waits for an editor.
    services.article_ingest(text=seed_text.replace("Khusham", "Khusham village"), outlet="Another Desk")
    pending_before = set(Attribution.objects.filter(status=Attribution.Status.PENDING).values_list("pk", flat=True))

    output = demo_load()

    assert "password unchanged" in output
    # The login lockout (django-axes) needs the request a login comes with.
    assert authenticate(RequestFactory().post("/admin/login/"), username="admin", password="first-pass-123") is not None
    assert set(Attribution.objects.filter(status=Attribution.Status.PENDING).values_list("pk", flat=True)) == pending_before


def test_the_login_line_names_the_host_and_port_the_app_answers_on(db, settings, tmp_path):
    settings.SITE_URL = "http://127.0.0.1:9123"
    output = demo_load("--folder", str(tmp_path), "--password", "first-pass-123")  # no articles: just the login
    assert "Admin login: admin / first-pass-123  (http://127.0.0.1:9123/admin/)" in output


def test_make_run_prints_links_to_its_own_port_and_shows_readers_everything(settings):
    import subprocess

    commands = subprocess.run(
        ["make", "--dry-run", "run", "PORT=9123"], cwd=settings.BASE_DIR, capture_output=True, text=True, check=True
    ).stdout
    assert "SITE_URL=http://127.0.0.1:9123 .venv/bin/python manage.py demo_load" in commands
    assert "READERS_SEE_UNREVIEWED=1 .venv/bin/python manage.py runserver 127.0.0.1:9123" in commands
