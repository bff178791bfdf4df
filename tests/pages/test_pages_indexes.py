"""The index pages /claims/, /articles/, /sources/ and /outlets/: the API's filters, sorting,
pages, downloads of what they show, clear 400s, and a number of queries that does not grow."""

import csv
import io
import json
import re
from datetime import date

import pytest
from django.urls import reverse

from attribution.api import filters
from attribution.models import Attribution


@pytest.fixture
def newsroom(reports, shared_claim):
    """The shared claim (Daily Example 8 Feb, Sample Wire 9 Feb), plus a claim one outlet
    reported (Third Post, 1 March, undated copy elsewhere pending)."""
    claim, first, second = shared_claim
    lone_claim = reports.claim("The bridge will reopen in spring")
    mayor = reports.source("Ann Lee", role="mayor")
    lone = reports.report(
        outlet="Third Post", quote="The bridge will reopen in spring", claim=lone_claim, speaker=mayor,
        published=date(2018, 3, 1),
    )
    return {"shared": claim, "lone": lone_claim, "first": first, "second": second, "lone_report": lone, "mayor": mayor}


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def claim_links(html):
    table = html.split('<table class="data index-table">', 1)[1] if "index-table" in html else ""
    return [int(pk) for pk in re.findall(r'<td><a href="/claims/(\d+)/">', table)]


def test_the_header_links_to_every_index(client, db):
    html = html_of(client, reverse("pages:home"))
    for name in ["claims", "articles", "sources", "outlets"]:
        assert f'<a href="{reverse("pages:" + name)}">' in html.split("</nav>", 1)[0]


def test_the_pages_filter_with_the_api_filter_sets(client, newsroom):
    from attribution import views

    assert views.INDEXES["claims"][0] is filters.ClaimFilter and views.INDEXES["articles"][0] is filters.ArticleFilter
    assert views.INDEXES["sources"][0] is filters.SourceFilter and views.INDEXES["outlets"][0] is filters.OutletFilter


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", {"shared", "lone"}),
        ("?q=bridge", {"lone"}),
        ("?min_outlets=2", {"shared"}),
        ("?wording_differs=true", {"shared"}),
        ("?attribution_differs=true", {"shared"}),
        ("?first_seen_after=2018-02-20", {"lone"}),
        ("?first_seen_before=2018-02-08", {"shared"}),
    ],
)
def test_the_claims_index_filters_by_words_outlets_dates_and_differences(client, newsroom, query, expected):
    for claim in (newsroom["shared"], newsroom["lone"]):
        from attribution import services

        services.claim_flags_refresh(claim=claim)
    html = html_of(client, reverse("pages:claims") + query)
    assert set(claim_links(html)) == {newsroom[name].pk for name in expected}


def test_the_claims_index_filters_by_outlet_and_speaker(client, newsroom):
    outlet = newsroom["lone_report"].article.outlet_id
    assert claim_links(html_of(client, reverse("pages:claims") + f"?outlet={outlet}")) == [newsroom["lone"].pk]
    speaker = newsroom["first"].speaker_id
    html = html_of(client, reverse("pages:claims") + f"?speaker={speaker}")
    assert claim_links(html) == [newsroom["shared"].pk]
    assert f'<option value="{speaker}" selected>' in html  # the form shows the filter applied


def test_the_claims_index_sorts_by_date_and_by_number_of_reports(client, newsroom):
    from attribution import services

    for claim in (newsroom["shared"], newsroom["lone"]):
        services.claim_flags_refresh(claim=claim)
    shared, lone = newsroom["shared"].pk, newsroom["lone"].pk
    assert claim_links(html_of(client, reverse("pages:claims"))) == [lone, shared]  # newest first
    assert claim_links(html_of(client, reverse("pages:claims") + "?sort=oldest")) == [shared, lone]
    assert claim_links(html_of(client, reverse("pages:claims") + "?sort=most_reported")) == [shared, lone]


@pytest.mark.parametrize(
    "url, named",
    [
        ("/claims/?outlet=abc", "outlet: Enter a whole number."),
        ("/claims/?first_seen_after=2018-13-01", "first seen: Enter a valid date."),
        ("/claims/?min_outlets=0", "min outlets"),
        ("/claims/?wording_differs=perhaps", "wording differs"),
        ("/claims/?sort=loudest", "Unknown sort order “loudest”"),
        ("/claims/?q=%00", "q: Null characters are not allowed."),
        ("/articles/?published_before=yesterday", "published: Enter a valid date."),
        ("/sources/?kind=alien", "kind: Select a valid choice."),
        ("/outlets/?sort=loudest", "Unknown sort order"),
        ("/claims/claims.csv?outlet=abc", "outlet: Enter a whole number."),
        ("/sources/sources.csv?outlet=-1", "outlet"),
    ],
)
def test_a_bad_filter_value_answers_400_naming_it(client, db, url, named):
    response = client.get(url)
    assert response.status_code == 400
    assert named in response.content.decode()


