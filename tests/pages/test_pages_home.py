import re
from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from attribution.models import Attribution


def test_the_home_page_lists_claims_two_or_more_outlets_report_with_links(client, reports, shared_claim):
    claim, first, second = shared_claim
    reports.report(outlet="Lone Post", quote="Only one outlet said this", claim=reports.claim())
    html = client.get("/").content.decode()
    assert f'href="/claims/{claim.pk}/"' in html
    assert "Only one outlet said this" not in html
    assert "Compare 2 reports side by side" in html
    assert "Daily Example" in html and "Sample Wire" in html


def test_the_most_recently_reported_shared_claim_comes_first(client, reports, shared_claim):
    claim, *_ = shared_claim
    newer = reports.claim()
    for outlet in ("A Post", "B Post"):
        reports.report(outlet=outlet, quote="A newer shared claim", claim=newer, published=date(2020, 1, 1))
    html = client.get("/").content.decode()
    assert re.findall(r'href="/claims/(\d+)/"', html)[:2] == [str(newer.pk), str(claim.pk)]


def counts_on(html):
    return dict(re.findall(r"<dt>([^<]+)</dt><dd>(?:<a href=\"[^\"]*\">)?(\d+)(?:</a>)?</dd>", html))


def test_the_counts_cover_what_readers_may_see_and_match_the_index_pages(client, reports, shared_claim):
    reports.report(outlet="Pending Post", quote="Not yet reviewed", claim=reports.claim(), status=Attribution.Status.PENDING)
    counts = counts_on(client.get("/").content.decode())
    # Articles and outlets are public (the pending report's article is listed, its attribution is not);
    # sources: Veale and White as speakers, and the BBC Source-less relay is an outlet, not a source.
    assert counts == {
        "Claims": "1", "Reported by two or more outlets": "1", "Reports (appearances)": "2",
        "Articles": "3", "Outlets": "4", "Sources": "2",
    }
    for index, label, query in [("claims", "Claims", ""), ("claims", "Reported by two or more outlets", "?min_outlets=2"),
                                ("articles", "Articles", ""), ("outlets", "Outlets", ""), ("sources", "Sources", "")]:
        html = client.get(reverse(f"pages:{index}") + query).content.decode()
        assert f'<p class="index-tools__count" role="status">{counts[label]} ' in html, label


def test_search_finds_reports_by_quote_speaker_or_outlet(client, shared_claim):
    claim, first, second = shared_claim
    for query, expected in [("yards", {second}), ("veale", {first}), ("sample wire", {second}), ("headquarters", {first, second})]:
        html = client.get(reverse("pages:home"), {"q": query}).content.decode()
        found = set(re.findall(r"#appearance-(\d+)\">Claim", html))
        assert found == {str(a.pk) for a in expected}, query


def test_search_says_when_nothing_matches(client, shared_claim):
    html = client.get("/", {"q": "zeppelin"}).content.decode()
    assert "0 reports matching “zeppelin”" in html and "Nothing matches" in html


def test_search_does_not_show_unreviewed_reports_to_readers(client, reports):
    reports.report(outlet="Pending Post", quote="Secret draft wording", claim=reports.claim(), status=Attribution.Status.PENDING)
    html = client.get("/", {"q": "secret draft"}).content.decode()
    assert "0 reports matching" in html


def test_an_overlong_search_is_refused_with_a_message(client, db):
    response = client.get("/", {"q": "x" * 201})
    assert response.status_code == 400
    assert "at most 200 characters" in response.content.decode()


def test_search_results_are_paginated(client, reports):
    claim = reports.claim()
    for n in range(25):
        reports.report(outlet=f"Outlet {n}", quote=f"Paged quote {n}", claim=claim)
    first_page = client.get("/", {"q": "paged quote"}).content.decode()
    second_page = client.get("/", {"q": "paged quote", "page": "2"}).content.decode()
    assert len(re.findall(r"#appearance-\d+\">Claim", first_page)) == 20
    assert len(re.findall(r"#appearance-\d+\">Claim", second_page)) == 5
    assert "Page 1 of 2 (25 in all)" in first_page and "q=paged%20quote&amp;page=2" in first_page


def test_the_home_page_makes_as_many_queries_for_many_shared_claims_as_for_one(client, reports, count_queries):
    claim = reports.claim()
    for outlet in ("A", "B"):
        reports.report(outlet=outlet, quote="Shared once", claim=claim)
    one = count_queries(lambda: client.get("/", {"q": "shared"}))
    for n in range(12):
        claim = reports.claim()
        for outlet in ("A", "B", "C"):
            reports.report(outlet=outlet, quote=f"Shared {n}", claim=claim, speaker=reports.source(f"S {outlet}{n}"))
    assert count_queries(lambda: client.get("/", {"q": "shared"})) == one


def test_search_drops_nul_characters_which_postgresql_refuses(client, shared_claim):
    claim, first, second = shared_claim
    response = client.get("/?q=yar%00ds")
    assert response.status_code == 200
    html = response.content.decode()
    assert "\x00" not in html
    assert "1 report matching “yards”" in html and f"#appearance-{second.pk}\">Claim" in html


def test_page_numbers_with_nul_characters_fall_back_to_the_first_page(client, shared_claim):
    claim, first, second = shared_claim
    for url in ["/?q=yards&page=1%00", f"/outlets/{first.article.outlet_id}/?page=%00&articles=%00"]:
        assert client.get(url).status_code == 200, url


def test_the_home_page_counts_shared_claims_in_sql_and_reads_only_the_ids_it_shows(client, reports):
    for n in range(12):
        claim = reports.claim()
        for outlet in ("A", "B"):
            reports.report(outlet=outlet, quote=f"Shared {n}", claim=claim)
    with CaptureQueriesContext(connection) as context:
        html = client.get("/").content.decode()
    grouped = [q["sql"] for q in context.captured_queries if "HAVING" in q["sql"]]
    assert len(grouped) == 2
    assert any(sql.startswith("SELECT COUNT(*)") for sql in grouped)
    assert any(re.search(r"LIMIT 10\b", sql) for sql in grouped)
    assert "The 10 most recent of 12" in html
