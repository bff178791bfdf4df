"""URL ingest (services, `manage.py ingest_url`, POST /api/articles/ with `url`) against pages the
test process serves: the same extraction as the text sent directly, metadata from the page, no
page ingested twice, and every bad answer refused with a clear error and nothing written."""

import socket

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from attribution import services
from attribution.models import Article, IngestJob
from tests.ingest.conftest import BRIDGE, nothing_written, serve_page


def extracted(article):
    return sorted(
        (a.start, a.end, a.quote, a.kind, a.cue, a.speaker.name if a.speaker else None, a.speaker_mention)
        for a in article.attributions.select_related("speaker")
    )


def test_a_url_gives_the_same_text_and_attributions_as_that_text_sent_directly(db, web):
    text = "\n".join(BRIDGE)
    with transaction.atomic():
        direct = extracted(services.article_ingest(text=text, outlet="Riverside Gazette").article)
        transaction.set_rollback(True)
    assert direct and Article.objects.count() == 0
    result = services.article_ingest_url(url=serve_page(web, "/bridge"))
    assert result.created
    assert result.article.text == text
    assert extracted(result.article) == direct


def test_the_page_gives_title_author_date_and_outlet_and_its_canonical_url_is_kept(db, web):
    url = serve_page(web, "/story?utm_source=feed", canonical="https://gazette.example/bridge-to-reopen")
    article = services.article_ingest_url(url=url).article
    assert article.title == "Bridge to reopen | Riverside Gazette" or article.title == "Bridge to reopen"
    assert article.byline == "Jane Writer"
    assert article.published.isoformat() == "2024-03-05"
    assert article.outlet.name == "Riverside Gazette"
    assert article.url == "https://gazette.example/bridge-to-reopen"


def test_what_the_caller_gives_wins_over_the_page(db, web):
    from datetime import date

    url = serve_page(web, "/bridge")
    article = services.article_ingest_url(url=url, outlet="Valley Wire", title="Bridge news", published=date(2024, 3, 6)).article
    assert (article.outlet.name, article.title, article.published) == ("Valley Wire", "Bridge news", date(2024, 3, 6))
    assert article.url == url  # no canonical link: the URL it came from


def test_a_url_or_a_text_already_stored_is_not_ingested_twice(db, web):
    url = serve_page(web, "/bridge", canonical="https://gazette.example/bridge")
    first = services.article_ingest_url(url=url)
    again = services.article_ingest_url(url=url)
    by_canonical = services.article_ingest_url(url=serve_page(web, "/copy", canonical="https://gazette.example/bridge"))
    same_text = services.article_ingest_url(url=serve_page(web, "/mirror"))
    assert not again.created and not by_canonical.created and not same_text.created
    assert {again.article.pk, by_canonical.article.pk, same_text.article.pk} == {first.article.pk}
    assert Article.objects.count() == 1


def test_the_command_ingests_urls_and_says_what_became_of_each(db, web, capsys):
    url = serve_page(web, "/bridge")
    call_command("ingest_url", url)
    out = capsys.readouterr().out
    article = Article.objects.get()
    assert f"{url}: article {article.pk}" in out and "attribution(s) extracted" in out
    call_command("ingest_url", url)
    assert f"already known as article {article.pk}" in capsys.readouterr().out


def _closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


BAD_ANSWERS = {
    "unreachable host": (lambda web: f"http://127.0.0.1:{_closed_port()}/story", "could not be reached"),
    "unknown host": (lambda web: "http://no-such-host.invalid/story", "could not be found"),
    "404": (lambda web: _respond(web, "/gone", "Gone", status=404), "answered 404"),
    "not html": (lambda web: _respond(web, "/a.pdf", b"%PDF-1.7", content_type="application/pdf"), "application/pdf"),
    "over the size cap": (lambda web: _respond(web, "/big", "<p>" + "word " * 400 + "</p>"), "over the limit"),
    "redirect loop": (lambda web: _loop(web), "Redirect loop"),
    "no article text": (lambda web: _respond(web, "/menu", "<html><body><nav>Home | World</nav></body></html>"), "No article text"),
}


