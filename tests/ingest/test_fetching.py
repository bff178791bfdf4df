"""attribution.fetching against the test process's own web server: bounded, typed, no SSRF."""

import socket
import time

import pytest
from werkzeug import Response

from attribution import fetching

HTML = "text/html; charset=utf-8"


def fetch_html(url):
    return fetching.fetch(url, accept=fetching.HTML_TYPES)


def test_a_page_is_fetched_with_where_it_came_from(web):
    web.expect_request("/story").respond_with_data("<p>Hello</p>", content_type=HTML)
    fetched = fetch_html(web.url_for("/story"))
    assert fetched.content == b"<p>Hello</p>" and fetched.content_type == "text/html"
    assert fetched.url == web.url_for("/story")


def test_redirects_are_followed_and_the_final_url_kept(web):
    web.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    web.expect_request("/new").respond_with_data("<p>Moved</p>", content_type=HTML)
    assert fetch_html(web.url_for("/old")).url == web.url_for("/new")


def test_a_redirect_loop_is_refused_by_name(web):
    web.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    web.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    with pytest.raises(fetching.FetchError, match="Redirect loop") as refused:
        fetch_html(web.url_for("/a"))
    assert not refused.value.retryable


def test_too_many_redirects_are_refused(web, settings):
    settings.INGEST_MAX_REDIRECTS = 2
    for n in range(4):
        web.expect_request(f"/hop{n}").respond_with_data("", status=302, headers={"Location": f"/hop{n + 1}"})
    with pytest.raises(fetching.FetchError, match="More than 2 redirects"):
        fetch_html(web.url_for("/hop0"))


def test_a_404_is_refused_and_not_worth_retrying(web):
    web.expect_request("/gone").respond_with_data("Not here", status=404)
    with pytest.raises(fetching.FetchError, match="answered 404") as refused:
        fetch_html(web.url_for("/gone"))
    assert not refused.value.retryable


def test_a_503_is_worth_retrying(web):
    web.expect_request("/busy").respond_with_data("Busy", status=503)
    with pytest.raises(fetching.FetchError, match="answered 503") as refused:
        fetch_html(web.url_for("/busy"))
    assert refused.value.retryable


def test_an_answer_that_is_not_html_is_refused(web):
    web.expect_request("/report.pdf").respond_with_data(b"%PDF-1.7", content_type="application/pdf")
    with pytest.raises(fetching.FetchError, match="is application/pdf, not one of text/html"):
        fetch_html(web.url_for("/report.pdf"))


def test_a_page_over_the_size_cap_is_refused_whether_it_says_its_length_or_not(web, settings):
    settings.INGEST_MAX_PAGE_BYTES = 1000
    web.expect_request("/big").respond_with_data("<p>" + "x" * 5000 + "</p>", content_type=HTML)
    web.expect_request("/big-stream").respond_with_response(
        Response((b"<p>" + b"y" * 500 for _ in range(10)), content_type=HTML)
    )
    with pytest.raises(fetching.FetchError, match="over the limit of 1000 bytes"):
        fetch_html(web.url_for("/big"))
    with pytest.raises(fetching.FetchError, match="over the limit of 1000 bytes"):
        fetch_html(web.url_for("/big-stream"))


def test_a_server_too_slow_to_answer_times_out(web, settings):
    settings.INGEST_FETCH_TIMEOUT = 0.2

    def slow(request):
        time.sleep(0.5)
        return Response("<p>Late</p>", content_type=HTML)

    web.expect_request("/slow").respond_with_handler(slow)
    # The page would come after 0.5 s: a FetchError proves the fetch gave up before it.
    with pytest.raises(fetching.FetchError, match="did not answer within 0.2 seconds") as refused:
        fetch_html(web.url_for("/slow"))
    assert refused.value.retryable


def test_an_unreachable_host_is_refused_and_worth_retrying(settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(fetching.FetchError, match="could not be reached") as refused:
        fetch_html(f"http://127.0.0.1:{port}/")
    assert refused.value.retryable
    with pytest.raises(fetching.FetchError, match="could not be found"):
        fetch_html("http://no-such-host.invalid/")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/", "http://localhost:9/", "http://169.254.169.254/latest/meta-data/",
            "http://10.1.2.3/", "http://[::1]:9/", "http://[::ffff:127.0.0.1]:9/", "http://0.0.0.0:9/"],
)
def test_private_loopback_and_link_local_addresses_are_refused_before_connecting(settings, url):
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    with pytest.raises(fetching.FetchError, match="private, loopback or link-local"):
        fetch_html(url)


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(web, settings, monkeypatch):
    # The test server is on loopback: count 127.0.0.1 as public here, so the first hop is
    # allowed and the redirect to another loopback address is what gets checked.
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    monkeypatch.setattr(fetching, "address_allowed", lambda address: address == "127.0.0.1")
    web.expect_request("/out").respond_with_data("", status=302, headers={"Location": "http://127.0.0.2:9/admin"})
    url = web.url_for("/out").replace("localhost", "127.0.0.1")
    with pytest.raises(fetching.FetchError, match="127.0.0.2, a private"):
        fetch_html(url)


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/a", "file:///etc/passwd", "http://", "not a url", "http://u:p@example.org/",
     "https://example.org/" + "a" * 1000],
)
def test_urls_that_are_not_web_pages_are_refused_without_any_network(url):
    with pytest.raises(fetching.FetchError):
        fetching.url_check(url)


def test_a_conditional_get_answered_304_is_not_modified(web):
    web.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304, headers={"ETag": '"v1"'})
    fetched = fetching.fetch(web.url_for("/feed.xml"), accept=fetching.FEED_TYPES, headers={"If-None-Match": '"v1"'})
    assert fetched.not_modified and fetched.etag == '"v1"'
