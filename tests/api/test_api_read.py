"""Reading through the API: nested detail, filters, ordering and cursor pages."""

from datetime import date

import pytest

from attribution.models import Attribution
from tests.api.conftest import ids_from_here_on


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_an_attribution_shows_its_speaker_article_outlet_and_relay_chain(anonymous, newsroom):
    (attribution,) = newsroom.full_rows(1)
    body = anonymous.get(f"/api/attributions/{attribution.pk}/").json()
    assert body["quote"] == attribution.quote
    assert body["speaker"]["display_name"] == f"Col. {attribution.speaker.name}, a spokesman"
    assert body["speaker"]["affiliation"]["id"] == attribution.speaker.affiliation_id
    assert body["article"]["id"] == attribution.article_id
    assert body["outlet"]["name"] == attribution.article.outlet.name
    assert [(hop["type"], hop["position"]) for hop in body["relay"]] == [("outlet", 0), ("source", 1)]
    assert body["claim"] == attribution.claim_id


def test_a_claim_lists_its_appearances_earliest_first_with_each_wording_diffed_against_the_first(
    editor_api, shared_claim
):
    body = editor_api.get(f"/api/claims/{shared_claim['claim'].pk}/").json()
    first, second = body["appearances"]
    assert first["outlet"]["name"] == "BBC" and second["outlet"]["name"] == "Post"
    assert all(piece["op"] == "equal" for piece in first["diff_from_first"])
    assert {"op": "delete", "text": "to be"} in second["diff_from_first"]
    assert body["outlet_count"] == 2 and body["appearance_count"] == 2


def test_each_appearance_shows_its_cue_stance_and_the_speaker_as_that_article_wrote_them(editor_api, shared_claim):
    first = shared_claim["claim"].attributions.get(article__outlet__name="BBC")
    first.cue, first.speaker_name_written, first.speaker_role_written = "claimed", "Colonel Veale", "coalition spokesman"
    first.save()
    body = editor_api.get(f"/api/claims/{shared_claim['claim'].pk}/").json()
    bbc, post = body["appearances"]
    assert bbc["stance"] == "doubting" and post["stance"] == "neutral"
    assert bbc["speaker_as_written"] == {"name": "Colonel Veale", "role": "coalition spokesman"}
    assert post["speaker_as_written"]["name"] == post["speaker"]["title"] + " " + post["speaker"]["name"]


def test_a_claim_names_its_first_appearance(anonymous, newsroom):
    earlier, later = newsroom.full_rows(2)
    later.claim, later.article.published = earlier.claim, date(2018, 2, 9)
    later.save()
    later.article.save()
    from attribution import services

    services.claim_flags_refresh(claim=earlier.claim, by=None)
    body = anonymous.get(f"/api/claims/{earlier.claim_id}/").json()
    assert body["first_appearance"] == earlier.pk and body["first_seen"] == "2018-02-08"


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"status": "pending"}, ["pending"]),
        ({"kind": "indirect"}, []),
        ({"q": "VEALE"}, ["approved", "pending"]),
        ({"q": "appeared coordinated"}, ["pending"]),
        ({"published_after": "2018-02-08"}, ["pending", "rejected"]),
        ({"published_after": "2018-02-08", "published_before": "2018-02-08"}, ["pending"]),
    ],
)
def test_attributions_filter_by_status_kind_search_and_date(editor_api, shared_claim, params, expected):
    rows = results(editor_api.get("/api/attributions/", params))
    ids = {row["id"] for row in rows}
    assert ids == {shared_claim[name].pk for name in expected}


def test_attributions_filter_by_speaker_outlet_article_and_claim(editor_api, shared_claim):
    approved = shared_claim["approved"]
    for params in (
        {"speaker": approved.speaker_id, "outlet": approved.article.outlet_id},
        {"article": approved.article_id},
        {"claim": approved.claim_id, "status": "approved"},
    ):
        assert [row["id"] for row in results(editor_api.get("/api/attributions/", params))] == [approved.pk]


@pytest.mark.parametrize(
    "params, field",
    [
        ({"status": "maybe"}, "status"),
        ({"speaker": "abc"}, "speaker"),
        ({"outlet": "-1"}, "outlet"),
        ({"published_after": "yesterday"}, "published"),
        ({"q": "x\x00y"}, "q"),
    ],
)
def test_an_invalid_filter_is_a_400_naming_it(anonymous, db, params, field):
    response = anonymous.get("/api/attributions/", params)
    assert response.status_code == 400
    assert field in response.json()