def _respond(web, path, body, status=200, content_type="text/html"):
    web.expect_request(path).respond_with_data(body, status=status, content_type=content_type)
    return web.url_for(path)


def _loop(web):
    web.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    web.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    return web.url_for("/a")


@pytest.mark.parametrize("case", sorted(BAD_ANSWERS))
def test_each_bad_answer_fails_the_command_with_a_clear_error_and_writes_nothing_but_the_failed_job(db, web, settings, capsys, case):
    settings.INGEST_MAX_PAGE_BYTES = 1000
    make_url, message = BAD_ANSWERS[case]
    url = make_url(web)
    with pytest.raises(CommandError, match="1 of 1 page"):
        call_command("ingest_url", url)
    assert message in capsys.readouterr().out
    assert nothing_written()
    job = IngestJob.objects.get()
    assert job.status == IngestJob.Status.FAILED and message in job.error


def test_a_timeout_fails_with_a_clear_error_and_writes_nothing(db, web, settings, capsys):
    import time

    from werkzeug import Response

    settings.INGEST_FETCH_TIMEOUT = 0.2
    web.expect_request("/slow").respond_with_handler(lambda request: (time.sleep(0.4), Response("<p>x</p>"))[1])
    with pytest.raises(CommandError):
        call_command("ingest_url", web.url_for("/slow"))
    assert "did not answer within 0.2 seconds" in capsys.readouterr().out
    assert nothing_written()


@pytest.mark.parametrize("url", ["http://127.0.0.1/admin", "http://169.254.169.254/latest/meta-data/", "http://[::1]/"])
def test_a_private_address_is_refused_and_nothing_written(db, settings, capsys, url):
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    with pytest.raises(CommandError):
        call_command("ingest_url", url)
    assert "private, loopback or link-local" in capsys.readouterr().out
    assert nothing_written()


@pytest.mark.parametrize("url", ["ftp://example.org/story", "javascript:alert(1)", "example.org/story"])
def test_a_url_that_is_no_web_page_is_refused_before_any_job(db, capsys, url):
    with pytest.raises(CommandError):
        call_command("ingest_url", url)
    assert "refused" in capsys.readouterr().err
    assert nothing_written() and not IngestJob.objects.exists()


# ---------------------------------------------------------------- API, without a task queue


def test_posting_a_url_alone_fetches_it_and_answers_201_then_200(editor_api, web):
    url = serve_page(web, "/bridge")
    response = editor_api.post("/api/articles/", {"url": url}, format="json")
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["outlet"]["name"] == "Riverside Gazette" and body["url"] == url
    assert any(a["quote"].startswith("The bridge will reopen in May") for a in body["attributions"])
    again = editor_api.post("/api/articles/", {"url": url}, format="json")
    assert again.status_code == 200 and again.json()["id"] == body["id"]


def test_posting_a_url_that_fails_is_a_400_on_url_with_the_error_and_its_job(editor_api, web):
    web.expect_request("/gone").respond_with_data("Gone", status=404)
    response = editor_api.post("/api/articles/", {"url": web.url_for("/gone"), "outlet": "Gazette"}, format="json")
    assert response.status_code == 400
    body = response.json()
    assert "answered 404" in body["url"][0]
    job = editor_api.get(f"/api/jobs/{body['job'][0]}/").json()
    assert job["status"] == "failed" and "answered 404" in job["error"]
    assert nothing_written()


def test_a_private_url_posted_is_a_400(editor_api, settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    response = editor_api.post("/api/articles/", {"url": "http://127.0.0.1:8000/admin/"}, format="json")
    assert response.status_code == 400 and "private" in response.json()["url"][0]
    assert nothing_written()


def test_text_without_an_outlet_is_still_a_400_on_outlet(editor_api):
    response = editor_api.post("/api/articles/", {"text": "Some text."}, format="json")
    assert response.status_code == 400 and "outlet" in response.json()
