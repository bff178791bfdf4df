"""Pages and feeds written for these tests, served by the test process's own web server."""

from html import escape

import pytest

from attribution.models import Article, Attribution, Claim, Outlet, Source

BRIDGE = [
    "“The bridge will reopen in May after the repairs are finished,” the mayor said on Tuesday.",
    "Engineers have worked on the structure since the floods of last winter damaged its pillars.",
    "“We expect traffic to return to normal within a week,” said Dana Whitfield, the city's transport director.",
]


def article_page(paragraphs, *, title="Bridge to reopen", site="Riverside Gazette", author="Jane Writer",
                 published="2024-03-05", canonical=None):
    head = [f"<title>{escape(title)} | {escape(site)}</title>", f'<meta property="og:site_name" content="{escape(site)}">']
    if author:
        head.append(f'<meta name="author" content="{escape(author)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}T09:00:00Z">')
    if canonical:
        head.append(f'<link rel="canonical" href="{escape(canonical)}">')
    body = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)
    return (
        f"<!doctype html><html><head>{''.join(head)}</head><body><nav>Home | City | Sport</nav>"
        f"<main><article>{body}</article></main><footer>© Riverside Gazette</footer></body></html>"
    )


def rss(items, *, title="Riverside Gazette"):
    entries = "".join(
        f"<item><title>{escape(item_title)}</title><link>{escape(link)}</link>"
        f"<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>"
        for item_title, link in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
        f"<link>https://gazette.example/</link><description>News</description>{entries}</channel></rss>"
    )


def atom(items, *, title="Hill Courier"):
    entries = "".join(
        f'<entry><title>{escape(item_title)}</title><link href="{escape(link)}"/><id>{escape(link)}</id>'
        f"<updated>2024-03-06T10:00:00Z</updated></entry>"
        for item_title, link in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title>'
        f"<id>urn:hill-courier</id><updated>2024-03-06T10:00:00Z</updated>{entries}</feed>"
    )


def serve_page(web, path, paragraphs=BRIDGE, **page):
    route, _, query = path.partition("?")
    web.expect_request(route, query_string=query or None).respond_with_data(
        article_page(paragraphs, **page), content_type="text/html; charset=utf-8"
    )
    return web.url_for(path)


def nothing_written():
    return not any(model.objects.exists() for model in (Article, Attribution, Claim, Outlet, Source))


@pytest.fixture
def page_about(web):
    """Serves a short article of its own at `path`: two quotes with their speakers."""

    def serve(path, subject, speaker="Mayor Ana Ruiz", site="Riverside Gazette"):
        paragraphs = [
            f"“The {subject} will open to the public next month,” {speaker} said on Monday.",
            f"The council approved the {subject} plan after a long public consultation last year.",
        ]
        return serve_page(web, path, paragraphs, title=f"The {subject}", site=site)

    return serve


@pytest.fixture
def editor_api(editor):
    from tests.api.conftest import token_client

    return token_client(editor)
