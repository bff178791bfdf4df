"""Syndicated copies: the same text from several outlets is one article with a publication per
outlet (outlet, URL, date, byline), each shown as a report in the API and on the pages."""

import importlib
from datetime import date

import pytest
from django.apps import apps

from attribution import selectors, services
from attribution.models import Article, Attribution, Claim, Publication

WIRE_STORY = (
    "Bridge to reopen in May\n\n"
    "“The bridge will reopen in May after the repairs are finished,” the mayor said on Tuesday.\n\n"
    "Engineers have worked on the structure since the floods of last winter."
)


def ingest(client, **body):
    return client.post("/api/articles/", body, format="json")


def table_counts():
    return {model.__name__: model.objects.count() for model in (Article, Attribution, Claim, Publication)}


@pytest.fixture
def wire_story(editor_api):
    response = ingest(
        editor_api, text=WIRE_STORY, outlet="Wire Agency", url="https://wire.example/bridge",
        published="2024-03-05", byline="By A. Reporter",
    )
    assert response.status_code == 201
    return response.json()


def test_a_second_outlet_carrying_the_same_text_is_stored_as_another_publication(editor_api, wire_story):
    before = table_counts()
    response = ingest(
        editor_api, text=WIRE_STORY, outlet="Valley Gazette", url="https://gazette.example/news/bridge",
        published="2024-03-06", byline="Wire staff", title="Mayor: bridge reopens in May",
    )
    assert response.status_code == 201
    body = response.json()
    assert body["id"] == wire_story["id"]
    # The first publication keeps working as before: the article's own outlet, URL and date.
    assert (body["outlet"]["name"], body["url"], body["published"]) == (
        "Wire Agency", "https://wire.example/bridge", "2024-03-05"
    )
    reports = [(p["outlet"]["name"], p["url"], p["published"], p["byline"]) for p in body["publications"]]
    assert reports == [
        ("Wire Agency", "https://wire.example/bridge", "2024-03-05", "By A. Reporter"),
        ("Valley Gazette", "https://gazette.example/news/bridge", "2024-03-06", "Wire staff"),
    ]
    assert body["publications"][1]["title"] == "Mayor: bridge reopens in May"
    # Nothing extracted again: one article, the same attributions, one more publication.
    assert table_counts() == {**before, "Publication": before["Publication"] + 1}


def test_re_posting_the_same_outlet_and_url_writes_nothing(editor_api, wire_story):
    before = table_counts()
    again = ingest(editor_api, text=WIRE_STORY, outlet="Wire Agency", url="https://wire.example/bridge")
    without_url = ingest(editor_api, text=WIRE_STORY, outlet="Wire Agency")
    assert again.status_code == without_url.status_code == 200
    assert len(again.json()["publications"]) == 1
    assert table_counts() == before


def test_a_url_another_article_has_is_refused_for_a_copy(editor_api, wire_story):
    other = ingest(editor_api, text="“It rained all night,” the mayor said.", outlet="Valley Gazette",
                   url="https://gazette.example/rain")
    assert other.status_code == 201
    response = ingest(editor_api, text=WIRE_STORY, outlet="Valley Gazette", url="https://gazette.example/rain")
    assert response.status_code == 400
    assert "already has the URL" in response.json()["url"][0]
    taken = ingest(editor_api, text=WIRE_STORY, outlet="Valley Gazette", url="https://wire.example/bridge")
    assert taken.status_code == 400
    assert "Wire Agency" in taken.json()["url"][0]


def test_every_publication_is_a_report_of_the_claims_in_the_api(editor_api, anonymous, wire_story):
    ingest(editor_api, text=WIRE_STORY, outlet="Valley Gazette", published="2024-03-04")
    Attribution.objects.update(status=Attribution.Status.APPROVED)
    claim_id = Attribution.objects.get().claim_id
    claim = anonymous.get(f"/api/claims/{claim_id}/").json()
    assert claim["appearance_count"] == 1 and claim["outlet_count"] == 2
    publications = claim["appearances"][0]["article"]["publications"]
    # Earliest first: the copy ran a day before the agency's own date.
    assert [(p["outlet"]["name"], p["published"]) for p in publications] == [
        ("Valley Gazette", "2024-03-04"), ("Wire Agency", "2024-03-05")
    ]
    outlets = {row["name"]: row["article_count"] for row in anonymous.get("/api/outlets/").json()["results"]}
    assert outlets["Valley Gazette"] == outlets["Wire Agency"] == 1


