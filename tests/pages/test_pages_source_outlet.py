from django.urls import reverse

from attribution.models import Attribution


def test_a_source_page_lists_its_claims_with_the_outlets_that_reported_them(client, shared_claim):
    claim, first, second = shared_claim
    html = client.get(reverse("pages:source", args=[first.speaker_id])).content.decode()
    assert "<h1>Col. Thomas Veale, a spokesman for the Inherent Resolve coalition</h1>" in html
    assert f'href="/claims/{claim.pk}/"' in html
    assert "Daily Example" in html and "Sample Wire" in html
    assert "Dana W. White" in html  # who the other outlet credited instead


def test_a_source_relayed_but_not_quoted_has_a_page(client, reports):
    bbc = reports.outlet("BBC")
    officials = reports.source("officials", kind="unnamed")
    claim = reports.claim()
    reports.report(outlet="Paper", quote="It was over", claim=claim, hops=[bbc, officials])
    assert client.get(reverse("pages:source", args=[officials.pk])).status_code == 200


def test_a_source_readers_have_no_reviewed_claim_from_is_not_found(client, editor, reports):
    secret = reports.source("Pending Person")
    reports.report(outlet="Paper", quote="Not reviewed", claim=reports.claim(), speaker=secret, status=Attribution.Status.PENDING)
    assert client.get(reverse("pages:source", args=[secret.pk])).status_code == 404
    client.force_login(editor)
    assert "Not reviewed" in client.get(reverse("pages:source", args=[secret.pk])).content.decode()


def test_an_outlet_page_lists_its_articles_and_claims_with_the_speakers_credited(client, shared_claim):
    claim, first, second = shared_claim
    outlet = first.article.outlet
    html = client.get(reverse("pages:outlet", args=[outlet.pk])).content.decode()
    assert f'href="/articles/{first.article_id}/"' in html
    assert f'href="/claims/{claim.pk}/"' in html
    assert "Col. Thomas Veale" in html and "Dana W. White" in html


def test_unknown_sources_and_outlets_are_not_found(client, db):
    assert client.get("/sources/31337/").status_code == 404
    assert client.get("/outlets/31337/").status_code == 404


def test_source_and_outlet_pages_make_as_many_queries_for_many_claims_as_for_one(client, reports, count_queries):
    speaker = reports.source("Busy Speaker")
    claim = reports.claim()
    first = reports.report(outlet="Busy Outlet", quote="Claim 0", claim=claim, speaker=speaker)
    outlet_id = first.article.outlet_id
    pages = [reverse("pages:source", args=[speaker.pk]), reverse("pages:outlet", args=[outlet_id])]
    before = [count_queries(lambda url=url: client.get(url)) for url in pages]
    for n in range(1, 15):
        claim = reports.claim()
        reports.report(outlet="Busy Outlet", quote=f"Claim {n}", claim=claim, speaker=speaker)
        reports.report(outlet=f"Other {n}", quote=f"Claim {n} again", claim=claim, speaker=reports.source(f"Other speaker {n}"))
    assert [count_queries(lambda url=url: client.get(url)) for url in pages] == before


def test_an_outlet_other_articles_only_relay_lists_the_claims_credited_to_its_reporting(client, reports):
    bbc = reports.outlet("BBC")
    officials = reports.source("officials", kind="unnamed")
    relayed = reports.report(outlet="Paper", quote="It was over", claim=reports.claim(), speaker=officials, hops=[bbc])
    reports.report(
        outlet="Paper", quote="Not reviewed yet", claim=reports.claim(), hops=[bbc], status=Attribution.Status.PENDING
    )
    html = client.get(reverse("pages:outlet", args=[bbc.pk])).content.decode()
    assert "No reviewed claim from this outlet yet." in html
    relayed_section = html.split('id="relayed-heading"', 1)[1]
    assert "Claims credited to BBC’s reporting (1)" in html
    assert f'href="/claims/{relayed.claim_id}/"' in relayed_section and "It was over" in relayed_section
    assert "Not reviewed yet" not in html


def test_an_outlet_page_without_relayed_claims_has_no_relay_section(client, shared_claim):
    claim, first, second = shared_claim
    html = client.get(reverse("pages:outlet", args=[second.article.outlet_id])).content.decode()
    assert 'id="relayed-heading"' not in html and "No reviewed claim from this outlet yet." not in html


def test_an_outlet_page_makes_as_many_queries_for_fifty_relayed_claims_as_for_one(client, reports, count_queries):
    bbc = reports.outlet("BBC")
    reports.report(outlet="Paper 0", quote="Relayed 0", claim=reports.claim(), speaker=reports.source("S 0"), hops=[bbc])
    url = reverse("pages:outlet", args=[bbc.pk])
    one = count_queries(lambda: client.get(url))
    for n in range(1, 50):
        claim = reports.claim()
        reports.report(outlet=f"Paper {n}", quote=f"Relayed {n}", claim=claim, speaker=reports.source(f"S {n}"), hops=[bbc])
        reports.report(outlet=f"Other {n}", quote=f"Relayed {n} too", claim=claim, hops=[bbc, reports.source(f"T {n}")])
    assert count_queries(lambda: client.get(url)) == one
    assert "Claims credited to BBC’s reporting (50)" in client.get(url).content.decode()