def test_each_index_lists_its_rows_and_offers_downloads(client, newsroom):
    first = newsroom["first"]
    articles = html_of(client, reverse("pages:articles"))
    assert first.article.title in articles and 'href="/articles/articles.csv"' in articles
    sources = html_of(client, reverse("pages:sources"))
    assert "Col. Thomas Veale, a spokesman for the Inherent Resolve coalition" in sources
    assert 'href="/sources/sources.csv"' in sources
    outlets = html_of(client, reverse("pages:outlets"))
    assert "Daily Example" in outlets and 'href="/outlets/outlets.csv"' in outlets
    claims = html_of(client, reverse("pages:claims") + "?min_outlets=2")
    assert 'href="/claims/claims.csv?min_outlets=2"' in claims and 'href="/claims/claims.jsonld?min_outlets=2"' in claims


def csv_rows(response):
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8"))))


def test_the_claims_downloads_hold_what_the_filtered_page_shows(client, newsroom):
    rows = csv_rows(client.get("/claims/claims.csv?min_outlets=2"))
    assert {row["id"] for row in rows} == {str(newsroom["first"].pk), str(newsroom["second"].pk)}
    assert {row["claim_id"] for row in rows} == {str(newsroom["shared"].pk)}
    response = client.get("/claims/claims.jsonld?q=bridge")
    assert response["Content-Type"].startswith("application/ld+json")
    graph = json.loads(b"".join(response.streaming_content))
    assert graph["@context"] == "https://schema.org"
    assert [item["text"] for item in graph["@graph"]] == ["The bridge will reopen in spring"]


def test_the_row_downloads_follow_the_filters(client, newsroom):
    outlet = newsroom["lone_report"].article.outlet_id
    articles = csv_rows(client.get(f"/articles/articles.csv?outlet={outlet}"))
    assert [row["outlet"] for row in articles] == ["Third Post"] and articles[0]["attributions_shown"] == "1"
    sources = csv_rows(client.get("/sources/sources.csv?q=lee"))
    assert [(row["name"], row["reports_crediting"]) for row in sources] == [("Ann Lee", "1")]
    outlets = csv_rows(client.get("/outlets/outlets.csv?q=third"))
    assert [(row["name"], row["articles"], row["attributions_shown"]) for row in outlets] == [("Third Post", "1", "1")]
    assert outlets[0]["page"].endswith(f"/outlets/{outlet}/")


def test_detail_pages_offer_downloads_of_what_they_show(client, newsroom):
    claim, article, mayor = newsroom["shared"], newsroom["first"].article, newsroom["mayor"]
    outlet = newsroom["lone_report"].article.outlet
    expected = {
        reverse("pages:claim", args=[claim.pk]): [f"/api/attributions/csv/?claim={claim.pk}", f"/api/claims/{claim.pk}/jsonld/"],
        reverse("pages:article", args=[article.pk]): [
            f"/api/attributions/csv/?article={article.pk}", f"/api/articles/{article.pk}/claims/",
        ],
        reverse("pages:source", args=[mayor.pk]): [f"/claims/claims.csv?source={mayor.pk}", f"/claims/claims.jsonld?source={mayor.pk}"],
        reverse("pages:outlet", args=[outlet.pk]): [
            f"/claims/claims.csv?outlet={outlet.pk}", f"/claims/claims.jsonld?outlet={outlet.pk}",
            f"/articles/articles.csv?outlet={outlet.pk}",
        ],
    }
    for url, links in expected.items():
        html = html_of(client, url)
        for link in links:
            assert f'href="{link}"' in html.replace("&amp;", "&"), (url, link)
            assert client.get(link).status_code == 200, link


def test_a_source_pages_download_holds_its_claims(client, newsroom):
    rows = csv_rows(client.get(f"/claims/claims.csv?source={newsroom['mayor'].pk}"))
    assert [row["quote"] for row in rows] == ["The bridge will reopen in spring"]


@pytest.mark.parametrize("index", ["claims", "articles", "sources", "outlets"])
def test_an_index_page_reads_a_fixed_number_of_queries_however_many_rows(client, reports, count_queries, index):
    url = reverse(f"pages:{index}")

    def add_claims(n, start):
        for i in range(start, start + n):
            claim = reports.claim(f"Claim number {i}")
            speaker = reports.source(f"Speaker {i}", aliases=[f"S{i}"])
            for outlet in (f"Outlet {i}", "Common Wire"):
                reports.report(outlet=outlet, quote=f"Claim number {i} stands", claim=claim, speaker=speaker,
                               published=date(2018, 1, 1 + i), hops=[reports.outlet("BBC")])

    add_claims(2, 1)
    few = count_queries(lambda: client.get(url))
    add_claims(6, 3)
    many = count_queries(lambda: client.get(url))
    assert many == few, (few, many)


