"""A claim's text, first_seen and flags as each caller is shown them: readers only ever what the
approved appearances establish, in the list, the detail, the filters and the JSON-LD export;
editors what every appearance not rejected establishes (the values the claim stores)."""

from datetime import date

import pytest

from attribution import services
from attribution.models import Attribution, Claim

APPROVED_QUOTE = "the attack appeared to be coordinated"
PENDING_QUOTE = "the attack appeared coordinated"


@pytest.fixture
def claim_under_review(newsroom):
    """Approved in the BBC on 7 February; reported a day earlier, in other words, by a pending one."""
    claim = Claim.objects.create(canonical_text=PENDING_QUOTE)
    veale = newsroom.source("Thomas Veale")
    pending = newsroom.article(
        outlet=newsroom.outlet("Post"), text=f"Khusham.\n\nA spokesman said “{PENDING_QUOTE}” and planned.",
        published=date(2018, 2, 6),
    )
    approved = newsroom.article(
        outlet=newsroom.outlet("BBC"), text=f"Syria strike.\n\nVeale said “{APPROVED_QUOTE}” on Wednesday.",
        published=date(2018, 2, 7),
    )
    newsroom.attribution(article=pending, speaker=veale, claim=claim, status=Attribution.Status.PENDING)
    newsroom.attribution(article=approved, speaker=veale, claim=claim)
    claim = services.claim_flags_refresh(claim=claim)
    assert claim.canonical_text == PENDING_QUOTE and claim.wording_differs and claim.first_seen == date(2018, 2, 6)
    return claim


READER_VIEW = {
    "text": APPROVED_QUOTE, "first_seen": "2018-02-07", "wording_differs": False, "attribution_differs": False,
    "dates_conflict": False, "appearance_count": 1, "outlet_count": 1,
}


def shown(body):
    return {name: body[name] for name in READER_VIEW}


def test_readers_see_a_claim_as_its_approved_appearances_establish_it(anonymous, reader_api, claim_under_review):
    for client in (anonymous, reader_api):
        (listed,) = client.get("/api/claims/").json()["results"]
        assert shown(listed) == READER_VIEW
        assert shown(client.get(f"/api/claims/{claim_under_review.pk}/").json()) == READER_VIEW


def test_editors_see_what_every_appearance_not_rejected_establishes(editor_api, claim_under_review):
    (listed,) = editor_api.get("/api/claims/").json()["results"]
    assert shown(listed) == {
        **READER_VIEW, "text": PENDING_QUOTE, "first_seen": "2018-02-06", "wording_differs": True,
        "appearance_count": 2, "outlet_count": 2,
    }


@pytest.mark.parametrize(
    "params, found",
    [
        ({"q": "appeared coordinated"}, False),
        ({"q": "appeared to be"}, True),
        ({"wording_differs": "true"}, False),
        ({"wording_differs": "false"}, True),
        ({"first_seen_before": "2018-02-06"}, False),
        ({"first_seen_after": "2018-02-07"}, True),
        ({"dates_conflict": "false"}, True),
    ],
)
def test_reader_filters_use_what_the_approved_appearances_establish(anonymous, claim_under_review, params, found):
    rows = anonymous.get("/api/claims/", params).json()["results"]
    assert [row["id"] for row in rows] == ([claim_under_review.pk] if found else [])


@pytest.mark.parametrize(
    "params, found",
    [({"q": "appeared coordinated"}, True), ({"wording_differs": "true"}, True), ({"first_seen_before": "2018-02-06"}, True)],
)
def test_editor_filters_use_the_stored_values(editor_api, claim_under_review, params, found):
    rows = editor_api.get("/api/claims/", params).json()["results"]
    assert [row["id"] for row in rows] == ([claim_under_review.pk] if found else [])


def test_the_json_ld_a_reader_gets_names_the_claim_by_its_approved_wording(anonymous, claim_under_review):
    body = anonymous.get(f"/api/claims/{claim_under_review.pk}/jsonld/").json()
    assert body["text"] == body["name"] == APPROVED_QUOTE
    assert body["datePublished"] == "2018-02-07"
    graph = anonymous.get(f"/api/articles/{Attribution.objects.get(status='approved').article_id}/claims/").json()
    assert graph["@graph"][0]["text"] == APPROVED_QUOTE


def test_a_claim_without_pending_appearances_is_shown_its_stored_values(anonymous, newsroom):
    (row,) = newsroom.full_rows(1)
    Claim.objects.filter(pk=row.claim_id).update(wording_differs=True)
    (listed,) = anonymous.get("/api/claims/", {"wording_differs": "true"}).json()["results"]
    assert listed["wording_differs"] is True
