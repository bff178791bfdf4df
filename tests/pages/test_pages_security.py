"""Article text, titles, names and URLs are untrusted: the pages show them as text only."""

import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import get_resolver, reverse

from attribution import services
from attribution.middleware import PAGES_POLICY
from attribution.models import Article, Attribution, Outlet

HOSTILE_TEXT = (
    'Hostile page <script>alert("title")</script>\n\n'
    '“<script>alert(1)</script> was never here"><img src=x onerror=alert(2)>,” said John Smith, a spokesman.\n\n'
    "Mary Jones said the link javascript:alert(3) was safe.\n"
)
OUTLET = '"><img src=x onerror=alert(4)>'
SPEAKER = '<script>alert("speaker")</script>'


@pytest.fixture
def hostile(reports, editor):
    article = services.article_ingest(text=HOSTILE_TEXT, outlet=OUTLET, title='"><img src=x onerror=alert(5)>').article
    # The URLs are stored past validation, as a bad import or an older row might hold them.
    Article.objects.filter(pk=article.pk).update(url="javascript:alert(6)")
    Outlet.objects.filter(pk=article.outlet_id).update(homepage="javascript:alert(7)", domain="<b>bold</b>")
    article.refresh_from_db()
    speaker = reports.source(SPEAKER, role='"><img src=x onerror=alert(8)>')
    relay = reports.outlet("<script>alert('relay')</script>")
    claim = reports.claim()
    script = reports.attribution(
        article=article, quote='<script>alert(1)</script> was never here"><img src=x onerror=alert(2)>',
        claim=claim, speaker=speaker, cue="<i>said</i>", hops=[relay, speaker], mention="<u>Smith</u>",
    )
    link = reports.attribution(article=article, quote="the link javascript:alert(3) was safe", speaker=speaker)
    other = reports.report(outlet="Plain Post", quote="was never here", claim=claim, speaker=speaker)
    for attribution in Attribution.objects.filter(article=article, status=Attribution.Status.PENDING):
        services.attribution_approve(attribution=attribution, by=editor)
    return article, script, link, other


def pages_of(article, script, other, speaker_id):
    return [
        reverse("pages:article", args=[article.pk]),
        reverse("pages:claim", args=[script.claim_id]),
        reverse("pages:source", args=[speaker_id]),
        reverse("pages:outlet", args=[article.outlet_id]),
        f"{reverse('pages:compare')}?a={article.pk}&b={other.article_id}",
        f"{reverse('pages:home')}?q=never",
        f"{reverse('pages:home')}?q=%3Cscript%3Ealert(9)%3C/script%3E",
    ]


def test_hostile_article_text_and_names_render_as_text_only(client, hostile):
    article, script, link, other = hostile
    for url in pages_of(article, script, other, script.speaker_id):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "<script>alert" not in html, url
        assert "<img" not in html, url
        assert "<b>bold" not in html and "<i>said" not in html and "<u>Smith" not in html, url
        assert not re.search(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", html, re.IGNORECASE), url
        assert not re.search(r"<[a-z]+[^>]*\son[a-z]+\s*=", html, re.IGNORECASE), url


def test_the_hostile_words_are_still_shown_escaped_for_the_reader(client, hostile):
    article, script, link, other = hostile
    html = client.get(reverse("pages:article", args=[article.pk])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; was never here&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in html
    assert "the link javascript:alert(3) was safe" in html
    assert f'href="/claims/{script.claim_id}/#appearance-{script.pk}"' in html
    claim_html = client.get(reverse("pages:claim", args=[script.claim_id])).content.decode()
    assert "&lt;script&gt;alert(&quot;speaker&quot;)&lt;/script&gt;" in claim_html
    assert "&lt;script&gt;alert(&#x27;relay&#x27;)&lt;/script&gt;" in claim_html


def test_a_stored_javascript_url_is_never_a_link(client, hostile):
    article, *_ = hostile
    html = client.get(reverse("pages:article", args=[article.pk])).content.decode()
    assert "javascript:alert(6)" not in html and "Original article" not in html
    outlet_html = client.get(reverse("pages:outlet", args=[article.outlet_id])).content.decode()
    assert "javascript:alert(7)" not in outlet_html


def test_an_http_url_is_linked_as_the_original_article(client, reports):
    article = reports.article(outlet="Paper", text="Text.", url="https://example.org/story")
    html = client.get(reverse("pages:article", args=[article.pk])).content.decode()
    assert '<a href="https://example.org/story" rel="noopener noreferrer nofollow">Original article</a>' in html


@pytest.mark.parametrize("url", ["/", "/compare/", "/no-such-page/", "/claims/99999/"])
def test_reader_pages_send_the_security_headers(client, db, url):
    response = client.get(url)
    assert response["Content-Security-Policy"] == PAGES_POLICY
    assert "script-src 'self';" in PAGES_POLICY and "unsafe-inline" not in PAGES_POLICY
    assert "frame-ancestors 'none'" in PAGES_POLICY
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_pages_carry_no_inline_script_or_style_the_policy_would_block(client, hostile, editor):
    article, script, link, other = hostile
    client.force_login(editor)
    for url in pages_of(article, script, other, script.speaker_id):
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", html), url
        assert not re.search(r"<style|\sstyle=", html), url


@pytest.mark.parametrize("url", ["/admin/", "/api/docs/"])
def test_admin_and_the_api_docs_keep_their_own_policy(admin_client, url):
    # The pages' policy would block the inline code of admin and Swagger UI.
    response = admin_client.get(url)
    assert response.status_code == 200
    assert response.get("Content-Security-Policy") != PAGES_POLICY


def test_django_own_bad_request_page_is_the_styled_400_page(client, db, settings):
    settings.DEBUG = False
    response = client.get("/", HTTP_HOST="not-allowed.example")  # DisallowedHost: Django answers 400 itself
    assert response.status_code == 400
    html = response.content.decode()
    assert "<h1>That request cannot be answered</h1>" in html and 'href="/static/css/pages.css"' in html


def test_django_own_permission_denied_page_is_the_styled_403_page(rf, db, settings):
    settings.DEBUG = False
    handler = get_resolver().resolve_error_handler(403)
    response = handler(rf.get("/somewhere/"), PermissionDenied("no"))
    assert response.status_code == 403
    html = response.content.decode()
    assert "<h1>Not allowed</h1>" in html and 'href="/static/css/pages.css"' in html
