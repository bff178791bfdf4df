"""What real reports of one statement need (issue 11), each with sentences written for the test:
institutional speakers, partial quotes, one appearance per report, quantities with units,
paraphrase across one organisation's speakers, and one drift rule for flags and badges."""

from datetime import date

import pytest
from django.urls import reverse

from attribution import matching, services
from attribution.matching import Appearance, SpeakerRef, Thresholds, compare, same_speaker, speakers_compatible
from attribution.matching.affiliations import affiliation_from_name, affiliation_from_role, short_forms
from attribution.matching.quantities import hedge_differences, quantities_conflict, shared_quantity
from attribution.models import Attribution, Claim, Source


def said(text, speaker, kind="direct", outlet="Outlet A", published=None):
    return Appearance(text=text, speaker=speaker, kind=kind, outlet=outlet, published=published)


def ingest(text, outlet, published=date(2019, 3, 4)):
    return services.article_ingest(text=text, outlet=outlet, published=published).article


# ---------------------------------------------------------------- 1. institutional speakers


def test_what_a_speaker_belongs_to_is_read_from_how_the_article_names_them():
    assert affiliation_from_role("FBI Director") == "FBI"
    assert affiliation_from_role("spokesman for the Inherent Resolve coalition") == "Inherent Resolve coalition"
    assert affiliation_from_role("chief Pentagon spokesperson") == "Pentagon"
    assert affiliation_from_name("a State Department official", "unnamed") == "State Department"
    assert affiliation_from_name("the Governor's office", "organization") == "Governor"
    assert affiliation_from_name("Pentagon press office", "organization") == "Pentagon"
    assert affiliation_from_name("officials", "unnamed") == ""  # bare officials belong to nobody known
    assert affiliation_from_name("U.S. Central Command", "organization") == ""  # a name, not a part


def test_a_short_form_in_brackets_is_learned_but_a_party_tag_is_not():
    text = "Officials of the Joint Task Force – River Guard (JTF-RG) met Sen. Ada Brook (R-Ohio) on Monday."
    assert short_forms(text) == [("Joint Task Force – River Guard", "JTF-RG")]


def test_a_spokesman_and_their_organisation_are_one_voice_but_two_of_its_people_are_not():
    ministry = SpeakerRef("Ministry of Water", kind="organization", aliases=("MoW",))
    spokesman = SpeakerRef("a ministry spokesman", kind="unnamed", affiliation="Ministry of Water", lineage=("Ministry of Water",))
    minister = SpeakerRef("Lena Park", lineage=("Ministry of Water",))
    engineer = SpeakerRef("Omar Diaz", lineage=("Ministry of Water",))
    assert speakers_compatible(said("x", spokesman), said("x", ministry))
    assert speakers_compatible(said("x", minister), said("x", ministry))
    assert speakers_compatible(said("x", spokesman), said("x", minister))  # an unnamed official speaks for it
    assert not speakers_compatible(said("x", minister), said("x", engineer))
    # Compatible for matching, but not the same speaker: attribution drift on the page.
    assert not same_speaker(said("x", spokesman), said("x", ministry))


def test_an_office_belongs_to_its_department_and_a_short_form_names_its_long_form():
    department = SpeakerRef("Department of Harbours", kind="organization")
    office = SpeakerRef("Harbour Safety Office", kind="organization", lineage=("Department of Harbours",))
    assert speakers_compatible(said("x", office), said("x", department))
    assert speakers_compatible(
        said("x", SpeakerRef("DOH", kind="organization")), said("x", SpeakerRef("Department of Harbours", kind="organization"))
    )


def test_aliases_gathered_from_many_articles_that_name_nobody_do_not_make_speakers_compatible():
    first = SpeakerRef("Mara Quill", aliases=("Quill", "She", "The candidate"))
    second = SpeakerRef("Ivo Stern", aliases=("Stern", "he", "the candidate"))
    assert not speakers_compatible(said("x", first), said("x", second))


