"""Exports: schema.org Claim JSON-LD, W3C Web Annotations and CSV."""

import csv
import io

from attribution import exports
from attribution.models import Attribution, Source


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8"))))


def test_a_claim_exports_as_schema_org_claim_with_author_appearances_and_first_appearance(editor_api, shared_claim):
    claim = shared_claim["claim"]
    response = editor_api.get(f"/api/claims/{claim.pk}/jsonld/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    data = response.json()
    assert data["@context"] == "https://schema.org" and data["@type"] == "Claim"
    assert data["@id"].endswith(f"/claims/{claim.pk}/")
    assert data["text"] == data["name"] == claim.canonical_text
    assert data["author"] == {
        "@type": "Person",
        "@id": data["author"]["@id"],
        "name": "Thomas Veale",
        "honorificPrefix": "Col.",
        "jobTitle": "a spokesman for the Inherent Resolve coalition",
    }
    assert data["datePublished"] == "2018-02-07"
    bbc, post = data["appearance"]
    assert bbc["@type"] == "NewsArticle"
    assert bbc["url"] == "https://bbc.example/syria"
    assert bbc["publisher"] == {"@type": "Organization", "name": "BBC", "url": "https://www.bbc.co.uk/"}
    assert bbc["datePublished"] == "2018-02-07"
    assert bbc["isBasedOn"]["publisher"]["name"] == "Reuters"
    assert post["publisher"]["name"] == "Post" and "isBasedOn" not in post
    assert data["firstAppearance"] == bbc
    assert "ClaimReview" not in response.content.decode()


def test_an_article_exports_the_claims_it_reports_as_a_json_ld_graph(anonymous, shared_claim):
    article = shared_claim["approved"].article
    data = anonymous.get(f"/api/articles/{article.pk}/claims/").json()
    assert data["@context"] == "https://schema.org"
    assert [claim["@type"] for claim in data["@graph"]] == ["Claim"]


def test_an_attribution_exports_as_a_web_annotation_with_quote_and_position_selectors(anonymous, shared_claim):
    approved = shared_claim["approved"]
    response = anonymous.get(f"/api/attributions/{approved.pk}/annotation/")
    assert response["Content-Type"].startswith("application/ld+json")
    data = response.json()
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert (data["type"], data["motivation"]) == ("Annotation", "describing")
    assert data["id"].endswith(f"/api/attributions/{approved.pk}/")
    assert data["body"][0]["type"] == "TextualBody" and data["body"][0]["purpose"] == "describing"
    assert "Col. Thomas Veale" in data["body"][0]["value"] and "said" in data["body"][0]["value"]
    assert data["target"]["source"] == "https://bbc.example/syria"
    quote, position = data["target"]["selector"]
    text = approved.article.text
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == approved.quote
    assert text[position["start"] : position["end"]] == approved.quote
    assert text.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1
    assert text.index(quote["prefix"] + quote["exact"]) + len(quote["prefix"]) == position["start"]


def test_an_article_without_a_url_is_targeted_by_its_page_in_the_tracker(anonymous, newsroom):
    attribution = newsroom.attribution(article=newsroom.article())
    data = anonymous.get(f"/api/attributions/{attribution.pk}/annotation/").json()
    assert data["target"]["source"].endswith(f"/articles/{attribution.article_id}/")


def test_claims_and_articles_export_annotation_pages(anonymous, shared_claim):
    for url in (
        f"/api/claims/{shared_claim['claim'].pk}/annotations/",
        f"/api/articles/{shared_claim['approved'].article_id}/annotations/",
    ):
        page = anonymous.get(url).json()
        assert page["type"] == "AnnotationPage"
        assert [item["type"] for item in page["items"]] == ["Annotation"]


def test_the_selector_context_grows_until_the_quote_is_found_in_one_place():
    text = "A" * 10 + "1234he said yes.5678" + "B" * 10 + "1234he said yes.5678" + "C" * 10
    start = text.rindex("he said yes.")
    prefix, suffix = exports.quote_selector_context(text, start, start + len("he said yes."), size=4)
    assert (prefix, suffix) == ("BBBB1234", "5678CCCC")
    assert text.count(prefix + "he said yes." + suffix) == 1


def test_the_selector_context_is_32_characters_each_side_by_default():
    text = "a" * 100 + "QUOTE" + "b" * 100
    prefix, suffix = exports.quote_selector_context(text, 100, 105)
    assert (prefix, suffix) == ("a" * 32, "b" * 32)


def test_the_csv_export_takes_the_list_filters(editor_api, shared_claim):
    rows = csv_rows(editor_api.get("/api/attributions/csv/", {"claim": shared_claim["claim"].pk, "status": "pending"}))
    assert [int(row["id"]) for row in rows] == [shared_claim["pending"].pk]
    row = rows[0]
    assert row["speaker"] == "Thomas Veale" and row["outlet"] == "Post" and row["editor_note"] == "Check the wording"
    assert row["quote"] == shared_claim["pending"].quote


def test_the_csv_export_disarms_cells_a_spreadsheet_would_run_as_formulas(editor_api, newsroom):
    article = newsroom.article(text="Formula.\n\nHe said “=HYPERLINK(1)” loudly.")
    newsroom.attribution(article=article, quote="=HYPERLINK(1)", status=Attribution.Status.PENDING)
    (row,) = csv_rows(editor_api.get("/api/attributions/csv/", {"article": article.pk}))
    assert row["quote"] == "'=HYPERLINK(1)"


def test_the_csv_export_with_a_bad_filter_is_a_400(editor_api, db):
    response = editor_api.get("/api/attributions/csv/", {"status": "maybe"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "status" in response.json()


def test_a_claim_reported_twice_in_one_article_lists_that_article_once(anonymous, newsroom):
    article = newsroom.article(text="Twice.\n\nShe said “the bridge will reopen” and again “the bridge will reopen soon”.")
    first = newsroom.attribution(article=article, quote="the bridge will reopen")
    newsroom.attribution(article=article, quote="the bridge will reopen soon", claim=first.claim)
    other = newsroom.attribution(article=newsroom.article(), claim=first.claim)
    data = anonymous.get(f"/api/claims/{first.claim_id}/jsonld/").json()
    assert [work["@id"] for work in data["appearance"]] == [
        f"http://testserver/articles/{article.pk}/", f"http://testserver/articles/{other.article_id}/"
    ]


def test_an_unnamed_source_is_not_exported_as_a_person(anonymous, newsroom):
    pentagon = newsroom.source("Pentagon", kind=Source.Kind.ORGANIZATION)
    article = newsroom.article()
    officials = newsroom.source("officials", kind=Source.Kind.UNNAMED, scope_article=article, affiliation=pentagon)
    attribution = newsroom.attribution(article=article, speaker=officials)
    author = anonymous.get(f"/api/claims/{attribution.claim_id}/jsonld/").json()["author"]
    assert author["@type"] == "Organization"
    assert author["description"] == "A source the article does not name."
    assert author["parentOrganization"]["name"] == "Pentagon"
    assert "jobTitle" not in author and "affiliation" not in author
