"""Bad input for URL and feed ingest, tried and refused (a demonstration, not a test).

    .venv/bin/python bench/bad_input.py

On a throwaway SQLite database, with a web server in this process on loopback
(pytest-httpserver), it sends each bad case through the same services the commands, the API
and the workers use, and prints the error each one gets and whether anything was written
besides the failed job or the feed's error: an unreachable host, an unknown host, a 404, a
timeout, a non-HTML answer, a page over the size cap, a redirect loop, a private address, a
page without article text, an invalid feed, and a feed entry whose page fails (the feed's other
entry still goes in). tests/ingest/ checks the same cases.
"""

import os
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    folder = tempfile.TemporaryDirectory(prefix="bench-bad-input-")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder.name}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
    os.environ.pop("CELERY_BROKER_URL", None)  # inline: each case's outcome at once
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from pytest_httpserver import HTTPServer
    from werkzeug import Response

    from attribution import services
    from attribution.models import Article, Attribution, Claim, IngestJob, Outlet, Source
    from tests.ingest.conftest import BRIDGE, article_page, rss

    call_command("migrate", verbosity=0)
    settings.INGEST_FETCH_TIMEOUT = 0.5
    settings.INGEST_MAX_PAGE_BYTES = 100_000
    web = HTTPServer()
    web.start()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    web.expect_request("/gone").respond_with_data("Gone", status=404)
    web.expect_request("/slow").respond_with_handler(lambda request: (time.sleep(1), Response("<p>late</p>"))[1])
    web.expect_request("/report.pdf").respond_with_data(b"%PDF-1.7", content_type="application/pdf")
    web.expect_request("/huge").respond_with_data("<p>" + "word " * 50_000 + "</p>", content_type="text/html")
    web.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    web.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    web.expect_request("/menu").respond_with_data("<html><body><nav>Home | World</nav></body></html>", content_type="text/html")
    web.expect_request("/page").respond_with_data(article_page(BRIDGE), content_type="text/html")
    web.expect_request("/not-a-feed").respond_with_data("<html><body><p>Our news</p></body></html>", content_type="text/html")
    web.expect_request("/gone-too").respond_with_data("Gone", status=404)
    web.expect_request("/bridge").respond_with_data(article_page(BRIDGE), content_type="text/html")
    web.expect_request("/rss.xml").respond_with_data(
        rss([("Gone", web.url_for("/gone-too")), ("Bridge", web.url_for("/bridge"))]), content_type="application/rss+xml"
    )

    def written():
        return sum(model.objects.count() for model in (Article, Attribution, Claim, Outlet, Source))

    pages = [
        ("unreachable host", f"http://127.0.0.1:{closed_port}/story", True),
        ("unknown host", "http://no-such-host.invalid/story", True),
        ("404", web.url_for("/gone"), True),
        ("timeout", web.url_for("/slow"), True),
        ("not HTML", web.url_for("/report.pdf"), True),
        ("over the size cap", web.url_for("/huge"), True),
        ("redirect loop", web.url_for("/a"), True),
        ("private address", "http://169.254.169.254/latest/meta-data/", False),
        ("loopback address", web.url_for("/page"), False),
        ("no article text", web.url_for("/menu"), True),
    ]
    print(f"$ {' '.join(sys.argv)}")
    failures = 0
    for label, url, allow_private in pages:
        settings.INGEST_ALLOW_PRIVATE_URLS = allow_private
        before = written()
        job = services.ingest_job_for_url(url=url).job
        services.ingest_jobs_enqueue([job])
        job.refresh_from_db()
        clean = written() == before and job.status == IngestJob.Status.FAILED
        failures += not clean
        print(f"{label:<20} {'refused' if clean else 'NOT REFUSED'}, nothing written: {job.error}")

    settings.INGEST_ALLOW_PRIVATE_URLS = True
    broken = services.feed_add(url=web.url_for("/not-a-feed"), outlet="Broken Feed Times")
    before = written()
    result = services.feed_poll(feed=broken)
    clean = bool(result.error) and written() == before and not result.jobs
    failures += not clean
    print(f"{'invalid feed':<20} {'refused' if clean else 'NOT REFUSED'}, nothing written: {result.error}")
    feed = services.feed_add(url=web.url_for("/rss.xml"), outlet="Riverside Gazette")
    result = services.feed_poll(feed=feed)
    failed = IngestJob.objects.get(feed=feed, status=IngestJob.Status.FAILED)
    clean = not Article.objects.filter(url=web.url_for("/gone-too")).exists() and Article.objects.filter(
        url=web.url_for("/bridge"), outlet__name="Riverside Gazette"
    ).exists()
    failures += not clean
    print(f"{'feed entry fails':<20} {'refused' if clean else 'NOT REFUSED'}, the other entry ingested: {failed.error}")
    web.stop()
    print("every case refused with its error" if not failures else f"{failures} case(s) NOT refused")
    raise SystemExit(1 if failures else 0)


if __name__ == "__main__":
    main()