@pytest.mark.django_db
def test_sources_learn_their_organisation_and_short_forms_from_the_article():
    ingest(
        "The Water Safety Directorate (WSD) issued a warning on Monday. "
        "WSD Director Lena Park said the dam \"held firm through the night\". "
        "A spokesman for the Water Safety Directorate said the spillway \"never came close to failing\".",
        outlet="River Post",
    )
    park = Source.objects.get(name="Lena Park")
    assert park.affiliation is not None and park.affiliation.name == "WSD"
    assert "Water Safety Directorate" in park.affiliation.aliases
    spokesman = Source.objects.get(kind=Source.Kind.UNNAMED, name__icontains="spokesman")
    assert spokesman.affiliation == park.affiliation


@pytest.mark.django_db
def test_the_statement_speaks_for_whoever_the_article_credited_just_before():
    ingest(
        "In a statement, the harbour authority said the quay would stay closed. "
        '"The quay will stay closed until the repairs end," the statement said.',
        outlet="River Post",
    )
    statement = Source.objects.get(kind=Source.Kind.UNNAMED, name="the statement")
    assert statement.affiliation is not None and statement.affiliation.name.lower() == "the harbour authority"
    direct, indirect = (services.attribution_appearance(Attribution.objects.get(kind=kind)) for kind in ("direct", "indirect"))
    assert speakers_compatible(direct, indirect) and not same_speaker(direct, indirect)


@pytest.mark.django_db
def test_one_statement_credited_to_an_official_and_to_their_organisation_is_one_claim_with_attribution_drift():
    first = ingest(
        "Water Safety Directorate chief Lena Park said the dam \"held firm through the night\" after the storm.",
        outlet="River Post",
    )
    second = ingest(
        "The Water Safety Directorate said the dam \"held firm through the night\" after the storm.",
        outlet="Valley Herald",
        published=date(2019, 3, 5),
    )
    claims = {a.claim_id for article in (first, second) for a in article.attributions.all()}
    assert len(claims) == 1
    claim = Claim.objects.get(pk=claims.pop())
    assert claim.attribution_differs  # another part of one organisation credited: drift, not another claim


@pytest.mark.django_db
def test_an_editor_sets_an_affiliation_in_admin_and_the_next_report_joins_the_claim(admin_client):
    ingest("Ada Brook said the bridge \"will reopen to lorries in April\" after repairs.", outlet="River Post")
    ingest("The Roads Agency said the ferry timetable would change in May.", outlet="Valley Herald")
    brook, agency = Source.objects.get(name="Ada Brook"), Source.objects.get(name="Roads Agency")
    assert brook.affiliation is None  # nothing in the article says she works for the agency
    page = reverse("admin:attribution_source_change", args=[brook.pk])
    form = admin_client.get(page).context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update({"affiliation": agency.pk, "aliases": "[]", "_save": "Save"})
    assert admin_client.post(page, data).status_code == 302
    ingest(
        "The Roads Agency said that once the deck is resurfaced the bridge \"will reopen to lorries in April\".",
        outlet="Lake Times", published=date(2019, 3, 5),
    )
    fragments = Attribution.objects.filter(quote__contains="will reopen to lorries in April", kind="partial")
    assert fragments.count() == 2 and len({a.claim_id for a in fragments}) == 1


# ---------------------------------------------------------------- 2. short and partial quotes


def test_a_partial_quote_inside_a_fuller_quote_of_a_compatible_speaker_joins_it():
    ministry = SpeakerRef("Ministry of Water", kind="organization")
    spokesman = SpeakerRef("a ministry spokesman", kind="unnamed", lineage=("Ministry of Water",))
    fuller = said("The release of water was an unprovoked act of sabotage by the upstream operator.", ministry)
    assert compare(said("unprovoked act of sabotage", spokesman, kind="partial"), fuller, Thresholds()).same