def test_claims_filter_by_their_flags(anonymous, newsroom):
    plain, differing = newsroom.full_rows(2)
    differing.claim.wording_differs = True
    differing.claim.save()
    rows = results(anonymous.get("/api/claims/", {"wording_differs": "true"}))
    assert [row["id"] for row in rows] == [differing.claim_id]


def test_claims_filter_by_speaker_and_outlet(anonymous, shared_claim, newsroom):
    newsroom.full_rows(2)
    claim = shared_claim["claim"]
    assert [r["id"] for r in results(anonymous.get("/api/claims/", {"speaker": shared_claim["speaker"].pk}))] == [claim.pk]
    outlet = shared_claim["approved"].article.outlet_id
    assert [r["id"] for r in results(anonymous.get("/api/claims/", {"outlet": outlet}))] == [claim.pk]


def test_sources_articles_and_outlets_filter_too(anonymous, shared_claim):
    assert [r["name"] for r in results(anonymous.get("/api/sources/", {"q": "veale"}))] == ["Thomas Veale"]
    bbc = shared_claim["approved"].article
    assert [r["id"] for r in results(anonymous.get("/api/articles/", {"outlet": bbc.outlet_id}))] == [bbc.pk]
    assert [r["id"] for r in results(anonymous.get("/api/articles/", {"published_before": "2018-02-07"}))] == [bbc.pk]
    assert [r["name"] for r in results(anonymous.get("/api/outlets/", {"q": "bb"}))] == ["BBC"]


def test_the_list_is_ordered_newest_first_and_the_order_can_be_changed(anonymous, newsroom):
    rows = newsroom.full_rows(3)
    newest_first = [row["id"] for row in results(anonymous.get("/api/attributions/"))]
    assert newest_first == [a.pk for a in reversed(rows)]
    oldest_first = [row["id"] for row in results(anonymous.get("/api/attributions/", {"ordering": "id"}))]
    assert oldest_first == [a.pk for a in rows]


def test_cursor_pages_cover_every_row_once_even_when_rows_are_added_between_pages(anonymous, newsroom):
    rows = newsroom.full_rows(5)
    first = anonymous.get("/api/attributions/", {"page_size": 2}).json()
    newsroom.full_rows(2)  # new rows arrive while the client pages
    assert ids_from_here_on(anonymous, first) == [a.pk for a in reversed(rows)]


def test_the_page_size_is_capped_at_100(anonymous, newsroom):
    article = newsroom.article(text="Long report.\n\n" + " ".join(f"“Point {n} stands” he said." for n in range(120)))
    for n in range(120):
        newsroom.attribution(article=article, quote=f"Point {n} stands")
    assert len(results(anonymous.get("/api/attributions/", {"page_size": 500}))) == 100


def test_a_bad_cursor_is_a_404_not_a_500(anonymous, db):
    assert anonymous.get("/api/attributions/", {"cursor": "garbage"}).status_code == 404


def test_an_unknown_or_huge_id_is_a_404(anonymous, db):
    assert anonymous.get("/api/attributions/12345/").status_code == 404
    assert anonymous.get(f"/api/claims/{10**30}/").status_code == 404
    assert anonymous.get("/api/sources/abc/").status_code == 404


@pytest.mark.parametrize("path", ["/api/nothing-here/", "/api/attributions/%0Aabc/annotation/", "/api/claims/%0A/"])
def test_an_unknown_api_path_answers_json_even_with_a_newline_in_it(anonymous, db, path):
    response = anonymous.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_an_article_lists_its_attributions_in_reading_order(editor_api, newsroom):
    article = newsroom.article(text="Two quotes.\n\nShe said “first one” and then “second one” later.")
    second = newsroom.attribution(article=article, quote="second one", status=Attribution.Status.PENDING)
    first = newsroom.attribution(article=article, quote="first one", status=Attribution.Status.PENDING)
    body = editor_api.get(f"/api/articles/{article.pk}/").json()
    assert [a["id"] for a in body["attributions"]] == [first.pk, second.pk]
    assert body["published"] is None and body["outlet"]["id"] == article.outlet_id


def test_the_outlet_list_counts_articles(anonymous, newsroom):
    outlet = newsroom.outlet("Daily Example")
    newsroom.article(outlet=outlet, published=date(2020, 1, 1))
    newsroom.article(outlet=outlet)
    assert results(anonymous.get("/api/outlets/"))[0]["article_count"] == 2