def test_the_first_appearance_counts_every_publication_date(editor_api, anonymous, wire_story):
    ingest(editor_api, text=WIRE_STORY, outlet="Valley Gazette", published="2024-03-04")
    [row] = selectors.claim_appearances_counted(claim=Claim.objects.get())
    assert row["first_published"] == date(2024, 3, 4)
    assert [(name, day) for _, name, day in row["publications"]] == [
        ("Valley Gazette", date(2024, 3, 4)), ("Wire Agency", date(2024, 3, 5))
    ]
    # The copy ran a day before the agency's own date: the claim was first seen then, for sure.
    claim = Claim.objects.get()
    assert (claim.first_seen, claim.dates_conflict) == (date(2024, 3, 4), False)
    Attribution.objects.update(status=Attribution.Status.APPROVED)
    shown = anonymous.get(f"/api/claims/{claim.pk}/").json()
    assert (shown["first_seen"], shown["dates_conflict"]) == ("2024-03-04", False)


def test_two_outlets_running_a_text_on_the_same_day_make_its_first_appearance_uncertain(editor_api, wire_story):
    ingest(editor_api, text=WIRE_STORY, outlet="Valley Gazette", published="2024-03-05")
    claim = Claim.objects.get()
    assert (claim.first_seen, claim.dates_conflict) == (date(2024, 3, 5), True)


def test_claim_article_and_outlet_pages_show_each_publication(client, editor_api, wire_story):
    ingest(editor_api, text=WIRE_STORY, outlet="Valley Gazette", url="https://gazette.example/b", published="2024-03-06")
    Attribution.objects.update(status=Attribution.Status.APPROVED)
    attribution = Attribution.objects.get()
    gazette = Publication.objects.get(outlet__name="Valley Gazette").outlet

    claim_page = client.get(f"/claims/{attribution.claim_id}/").content.decode()
    assert "How 2 outlets reported this claim" in claim_page
    assert "also ran in" in claim_page and "https://gazette.example/b" in claim_page

    article_page = client.get(f"/articles/{attribution.article_id}/").content.decode()
    assert "Published by 2 outlets" in article_page
    assert "Valley Gazette" in article_page and "6 Mar 2024" in article_page

    outlet_page = client.get(f"/outlets/{gazette.pk}/").content.decode()
    assert "Articles (1)" in outlet_page and "Claims Valley Gazette reported (1)" in outlet_page
    assert "Wire Agency" in outlet_page  # whose text it carried

    # Two outlets ran it: a claim reported by two outlets, on the home page's list of them.
    home = client.get("/").content.decode()
    assert "and the same text in" in home and "Valley Gazette" in home


def test_the_migration_gives_each_stored_article_its_first_publication(newsroom):
    article = newsroom.article(published=date(2024, 1, 2), url="https://example.org/one", byline="Staff")
    Publication.objects.all().delete()
    migration = importlib.import_module("attribution.migrations.0007_publications")
    migration.first_publications_create(apps, None)
    publication = Publication.objects.get()
    assert (publication.article, publication.outlet, publication.url, publication.published, publication.byline) == (
        article, article.outlet, "https://example.org/one", date(2024, 1, 2), "Staff"
    )


def test_an_editors_correction_of_the_article_moves_its_first_publication_too(editor_api, wire_story, editor):
    ingest(editor_api, text=WIRE_STORY, outlet="Valley Gazette", published="2024-03-06")
    article = Article.objects.get()
    article.published, article.url = date(2024, 3, 1), "https://wire.example/bridge-corrected"
    services.article_update(article=article, by=editor)
    reports = [(p.outlet.name, p.url, p.published) for p in Article.objects.get().reports]
    assert reports == [
        ("Wire Agency", "https://wire.example/bridge-corrected", date(2024, 3, 1)),
        ("Valley Gazette", "", date(2024, 3, 6)),
    ]