def test_a_stock_phrase_quoted_from_two_different_speakers_stays_apart():
    first = said("We will build back better, and we will do it together.", SpeakerRef("Mara Quill"))
    fragment = said("build back better", SpeakerRef("Ivo Stern"), kind="partial")
    assert not compare(fragment, first, Thresholds()).same
    assert not compare(
        said("build back better", SpeakerRef("Mara Quill"), kind="partial"), fragment, Thresholds()
    ).same


def test_one_speakers_slogan_in_two_stories_months_apart_stays_apart():
    quill = SpeakerRef("Mara Quill")
    rally = said("All I want to do is put the river first again.", quill, published=date(2019, 1, 10))
    slogan = said("Put the river first again", quill, published=date(2019, 6, 2))
    assert not compare(slogan, rally, Thresholds()).same
    same_week = said("Put the river first again", quill, published=date(2019, 1, 12))
    assert compare(same_week, rally, Thresholds()).same


def test_a_truncated_quote_is_a_stretch_of_the_fuller_one_not_its_words_reshuffled():
    quill = SpeakerRef("Mara Quill")
    fuller = said("Voters can look at the flood maps and they can see I am the one who built the levees.", quill)
    assert compare(said("look at the flood maps", quill), fuller, Thresholds()).same
    assert not compare(said("When I look at the levees he built", quill), fuller, Thresholds()).same


def test_a_phrase_quoted_inside_two_paraphrases_of_one_voice_joins_them():
    park = SpeakerRef("Lena Park")
    first = said('the dam had been "dangerously neglected" by the old board for years', park, kind="indirect")
    second = said('the old board left the dam "dangerously neglected" for a decade', park, kind="indirect")
    assert compare(first, second, Thresholds()).same
    # An idiom quoted twice with nothing else in common is not one statement.
    idiom = said('she would "do the right thing" on the budget', park, kind="indirect")
    other = said('the mayor promised to "do the right thing" for tenants', park, kind="indirect")
    assert not compare(idiom, other, Thresholds()).same


# ---------------------------------------------------------------- 3. one appearance per report


@pytest.mark.django_db
def test_a_direct_and_an_indirect_span_of_one_sentence_count_once_and_the_heading_counts_the_columns(client, django_user_model):
    text = (
        'The ministry said the levee was "an unprovoked act of sabotage by the upstream operator" on Friday.'
    )
    ingest(text, outlet="River Post")
    ingest('"The release was an unprovoked act of sabotage by the upstream operator," the ministry said.', outlet="Valley Herald")
    Attribution.objects.update(status=Attribution.Status.APPROVED)
    claim_ids = set(Attribution.objects.filter(quote__contains="unprovoked act of sabotage").values_list("claim_id", flat=True))
    assert len(claim_ids) == 1
    claim = Claim.objects.get(pk=claim_ids.pop())
    assert claim.attributions.count() >= 3  # the first article gives an indirect and a partial span
    html = client.get(reverse("pages:claim", args=[claim.pk])).content.decode()
    assert "How 2 outlets reported this claim" in html
    assert html.count('class="column__number"') == 2
    api = client.get(f"/api/claims/{claim.pk}/").json()
    assert api["appearance_count"] == len(api["appearances"]) == 2


# ---------------------------------------------------------------- 4. numbers with units


def test_quantities_compare_by_value_after_units_ranges_and_hedges():
    assert not quantities_conflict("the convoy stopped 8 km from the border", "the convoy stopped 5 miles from the border")
    assert quantities_conflict("within 500 metres of the base", "within 500 yards of the base")
    assert shared_quantity("20-30 rounds", "20 to 30 rounds") and shared_quantity("between 20 and 30 rounds", "20–30 rounds")
    assert quantities_conflict("20-30 rounds", "40 rounds")
    assert not quantities_conflict("more than 100 were killed", "about 100 died")
    assert hedge_differences("more than 100 were killed", "about 100 died") == [("more than", "about")]
    assert quantities_conflict("in 2014", "in 2015")  # counts and years are exact


