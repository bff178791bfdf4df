"""Feeds: added by command, admin or API; polled with conditional GET, RSS and Atom parsed by
feedparser, new entries ingested once; a broken feed or entry records its error and never stops
the others."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from attribution import services, tasks
from attribution.models import Article, Feed, IngestJob, Outlet
from tests.ingest.conftest import atom, nothing_written, rss

pytestmark = pytest.mark.django_db


def serve_feed(web, path, body, content_type="application/rss+xml", **headers):
    web.expect_request(path).respond_with_data(body, content_type=content_type, headers=headers)
    return web.url_for(path)


def test_feed_add_creates_the_feed_and_its_outlet(capsys):
    call_command("feed_add", "https://gazette.example/rss.xml", "--outlet", "Riverside Gazette", "--interval", "15")
    feed = Feed.objects.get()
    assert (feed.url, feed.outlet.name, feed.interval_minutes) == ("https://gazette.example/rss.xml", "Riverside Gazette", 15)
    assert f"Feed {feed.pk} added" in capsys.readouterr().out


@pytest.mark.parametrize("url, message", [("ftp://gazette.example/rss", "http and https"), ("https://gazette.example/rss.xml", "already added")])
def test_feed_add_refuses_a_bad_or_known_url(url, message):
    services.feed_add(url="https://gazette.example/rss.xml", outlet="Riverside Gazette")
    with pytest.raises(CommandError, match=message):
        call_command("feed_add", url, "--outlet", "Riverside Gazette")
    assert Feed.objects.count() == 1


def test_polling_ingests_each_new_entry_under_the_feeds_outlet_once(web, page_about, capsys):
    urls = [page_about("/parks/1", "park"), page_about("/pool/2", "swimming pool")]
    feed = services.feed_add(url=serve_feed(web, "/rss.xml", rss([("Park", urls[0]), ("Pool", urls[1])]), ETag='"v1"'), outlet="Valley Wire")
    call_command("poll_feeds")
    out = capsys.readouterr().out
    assert "2 entries, 2 new (2 ingested, 0 failed)" in out
    articles = Article.objects.order_by("url")
    assert [a.url for a in articles] == sorted(urls)
    assert {a.outlet.name for a in articles} == {"Valley Wire"}  # the feed's outlet, not the site name
    assert articles[0].published.isoformat() == "2024-03-05"
    feed.refresh_from_db()
    assert feed.etag == '"v1"' and feed.last_polled_at and feed.last_error == "" and feed.last_new_entries == 2
    # Not due again before its interval; --all polls anyway, and the entries are known.
    call_command("poll_feeds")
    assert "0 feed(s) polled, 1 not due" in capsys.readouterr().out
    call_command("poll_feeds", "--all")
    assert "2 entries, 0 new" in capsys.readouterr().out
    assert Article.objects.count() == 2 and IngestJob.objects.count() == 2


def test_an_unchanged_feed_answers_304_to_the_conditional_get(web):
    feed = services.feed_add(url=web.url_for("/rss.xml"), outlet="Valley Wire")
    Feed.objects.filter(pk=feed.pk).update(etag='"v7"', last_modified="Tue, 05 Mar 2024 09:00:00 GMT")
    web.expect_request(
        "/rss.xml", headers={"If-None-Match": '"v7"', "If-Modified-Since": "Tue, 05 Mar 2024 09:00:00 GMT"}
    ).respond_with_data("", status=304)
    feed.refresh_from_db()
    result = services.feed_poll(feed=feed, force=True)
    assert result.not_modified and not result.error and not result.jobs


def test_an_atom_feed_is_read_too(web, page_about):
    url = page_about("/hall", "concert hall", site="Hill Courier")
    feed = services.feed_add(url=serve_feed(web, "/atom.xml", atom([("Hall", url)]), "application/atom+xml"), outlet="Hill Courier")
    result = services.feed_poll(feed=feed)
    assert result.entries == 1 and len(result.jobs) == 1
    assert Article.objects.get().published.isoformat() == "2024-03-06"


@pytest.mark.parametrize(
    "body, content_type, status, message",
    [
        ("<html><body><p>Our news pages</p></body></html>", "text/html", 200, "not an RSS or Atom feed"),
        ("<rss><channel><item><title>Broken", "application/rss+xml", 200, "not an RSS or Atom feed"),
        ("Server trouble", "text/plain", 500, "answered 500"),
        (b"\x89PNG", "image/png", 200, "image/png"),
    ],
)
def test_an_invalid_feed_records_its_error_and_writes_nothing(web, body, content_type, status, message):
    web.expect_request("/feed").respond_with_data(body, status=status, content_type=content_type)
    feed = services.feed_add(url=web.url_for("/feed"), outlet="Valley Wire")
    outlets = Outlet.objects.count()
    result = services.feed_poll(feed=feed)
    feed.refresh_from_db()
    assert message in result.error and feed.last_error == result.error
    assert not Article.objects.exists() and not IngestJob.objects.exists() and Outlet.objects.count() == outlets


def test_a_broken_feed_never_stops_the_others(web, page_about, capsys):
    web.expect_request("/broken").respond_with_data("nope", status=404)
    broken = services.feed_add(url=web.url_for("/broken"), outlet="Broken Times")
    good = services.feed_add(url=serve_feed(web, "/rss.xml", rss([("Park", page_about("/park", "park"))])), outlet="Valley Wire")
    with pytest.raises(CommandError, match="1 feed"):
        call_command("poll_feeds")
    captured = capsys.readouterr()
    assert "/broken: error:" in captured.err and "answered 404" in captured.err
    assert "2 feed(s) polled, 0 not due, 1 failed" in captured.out
    broken.refresh_from_db(), good.refresh_from_db()
    assert "answered 404" in broken.last_error and good.last_error == ""
    assert Article.objects.get().outlet.name == "Valley Wire"


def test_an_entry_whose_page_fails_is_a_failed_job_and_the_other_entries_go_in(web, page_about):
    web.expect_request("/gone").respond_with_data("Gone", status=404)
    items = [("Gone", web.url_for("/gone")), ("Park", page_about("/park", "park")), ("No link", "")]
    feed = services.feed_add(url=serve_feed(web, "/rss.xml", rss(items)), outlet="Valley Wire")
    result = services.feed_poll(feed=feed)
    assert result.error == "" and result.entries == 3 and len(result.jobs) == 2
    failed = IngestJob.objects.get(status=IngestJob.Status.FAILED)
    assert failed.url == web.url_for("/gone") and "answered 404" in failed.error and failed.feed == feed
    assert Article.objects.count() == 1
    # The failed page is not fetched again at every poll (an editor may retry it).
    assert services.feed_poll(feed=feed, force=True).jobs == []


def test_the_scheduled_task_polls_the_due_feeds_only(web, page_about, settings):
    assert settings.CELERY_BEAT_SCHEDULE["poll-due-feeds"]["task"] == tasks.feeds_poll_due.name
    due = services.feed_add(url=serve_feed(web, "/due.xml", rss([("Park", page_about("/park", "park"))])), outlet="Valley Wire")
    resting = services.feed_add(url=web.url_for("/resting.xml"), outlet="Hill Courier")
    Feed.objects.filter(pk=resting.pk).update(last_polled_at=due.created_at)
    paused = services.feed_add(url=web.url_for("/paused.xml"), outlet="Hill Courier")
    services.feed_update(feed=paused, is_active=False)
    tasks.feeds_poll_due.delay()  # no broker: runs inline, as a worker would
    due.refresh_from_db(), resting.refresh_from_db(), paused.refresh_from_db()
    assert due.last_polled_at and due.last_new_entries == 1
    assert paused.last_polled_at is None and resting.last_new_entries == 0
    assert Article.objects.count() == 1


# ---------------------------------------------------------------- API and admin


def test_editors_manage_feeds_through_the_api(editor_api, web, page_about):
    url = serve_feed(web, "/rss.xml", rss([("Park", page_about("/park", "park"))]))
    created = editor_api.post("/api/feeds/", {"url": url, "outlet_name": "Valley Wire", "interval_minutes": 10}, format="json")
    assert created.status_code == 201, created.json()
    feed = created.json()
    assert feed["outlet"]["name"] == "Valley Wire" and feed["interval_minutes"] == 10
    duplicate = editor_api.post("/api/feeds/", {"url": url, "outlet_name": "Valley Wire"}, format="json")
    assert duplicate.status_code == 400 and "already added" in duplicate.json()["url"][0]
    polled = editor_api.post(f"/api/feeds/{feed['id']}/poll/")
    assert polled.status_code == 200 and polled.json()["last_new_entries"] == 1
    changed = editor_api.patch(f"/api/feeds/{feed['id']}/", {"is_active": False, "interval_minutes": 60}, format="json")
    assert changed.status_code == 200 and changed.json()["is_active"] is False
    assert editor_api.post(f"/api/feeds/{feed['id']}/poll/").status_code == 400
    assert editor_api.get("/api/feeds/").json()["results"][0]["id"] == feed["id"]
    assert editor_api.delete(f"/api/feeds/{feed['id']}/").status_code == 204
    assert Article.objects.count() == 1


def test_readers_cannot_see_feeds_or_jobs(client):
    assert client.get("/api/feeds/").status_code == 401
    assert client.get("/api/jobs/").status_code == 401


def test_admin_lists_feeds_with_their_errors_and_polls_them(admin_client, web):
    web.expect_request("/feed").respond_with_data("nope", status=404)
    feed = services.feed_add(url=web.url_for("/feed"), outlet="Valley Wire")
    response = admin_client.post("/admin/attribution/feed/", {"action": "poll_now", "_selected_action": [feed.pk]}, follow=True)
    assert "answered 404" in response.content.decode()
    assert "answered 404" in admin_client.get("/admin/attribution/feed/").content.decode()
    added = admin_client.post(
        "/admin/attribution/feed/add/",
        {"url": "https://hill.example/atom.xml", "outlet": feed.outlet.pk, "interval_minutes": 20, "is_active": "on"},
    )
    assert added.status_code == 302 and Feed.objects.filter(url="https://hill.example/atom.xml", interval_minutes=20).exists()


def test_a_relative_entry_link_is_read_against_the_feeds_address(web, page_about):
    page_about("/news/park", "park")
    feed = services.feed_add(url=serve_feed(web, "/news/rss.xml", rss([("Park", "park")])), outlet="Valley Wire")
    assert len(services.feed_poll(feed=feed).jobs) == 1
    assert Article.objects.get().url == web.url_for("/news/park")
