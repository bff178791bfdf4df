"""POST /api/articles/: ingest through the service, 201 then 200 for the same text, 400 with
field errors for bad input, 413 for an oversized one, and nothing written when refused."""

import json
import os
import subprocess
import sys

import pytest
from django.db import IntegrityError, OperationalError

from attribution import services
from attribution.models import Article, Attribution, Outlet


def ingest(client, **body):
    return client.post("/api/articles/", body, format="json")


def test_ingesting_the_seed_article_answers_201_with_its_extracted_attributions(editor_api, seed_text):
    response = ingest(editor_api, text=seed_text, outlet="Seed publisher", url="https://example.org/khusham")
    assert response.status_code == 201
    body = response.json()
    assert body["outlet"]["name"] == "Seed publisher"
    assert body["url"] == "https://example.org/khusham"
    assert response["Location"].endswith(f"/api/articles/{body['id']}/")
    quotes = {a["quote"]: a for a in body["attributions"]}
    veale = next(a for q, a in quotes.items() if q.startswith("After 20-30 artillery"))
    assert veale["speaker"]["name"] == "Thomas Veale"
    assert veale["status"] == "pending"
    assert body["attribution_count"] == len(body["attributions"]) == Attribution.objects.count()


def test_the_same_text_again_answers_200_with_the_article_already_stored(editor_api, seed_text):
    first = ingest(editor_api, text=seed_text, outlet="Seed publisher")
    again = ingest(editor_api, text=seed_text.replace("\n", "\r\n"), outlet="Seed publisher")
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert Article.objects.count() == 1


def test_html_is_reduced_to_its_article_text(editor_api):
    html = (
        "<html><head><title>Bridge to reopen</title></head><body><nav>Home | World | Sport</nav>"
        "<article><h1>Bridge to reopen</h1>"
        "<p>“The bridge will reopen in May after the repairs are finished,” the mayor said on Tuesday.</p>"
        "<p>Engineers have worked on the structure since the floods of last winter damaged it badly.</p>"
        "</article><footer>Copyright Example News</footer></body></html>"
    )
    response = ingest(editor_api, html=html, outlet="Example News")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert "The bridge will reopen in May" in body["text"]
    assert "Home | World" not in body["text"] and "Copyright" not in body["text"]
    assert body["title"] == "Bridge to reopen"
    assert any(a["quote"].startswith("The bridge will reopen in May") for a in body["attributions"])


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><script>x()</script></body></html>",
        "<html><body><nav>Home | World | Sport | Business news and more</nav></body></html>",
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World news today</a></nav><footer>© 2024</footer></body></html>",
    ],
)
def test_html_without_any_article_text_is_a_400_on_the_html_field(editor_api, html):
    response = ingest(editor_api, html=html, outlet="Example News")
    assert response.status_code == 400
    assert "html" in response.json()
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    "body, field",
    [
        ({"text": "", "outlet": "Daily Example"}, "text"),
        ({"text": "   \n ", "outlet": "Daily Example"}, "text"),
        ({"outlet": "Daily Example"}, "text"),
        ({"text": "Some text.", "html": "<p>Some text.</p>", "outlet": "Daily Example"}, "text"),
        ({"text": "Some text."}, "outlet"),
        ({"text": "Some text.", "outlet": "Daily Example", "published": "8 Feb"}, "published"),
        ({"text": "Some text.", "outlet": "Daily Example", "url": "not a url"}, "url"),
        ({"text": "Nul \x00 byte", "outlet": "Daily Example"}, "text"),
        ({"text": "Lone \ud800 surrogate", "outlet": "Daily Example"}, "text"),
        ({"text": 123, "outlet": "Daily Example"}, "text"),
        ({"text": "Some text.", "outlet": 42}, "outlet"),
    ],
)
def test_empty_or_invalid_input_is_a_400_naming_the_field_and_writes_nothing(editor_api, body, field):
    response = editor_api.post(
        "/api/articles/", json.dumps(body, ensure_ascii=True), content_type="application/json"
    )
    assert response.status_code == 400
    assert field in response.json()
    assert Article.objects.count() == 0