@pytest.mark.django_db
def test_a_hedge_difference_is_shown_as_such_on_one_claim(client):
    ingest('Harbour master Ines Vale said "more than 100 boats were damaged in the storm."', outlet="River Post")
    ingest(
        'Harbour master Ines Vale said "about 100 boats were damaged in the storm."', outlet="Valley Herald",
        published=date(2019, 3, 5),
    )
    Attribution.objects.update(status=Attribution.Status.APPROVED)
    claims = set(Attribution.objects.filter(quote__contains="boats were damaged").values_list("claim_id", flat=True))
    assert len(claims) == 1
    html = client.get(reverse("pages:claim", args=[claims.pop()])).content.decode()
    assert "Hedge differs: “more than” → “about”" in html


# ---------------------------------------------------------------- 5. paraphrase across one organisation


@pytest.mark.django_db
def test_the_organisation_and_its_official_giving_the_same_figure_in_other_words_are_one_claim():
    first = ingest("The Pentagon said on Friday that more than 100 fighters were killed in the strikes.", outlet="River Post")
    second = ingest(
        "A Pentagon official said about 100 fighters died in the strikes.", outlet="Valley Herald", published=date(2019, 3, 5)
    )
    assert first.attributions.get().claim_id == second.attributions.get().claim_id
    # Another figure is another claim.
    third = ingest("A Pentagon official said about 40 fighters died in the strikes.", outlet="Lake Times")
    assert third.attributions.get().claim_id != first.attributions.get().claim_id


def test_a_refusal_with_a_condition_and_its_paraphrase_are_one_claim_but_a_flat_refusal_is_not():
    quill = SpeakerRef("Mara Quill")
    direct = said("I won't sign the ferry contract unless they pay me $2 million, all of it for the harbour.", quill)
    paraphrase = said("she would only sign the ferry contract if the city paid 2 million dollars", quill, kind="indirect")
    assert compare(direct, paraphrase, Thresholds()).same
    refusal = said("I won't sign the ferry contract for 2 million dollars.", quill)
    assert not compare(refusal, said("I will sign the ferry contract for 2 million dollars.", quill), Thresholds()).same


# ---------------------------------------------------------------- 6. one drift rule for flags and badges


@pytest.mark.django_db
def test_the_page_badges_and_the_api_flags_come_from_one_rule(client):
    # The first report paraphrases; two later outlets quote it in different words.
    ingest("Ines Vale said the harbour would reopen to ferries next week.", outlet="River Post", published=date(2019, 3, 4))
    ingest('"The harbour will reopen to ferries next week," Ines Vale said.', outlet="Valley Herald", published=date(2019, 3, 5))
    ingest('"The harbour will reopen to all ferries next week," Ines Vale said.', outlet="Lake Times", published=date(2019, 3, 6))
    Attribution.objects.update(status=Attribution.Status.APPROVED)
    claim_ids = set(Attribution.objects.filter(quote__contains="reopen to").values_list("claim_id", flat=True))
    assert len(claim_ids) == 1
    claim_id = claim_ids.pop()
    for claim in Claim.objects.filter(pk=claim_id):
        services.claim_flags_refresh(claim=claim)
    api = client.get(f"/api/claims/{claim_id}/").json()
    html = client.get(reverse("pages:claim", args=[claim_id])).content.decode()
    assert api["wording_differs"] is True
    assert "⚠ The quotations differ in wording" in html and "Wording not compared" not in html
    assert "⚠ Wording drift" in html


def test_claim_drift_measures_every_appearance_against_one_baseline():
    vale = SpeakerRef("Ines Vale")
    appearances = [
        said("the harbour would reopen next week", vale, kind="indirect", outlet="A"),
        said("The harbour will reopen next week.", vale, outlet="B"),
        said("The harbour will reopen to all ferries next week.", vale, outlet="C"),
        said("The harbour will reopen next week.", SpeakerRef("a port spokesman", kind="unnamed"), outlet="D"),
    ]
    drift = matching.claim_drift(appearances)
    assert drift.wording_baseline == 1 and drift.wording == (False, False, True, False)
    assert drift.attribution == (False, False, False, True)
    assert drift.wording_differs and drift.attribution_differs


