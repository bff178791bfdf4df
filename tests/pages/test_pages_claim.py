import re
from datetime import date

from django.urls import reverse

from attribution import services
from attribution.models import Article, Attribution


def claim_page(client, claim):
    return client.get(reverse("pages:claim", args=[claim.pk]))


def columns(html):
    return re.findall(r'<article class="column[^"]*" id="appearance-(\d+)"', html)


def test_it_shows_one_column_per_appearance_earliest_report_first(client, reports, shared_claim):
    claim, first, second = shared_claim
    undated = reports.report(outlet="Undated Times", quote="Artillery rounds landed near the headquarters", claim=claim)
    html = claim_page(client, claim).content.decode()
    assert columns(html) == [str(first.pk), str(second.pk), str(undated.pk)]
    assert "Daily Example" in html and "Sample Wire" in html and "Undated Times" in html
    assert "8 February 2018" in html and "Date unknown" in html


def test_it_highlights_word_by_word_how_a_report_differs_from_the_first(client, shared_claim):
    claim, first, second = shared_claim
    html = claim_page(client, claim).content.decode()
    second_column = html.split(f'id="appearance-{second.pk}"', 1)[1].split("</article>", 1)[0]
    inserted = re.findall(r'<ins class="diff-ins"><span class="visually-hidden">added: </span>([^<]*)</ins>', second_column)
    deleted = re.findall(r'<del class="diff-del"><span class="visually-hidden">removed: </span>([^<]*)</del>', second_column)
    assert inserted == ["Tank", "about", "yards"]
    assert deleted == ["Artillery", "meters"]
    first_column = html.split(f'id="appearance-{first.pk}"', 1)[1].split("</article>", 1)[0]
    assert "<ins" not in first_column and "<del" not in first_column


def test_it_badges_the_first_appearance_and_each_kind_of_drift(client, reports, shared_claim):
    claim, first, second = shared_claim
    same = reports.report(
        outlet="Third Post", quote="Artillery rounds landed within 500 meters of the headquarters",
        claim=claim, speaker=first.speaker, published=date(2018, 2, 10),
    )
    html = claim_page(client, claim).content.decode()
    column = {a.pk: html.split(f'id="appearance-{a.pk}"', 1)[1].split("</article>", 1)[0] for a in (first, second, same)}
    assert "First appearance" in column[first.pk] and "drift" not in column[first.pk]
    assert "Wording drift" in column[second.pk] and "Attribution drift" in column[second.pk]
    assert "First appearance" not in column[same.pk] and "drift" not in column[same.pk]
    assert "The quotations differ in wording" in html and "Credited to different speakers" in html


def test_it_shows_whom_each_outlet_credits_with_the_cue_stance_and_form(client, reports, shared_claim):
    claim, first, second = shared_claim
    reports.report(outlet="Third Post", quote="rounds fell near the base", claim=claim, kind=Attribution.Kind.INDIRECT)
    html = claim_page(client, claim).content.decode()
    assert "Col. Thomas Veale, a spokesman for the Inherent Resolve coalition" in html
    assert "Dana W. White, chief Pentagon spokesperson" in html
    assert "“told reporters”" in html and "“claimed”" in html
    assert re.search(r'class="stance stance--(neutral|assertive|doubting|conceding)"', html)
    assert "Direct quote" in html and "Paraphrase" in html


def test_it_draws_the_relay_chain_from_the_article_to_the_speaker(client, shared_claim):
    claim, first, second = shared_claim
    html = claim_page(client, claim).content.decode()
    chain = html.split(f'id="appearance-{first.pk}"', 1)[1].split('<ol class="relay"', 1)[1].split("</ol>", 1)[0]
    assert re.findall(r'<a href="[^"]+">([^<]+)</a>', chain) == ["Daily Example", "BBC", "Thomas Veale"]
    second_chain = html.split(f'id="appearance-{second.pk}"', 1)[1].split('<ol class="relay"', 1)[1].split("</ol>", 1)[0]
    assert re.findall(r'<a href="[^"]+">([^<]+)</a>', second_chain) == ["Sample Wire", "Dana W. White"]


def test_readers_see_approved_appearances_only(client, reports, shared_claim):
    claim, first, second = shared_claim
    pending = reports.report(outlet="Pending Post", quote="Rounds landed", claim=claim, status=Attribution.Status.PENDING)
    rejected = reports.report(outlet="Wrong Post", quote="Rounds fell", claim=claim, status=Attribution.Status.REJECTED)
    html = claim_page(client, claim).content.decode()
    assert columns(html) == [str(first.pk), str(second.pk)]
    assert "Pending Post" not in html and "Wrong Post" not in html and "Unreviewed" not in html
    assert str(pending.pk) not in columns(html) and str(rejected.pk) not in columns(html)