def test_a_url_another_article_has_is_a_400_on_the_url_field(editor_api, seed_text):
    ingest(editor_api, text="“It rained,” she said.", outlet="Daily Example", url="https://example.org/a")
    response = ingest(editor_api, text=seed_text, outlet="Daily Example", url="https://example.org/a")
    assert response.status_code == 400
    assert "url" in response.json()


def test_malformed_json_is_a_400(editor_api):
    response = editor_api.post("/api/articles/", "{not json", content_type="application/json")
    assert response.status_code == 400


def test_an_article_over_the_size_limit_is_a_413_and_writes_nothing(editor_api, settings):
    settings.ARTICLE_MAX_BYTES = 100
    response = ingest(editor_api, text="é" * 60, outlet="Daily Example")
    assert response.status_code == 413
    assert "100 bytes" in response.json()["detail"]
    assert Article.objects.count() == 0


def test_a_body_over_the_upload_limit_is_a_413_before_it_is_read(editor_api, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = ingest(editor_api, text="word " * 1000, outlet="Daily Example")
    assert response.status_code == 413
    assert Article.objects.count() == 0


def test_an_oversized_body_from_a_stranger_is_refused_too(anonymous, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    assert ingest(anonymous, text="word " * 1000, outlet="Daily Example").status_code == 413


@pytest.mark.parametrize("outlet, code, publications", [("Seed publisher", 200, 1), ("A new outlet", 201, 2)])
def test_two_ingests_of_the_same_text_racing_answer_with_the_article_the_first_one_stored(
    editor_api, seed_text, monkeypatch, outlet, code, publications
):
    first = ingest(editor_api, text=seed_text, outlet="Seed publisher").json()
    attributions = Attribution.objects.count()
    lookups = []

    def stored_after_the_check(fingerprint, real=services.articles._article_with_text):
        # The lookups before extraction and before the write miss: the other ingest commits just after them.
        lookups.append(fingerprint)
        return None if len(lookups) <= 2 else real(fingerprint)

    monkeypatch.setattr(services.articles, "_article_with_text", stored_after_the_check)
    response = ingest(editor_api, text=seed_text, outlet=outlet)
    assert response.status_code == code
    assert response.json()["id"] == first["id"]
    assert Article.objects.count() == 1 and Attribution.objects.count() == attributions
    assert len(response.json()["publications"]) == publications


def test_an_ingest_that_loses_a_race_for_a_new_outlet_tries_once_more_and_stores_the_article(
    editor_api, monkeypatch
):
    calls = []

    def outlet_taken_by_another_ingest(*, name, real=services.outlet_get_or_create):
        calls.append(name)
        if len(calls) == 1:
            # What the unique index answers when another ingest committed this outlet first.
            raise IntegrityError("duplicate key value violates unique constraint outlet_name_unique_ci")
        return real(name=name)

    monkeypatch.setattr(services.articles, "outlet_get_or_create", outlet_taken_by_another_ingest)
    response = ingest(editor_api, text="“It rained all night,” the mayor said.", outlet="Racing Gazette")
    assert response.status_code == 201, response.content
    assert len(calls) == 2 and Outlet.objects.filter(name="Racing Gazette").count() == 1


def test_a_database_still_locked_after_waiting_is_a_503_with_retry_after(editor_api, monkeypatch):
    def locked(**kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(services, "article_ingest", locked)
    response = ingest(editor_api, text="“It rained,” she said.", outlet="Daily Example")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "busy" in response.json()["detail"]


@pytest.mark.parametrize(
    "database_url, options",
    [
        (
            "sqlite:////tmp/attribution-settings-check.sqlite3",
            {
                "transaction_mode": "IMMEDIATE",
                "timeout": 120,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
            },
        ),
        ("postgres://news:secret@db.example/news", {}),
    ],
)
def test_sqlite_writers_wait_for_the_lock_from_the_start_of_their_transaction(settings, database_url, options):
    code = "import json, project.settings as s; print(json.dumps(s.DATABASES['default'].get('OPTIONS', {})))"
    result = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, "DATABASE_URL": database_url},
        cwd=settings.BASE_DIR, capture_output=True, text=True, check=True,
    )
    assert json.loads(result.stdout) == options