def test_amounts_stated_by_their_order_of_magnitude_agree_with_each_other_and_no_exact_figure():
    assert shared_quantity("thousands of ferry tickets", "several thousand ferry tickets")
    assert shared_quantity("a few hundred pilgrims", "hundreds of pilgrims")
    assert shared_quantity("tens of thousands of protesters", "tens of thousands of marchers")
    assert quantities_conflict("thousands of ferry tickets", "hundreds of ferry tickets")
    assert quantities_conflict("thousands of ferry tickets", "3,000 ferry tickets")
    assert not shared_quantity("millions of voters", "thousands of voters")
    assert hedge_differences("several thousand ferry tickets", "thousands of ferry tickets") == []


def test_a_paraphrase_leaving_out_a_figure_of_the_fuller_report_is_one_claim_when_it_says_what_the_figures_are_about():
    vale = SpeakerRef("Ines Vale")
    fuller = said(
        "auditors had found several thousand unpaid harbour invoices that were not among the 12,000 the council filed",
        vale, kind="indirect",
    )
    shorter = said("the auditors uncovered thousands of unpaid harbour bills", vale, kind="indirect")
    assert compare(fuller, shorter, Thresholds()).same
    # The figures' own words ("percent", "millions") say nothing of what they count.
    assert not compare(
        said("she has 100 percent confidence in the harbour board", vale, kind="indirect"),
        said("Nobody is 100 percent accurate about a storm forty years ago, she said of the board's 2 reports", vale),
        Thresholds(),
    ).same
    assert not compare(
        said("millions of tourists will see the new harbour", vale, kind="indirect"),
        said("Millions of families are angry about ferry fares that rose 20 percent", vale),
        Thresholds(),
    ).same


def test_a_paraphrase_quoting_a_denial_word_for_word_joins_that_voices_quotation_with_those_words():
    vale = SpeakerRef("Ines Vale", aliases=("Vale",))
    quotation = said("I'm just not convinced at this point. I'm not there yet,", vale)
    paraphrase = said("she was “not convinced” the council should sell the harbour", vale, kind="indirect")
    assert compare(quotation, paraphrase, Thresholds()).same
    # An idiom quoted without a denial stays two statements of one voice.
    assert not compare(
        said("Ortega is a decent fellow, he wants to do the right thing, and it will work out.", vale),
        said("she was sure the mayor would “do the right thing” on the harbour", vale, kind="indirect"),
        Thresholds(),
    ).same
    # So does the denial quoted of another voice.
    assert not compare(quotation, said("he was “not convinced” the council should sell the harbour", SpeakerRef("Luis Ortega"), kind="indirect"), Thresholds()).same


def test_a_count_left_alone_in_a_paraphrase_is_not_a_measure_of_the_fuller_report():
    vale = SpeakerRef("Ines Vale")
    fuller = said("After 40 flares landed within 300 metres of the harbour office, the guards fired back", vale)
    shorter = said("about 300 smugglers began by firing flares at the harbour office", vale, kind="indirect")
    assert not compare(fuller, shorter, Thresholds()).same


def test_a_small_count_or_a_year_is_no_figure_a_paraphrase_shares_with_a_fuller_report():
    vale = SpeakerRef("Ines Vale")
    # Two statements of one voice about "our two harbours", one of them also naming a year.
    first = said("The ferry between our two harbours should be free for pupils, and the council must pay for it.", vale)
    second = said("My visit to the harbours in 2019, where I met the council about the ferry between our two towns, reminds me why it matters.", vale)
    assert not compare(first, second, Thresholds()).same