def test_pending_attributions_are_not_counted_for_readers(client, newsroom, settings):
    settings.READERS_SEE_UNREVIEWED = False
    newsroom["lone_report"].status = Attribution.Status.PENDING
    newsroom["lone_report"].save()
    assert claim_links(html_of(client, reverse("pages:claims"))) == [newsroom["shared"].pk]
    assert "Ann Lee" not in html_of(client, reverse("pages:sources"))


@pytest.mark.parametrize(
    "at_least, expected", [(1, {"shared", "lone"}), (2, {"shared", "lone"}), (3, {"shared"}), (4, set())]
)
def test_min_outlets_counts_distinct_outlets(client, reports, newsroom, at_least, expected):
    # shared: Daily Example, Sample Wire, Third Post. lone: Third Post twice and Daily Example.
    reports.report(outlet="Third Post", quote="Rounds landed within 500 meters", claim=newsroom["shared"])
    reports.report(outlet="Third Post", quote="The bridge reopens in spring", claim=newsroom["lone"])
    reports.report(outlet="Daily Example", quote="The bridge will reopen", claim=newsroom["lone"])
    html = html_of(client, reverse("pages:claims") + f"?min_outlets={at_least}")
    assert set(claim_links(html)) == {newsroom[name].pk for name in expected}


INDEX_PARAMETERS = {
    "claims": ["q", "outlet", "speaker", "source", "relayed_by", "article", "min_outlets", "wording_differs",
               "attribution_differs", "dates_conflict", "first_seen_after", "first_seen_before"],
    "articles": ["q", "outlet", "speaker", "published_after", "published_before", "url"],
    "sources": ["q", "kind", "affiliation", "outlet"],
    "outlets": ["q"],
}
ODD_VALUES = ["abc", "-1", "\x00", "9" * 30, "2018-02-30", "☃", "x" * 1001]


@pytest.mark.parametrize("index", INDEX_PARAMETERS)
def test_no_query_string_value_ends_in_a_server_error(client, newsroom, index):
    # The downloads read the query string with the same function as the pages (views._filtered).
    url = reverse(f"pages:{index}")
    for parameter in [*INDEX_PARAMETERS[index], "sort", "page"]:
        for value in ODD_VALUES:
            response = client.get(url, {parameter: value})
            assert response.status_code in (200, 400), (url, parameter, value, response.status_code)


def test_the_claims_index_names_the_first_appearance_as_the_claim_page_does(client, reports, newsroom):
    first = newsroom["first"]
    html = html_of(client, reverse("pages:claims"))
    row = html.split(f'<td><a href="/claims/{newsroom["shared"].pk}/">', 1)[1].split("</tr>", 1)[0]
    assert f'<a href="/articles/{first.article_id}/" title="{first.article.title}">Daily Example, <time' in row
    assert "uncertain" not in row
    reports.report(outlet="Undated Times", quote="Rounds landed", claim=newsroom["shared"])
    html = html_of(client, reverse("pages:claims"))
    row = html.split(f'<td><a href="/claims/{newsroom["shared"].pk}/">', 1)[1].split("</tr>", 1)[0]
    assert "Earliest dated report <span class=\"muted\">(first appearance uncertain)</span>" in row
    claim_page = html_of(client, reverse("pages:claim", args=[newsroom["shared"].pk]))
    assert "★ Earliest dated report" in claim_page and "? First appearance uncertain" in claim_page


@pytest.mark.parametrize(
    "query", ["", "?q=bridge", "?min_outlets=2", "?first_seen_after=2018-02-20", "?wording_differs=false", "?source={mayor}"]
)
def test_a_query_string_selects_the_same_claims_on_the_page_and_in_the_api(client, newsroom, query):
    from attribution import services

    for claim in (newsroom["shared"], newsroom["lone"]):
        services.claim_flags_refresh(claim=claim)
    query = query.format(mayor=newsroom["mayor"].pk)
    page_ids = set(claim_links(html_of(client, reverse("pages:claims") + query)))
    api_ids = {row["id"] for row in client.get("/api/claims/" + query).json()["results"]}
    assert page_ids == api_ids and page_ids


def test_the_api_refuses_what_the_page_refuses(client, db):
    for query in ["?wording_differs=perhaps", "?min_outlets=0", "?outlet=abc"]:
        assert client.get("/claims/" + query).status_code == 400
        response = client.get("/api/claims/" + query)
        assert response.status_code == 400 and response["Content-Type"].startswith("application/json"), query