def test_an_editor_also_sees_pending_appearances_marked_unreviewed_with_a_review_link(client, editor, reports, shared_claim):
    claim, first, second = shared_claim
    pending = reports.report(outlet="Pending Post", quote="Rounds landed", claim=claim, status=Attribution.Status.PENDING)
    reports.report(outlet="Wrong Post", quote="Rounds fell", claim=claim, status=Attribution.Status.REJECTED)
    client.force_login(editor)
    html = claim_page(client, claim).content.decode()
    assert columns(html) == [str(first.pk), str(second.pk), str(pending.pk)]
    pending_column = html.split(f'id="appearance-{pending.pk}"', 1)[1].split("</article>", 1)[0]
    assert "Unreviewed" in pending_column
    assert reverse("admin:attribution_attribution_change", args=[pending.pk]) in pending_column
    assert "Wrong Post" not in html


def test_a_claim_no_reader_may_see_yet_is_not_found(client, reports):
    claim = reports.claim()
    reports.report(outlet="Pending Post", quote="Rounds landed", claim=claim, status=Attribution.Status.PENDING)
    response = claim_page(client, claim)
    assert response.status_code == 404


def test_an_unknown_claim_gets_the_not_found_page(client, db):
    response = client.get("/claims/999999/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Not found</h1>" in html and 'href="/static/css/pages.css"' in html


def test_the_claim_page_makes_as_many_queries_for_fifty_appearances_as_for_one(client, reports, count_queries):
    one, many = reports.claim(), reports.claim()
    bbc = reports.outlet("BBC")
    reports.report(outlet="Outlet 0", quote="Rounds landed", claim=one, speaker=reports.source("Speaker 0"), hops=[bbc])
    for n in range(50):
        reports.report(
            outlet=f"Outlet {n}", quote=f"Rounds landed {n} times", claim=many,
            speaker=reports.source(f"Speaker of {n}"), hops=[bbc], published=date(2018, 2, 1 + n % 28),
        )
    queries_one = count_queries(lambda: claim_page(client, one))
    queries_many = count_queries(lambda: claim_page(client, many))
    assert queries_one == queries_many
    assert len(columns(claim_page(client, many).content.decode())) == 50


def test_a_paraphrase_shows_its_differences_without_a_wording_drift_badge(client, reports, shared_claim):
    claim, first, second = shared_claim
    paraphrase = reports.report(
        outlet="Third Post", quote="Artillery rounds fell near the headquarters", claim=claim,
        speaker=first.speaker, published=date(2018, 2, 10), kind=Attribution.Kind.INDIRECT,
    )
    html = claim_page(client, claim).content.decode()
    column = html.split(f'id="appearance-{paraphrase.pk}"', 1)[1].split("</article>", 1)[0]
    assert "Paraphrase" in column and '<ins class="diff-ins">' in column
    assert "Wording drift" not in column and "Attribution drift" not in column


def relay_names(html, attribution):
    chain = html.split(f'id="appearance-{attribution.pk}"', 1)[1].split('<ol class="relay"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', chain)


def test_the_relay_chain_draws_an_outlet_once_when_the_speaker_is_that_outlet(client, reports):
    claim = reports.claim()
    bbc = reports.outlet("BBC")
    bbc_source = reports.source("BBC", kind="organization")
    reported = reports.report(outlet="Unnamed publisher", quote="Rounds landed", claim=claim, speaker=bbc_source, hops=[bbc])
    bbc_news = reports.outlet("BBC News")
    bbc_news.aliases = ["the BBC"]
    bbc_news.save()
    by_alias = reports.report(outlet="Other publisher", quote="Rounds fell", claim=claim, speaker=bbc_source, hops=[bbc_news])
    officials = reports.source("officials", kind="unnamed")
    onwards = reports.report(outlet="Third publisher", quote="Rounds hit", claim=claim, speaker=officials, hops=[bbc])
    html = claim_page(client, claim).content.decode()
    assert relay_names(html, reported) == ["Unnamed publisher", "BBC"]
    assert relay_names(html, by_alias) == ["Other publisher", "BBC News"]
    assert relay_names(html, onwards) == ["Third publisher", "BBC", "officials"]


def test_each_column_credits_the_speaker_as_that_outlet_wrote_the_name_and_role(client, reports):
    claim = reports.claim()
    white = reports.source("Dana W. White", role="chief Pentagon spokesperson")
    pentagon = reports.report(outlet="Daily Example", quote="Rounds landed", claim=claim, speaker=white, published=date(2018, 2, 8))
    wire = reports.report(outlet="Sample Wire", quote="Rounds fell", claim=claim, speaker=white, published=date(2018, 2, 9))
    Attribution.objects.filter(pk=wire.pk).update(speaker_name_written="Dana White", speaker_role_written="a spokeswoman")
    html = claim_page(client, claim).content.decode()
    credited = {
        a.pk: html.split(f'id="appearance-{a.pk}"', 1)[1].split("<dt>Credited to</dt>", 1)[1].split("</dd>", 1)[0]
        for a in (pentagon, wire)
    }
    link = f'<a href="{reverse("pages:source", args=[white.pk])}">'
    assert f"{link}Dana W. White, chief Pentagon spokesperson</a>" in credited[pentagon.pk]
    assert f"{link}Dana White, a spokeswoman</a>" in credited[wire.pk]
    glance = html.split('id="glance-heading"', 1)[1]
    assert "<td>Dana White, a spokeswoman</td>" in glance and "<td>Dana W. White, chief Pentagon spokesperson</td>" in glance


def test_the_wording_badge_speaks_of_quotations_only_when_a_report_paraphrases(client, reports):
    claim = reports.claim()
    reports.report(outlet="Daily Example", quote="The strikes have stopped", claim=claim, published=date(2018, 2, 8))
    reports.report(outlet="Sample Wire", quote="The strikes have stopped", claim=claim, published=date(2018, 2, 9))
    reports.report(
        outlet="Third Post", quote="the bombing was over", claim=claim, published=date(2018, 2, 10),
        kind=Attribution.Kind.INDIRECT,
    )
    html = claim_page(client, claim).content.decode()
    flags = html.split('<ul class="flags"', 1)[1].split("</ul>", 1)[0]
    assert "✓ Same words in every quotation (paraphrases not compared)" in flags
    assert "Same wording in every report" not in html


def test_the_wording_badge_says_when_no_two_quotations_can_be_compared(client, reports):
    claim = reports.claim()
    reports.report(outlet="Daily Example", quote="The strikes have stopped", claim=claim, published=date(2018, 2, 8))
    reports.report(
        outlet="Sample Wire", quote="the bombing was over", claim=claim, published=date(2018, 2, 9), kind=Attribution.Kind.INDIRECT
    )
    flags = claim_page(client, claim).content.decode().split('<ul class="flags"', 1)[1].split("</ul>", 1)[0]
    assert "Wording not compared: only one report quotes" in flags and "✓ Same words" not in flags


def test_a_claim_with_one_report_says_so_without_comparison_badges_or_diff_key(client, reports):
    claim = reports.claim()
    only = reports.report(outlet="Daily Example", quote="The strikes have stopped", claim=claim)
    html = claim_page(client, claim).content.decode()
    assert '<h2 id="columns-heading">Only one report so far</h2>' in html
    assert columns(html) == [str(only.pk)]
    for hidden in ["Same wording", "Same words", "same speaker", "Reports side by side", 'class="muted diff-key"', 'class="flags"']:
        assert hidden not in html, hidden


def test_an_illustrative_sample_is_never_the_baseline_while_a_real_report_is_shown(client, reports):
    claim = reports.claim()
    speaker = reports.source("Dana W. White")
    sample = reports.report(
        outlet="Sample Wire", quote="Tank rounds landed within about 500 yards", claim=claim, speaker=speaker,
        published=date(2018, 2, 8),
    )
    Article.objects.filter(pk=sample.article_id).update(is_illustrative=True)
    real = reports.report(outlet="Seed publisher", quote="Artillery rounds landed within 500 meters", claim=claim, speaker=speaker)
    html = claim_page(client, claim).content.decode()
    assert columns(html) == [str(real.pk), str(sample.pk)]  # real reports first, samples after them
    lead = html.split('<blockquote class="claim-lead">', 1)[1].split("</blockquote>", 1)[0]
    assert "Artillery rounds landed within 500 meters" in lead
    real_column = html.split(f'id="appearance-{real.pk}"', 1)[1].split("</article>", 1)[0]
    sample_column = html.split(f'id="appearance-{sample.pk}"', 1)[1].split("</article>", 1)[0]
    assert "<ins" not in real_column and "<del" not in real_column
    # The real report is undated and the sample is no report: neither is the first appearance, said once.
    assert "First appearance" not in real_column and "First appearance" not in sample_column
    assert html.count("First appearance unknown") == 1
    assert re.findall(r'<ins class="diff-ins"><span class="visually-hidden">added: </span>([^<]*)</ins>', sample_column) == [
        "Tank", "about", "yards"
    ]
    assert "from report 1 are struck through" in html and "Changes from report 1" in html
    assert 'class="claim-lead__note"' not in html


def test_the_lead_quote_is_labelled_when_it_comes_from_an_illustrative_article(client, reports):
    claim = reports.claim()
    sample = reports.report(outlet="Sample Wire", quote="Tank rounds landed", claim=claim, published=date(2018, 2, 8))
    reports.report(outlet="Other Sample", quote="Tank rounds fell", claim=claim, published=date(2018, 2, 9))
    Article.objects.filter(pk__in=[a.article_id for a in claim.attributions.all()]).update(is_illustrative=True)
    html = claim_page(client, claim).content.decode()
    note = html.split("</blockquote>", 1)[1].split("</p>", 1)[0]
    assert '<p class="claim-lead__note"><span class="badge badge--illustrative">Illustrative sample text</span>' in note
    assert f'id="appearance-{sample.pk}"' in html


def test_a_pending_column_says_unreviewed_once(client, editor, reports, shared_claim):
    claim, first, second = shared_claim
    pending = reports.report(outlet="Pending Post", quote="Rounds landed", claim=claim, status=Attribution.Status.PENDING)
    client.force_login(editor)
    html = claim_page(client, claim).content.decode()
    pending_column = html.split(f'id="appearance-{pending.pk}"', 1)[1].split("</article>", 1)[0]
    assert pending_column.count(">Unreviewed<") == 1
    assert reverse("admin:attribution_attribution_change", args=[pending.pk]) in pending_column


def first_appearance_markers(html):
    """The column ids carrying the first-appearance badge, the table rows carrying it, and the notes."""
    badged = re.findall(r'id="appearance-(\d+)"(?:(?!</article>).)*?<li class="badge badge--first">★ ([^<]*)</li>', html, re.S)
    table = html.split('id="glance-heading"', 1)[1]
    rows = re.findall(r'<a href="#appearance-(\d+)">\d+</a> <span class="badge badge--first">★ ([^<]*)</span>', table)
    notes = re.findall(r"\? First appearance [^<]*", html)
    return badged, rows, notes


def test_an_undated_report_is_listed_last_and_the_uncertainty_is_said_once(client, reports, shared_claim):
    claim, first, second = shared_claim
    undated = reports.report(outlet="Undated Times", quote="Artillery rounds landed near the headquarters", claim=claim)
    html = claim_page(client, claim).content.decode()
    assert columns(html)[0] == str(first.pk) and columns(html)[-1] == str(undated.pk)
    badged, rows, notes = first_appearance_markers(html)
    assert badged == rows == [(str(first.pk), "Earliest dated report")]
    assert notes == ["? First appearance uncertain: 1 report without a date may be earlier."]
    assert html.count("uncertain") == 1


def test_reports_sharing_the_earliest_day_are_all_marked_in_columns_and_table(client, reports, shared_claim):
    claim, first, second = shared_claim
    # As an editor's correction in admin does: the article and its first publication.
    article = Article.objects.get(pk=second.article_id)
    article.published = first.article.published
    services.article_update(article=article, by=None)
    html = claim_page(client, claim).content.decode()
    badged, rows, notes = first_appearance_markers(html)
    expected = [(str(first.pk), "Earliest dated report"), (str(second.pk), "Earliest dated report")]
    assert badged == rows == expected
    assert notes == ["? First appearance uncertain: 2 reports share the earliest date, 8 February 2018."]


def test_a_certain_first_appearance_carries_no_note(client, shared_claim):
    claim, first, second = shared_claim
    badged, rows, notes = first_appearance_markers(claim_page(client, claim).content.decode())
    assert badged == rows == [(str(first.pk), "First appearance")] and notes == []


def test_the_page_the_api_and_the_json_ld_name_the_same_first_appearance(client, reports, shared_claim):
    from attribution import services

    claim, first, second = shared_claim
    reports.report(outlet="Undated Times", quote="Artillery rounds landed near the headquarters", claim=claim)
    services.claim_flags_refresh(claim=claim)
    badged, _, _ = first_appearance_markers(claim_page(client, claim).content.decode())
    api = client.get(f"/api/claims/{claim.pk}/").json()
    jsonld = client.get(f"/api/claims/{claim.pk}/jsonld/").json()
    assert badged[0][0] == str(api["first_appearance"]) == str(first.pk)
    assert api["dates_conflict"] is True and api["first_seen"] == "2018-02-08"
    assert jsonld["firstAppearance"]["@id"].endswith(f"/articles/{first.article_id}/")
    assert [a["id"] for a in api["appearances"]][0] == first.pk  # the same order as the columns
