"""Cursor pages: every row exactly once in every allowed ordering, however many rows share a sort
value, and a cursor made by hand is a 404 in JSON, never a 500."""

from base64 import b64encode

import pytest
from rest_framework.pagination import CursorPagination

from attribution.models import Attribution, Source
from tests.api.conftest import ids_from_here_on


def walk(client, url, params):
    """Every id the list gives, following `next` to the end; then back again through `previous`."""
    page = client.get(url, params).json()
    pages = [page]
    while page["next"]:
        page = client.get(page["next"]).json()
        pages.append(page)
    forward = [row["id"] for page in pages for row in page["results"]]
    backward = [row["id"] for row in page["results"]]
    while page["previous"]:
        page = client.get(page["previous"]).json()
        backward = [row["id"] for row in page["results"]] + backward
    return forward, backward


@pytest.fixture
def low_offset_cutoff(monkeypatch):
    # DRF's cursor skips rows sharing a sort value by an offset it caps at 1,000; a low cap
    # shows in a few rows what 1,101 "officials" do.
    monkeypatch.setattr(CursorPagination, "offset_cutoff", 2)


def test_sources_sharing_a_name_page_completely(editor_api, newsroom, low_offset_cutoff):
    officials = [
        newsroom.source("officials", kind=Source.Kind.UNNAMED, scope_article=newsroom.article()) for _ in range(7)
    ]
    newsroom.source("Amal Clooney")
    forward, backward = walk(editor_api, "/api/sources/", {"page_size": 2})
    assert len(forward) == len(set(forward)) == 8
    assert forward[1:] == [source.pk for source in officials]
    assert backward == forward


@pytest.mark.parametrize("ordering", ["confidence", "-confidence", "created_at", "-created_at", "id", "-id"])
def test_attributions_page_completely_in_every_ordering_when_values_are_shared(
    anonymous, newsroom, low_offset_cutoff, ordering
):
    article = newsroom.article(text="Many.\n\n" + " ".join(f"“Point {n} stands” he said." for n in range(9)))
    rows = [newsroom.attribution(article=article, quote=f"Point {n} stands", confidence=0.5) for n in range(9)]
    Attribution.objects.filter(pk__in=[a.pk for a in rows[:4]]).update(confidence=0.25)
    forward, backward = walk(anonymous, "/api/attributions/", {"page_size": 2, "ordering": ordering})
    assert sorted(forward) == sorted(a.pk for a in rows)
    assert backward == forward


def test_rows_sharing_the_sort_value_added_between_pages_come_after_the_ones_already_seen(
    anonymous, newsroom
):
    article = newsroom.article(text="Many.\n\n" + " ".join(f"“Point {n} stands” he said." for n in range(6)))
    rows = [newsroom.attribution(article=article, quote=f"Point {n} stands", confidence=0.5) for n in range(4)]
    first = anonymous.get("/api/attributions/", {"page_size": 2, "ordering": "confidence"}).json()
    added = [newsroom.attribution(article=article, quote=f"Point {n} stands", confidence=0.5) for n in (4, 5)]
    assert ids_from_here_on(anonymous, first) == [a.pk for a in rows + added]


def cursor(text):
    return b64encode(text.encode()).decode()


INVALID_ANYWHERE = ["p=abc", "p=%00&i=1", "p=1&i=abc", "p=1&i=99999999999999999999", "r=2&p=1&i=1", "p=1&p=2&i=1"]
# Not a value of the sort field: an id, a confidence or a time with its zone.
INVALID_FOR_NUMBERS_AND_TIMES = ["p=abc&i=1", "p=nan&i=1", "p=inf&i=1", "p=2018-02-08T10:00:00&i=1"]
NUMBER_AND_TIME_ORDERINGS = ["/api/articles/", "/api/claims/"] + [
    f"/api/attributions/?ordering={ordering}" for ordering in ("-id", "id", "confidence", "-created_at")
]


@pytest.mark.parametrize(
    "url, position",
    [(url, position) for url in ["/api/sources/", "/api/outlets/", "/api/attributions/"] for position in INVALID_ANYWHERE]
    + [(url, position) for url in NUMBER_AND_TIME_ORDERINGS for position in INVALID_FOR_NUMBERS_AND_TIMES],
)
def test_a_hand_made_cursor_is_a_404_in_json(anonymous, newsroom, url, position):
    newsroom.full_rows(1)
    separator = "&" if "?" in url else "?"
    response = anonymous.get(f"{url}{separator}cursor={cursor(position)}")
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid cursor"}


def test_a_cursor_that_is_not_base64_is_a_404(anonymous, db):
    assert anonymous.get("/api/claims/", {"cursor": "cD1hYmM%"}).status_code == 404
