"""Rules found on real cross-outlet pairs (issue 11, second round), each with sentences written
for the test: what a negation denies, quotations that must be word for word, what a named
person belongs to."""

from datetime import date

import pytest

from attribution import services
from attribution.matching import Appearance, SpeakerRef, Thresholds, compare, speakers_compatible
from attribution.matching.affiliations import organisation_name, person_affiliation
from attribution.matching.text import negated_words
from attribution.models import Source  # noqa: I001


def said(text, speaker, kind="direct", outlet="Outlet A", published=None):
    return Appearance(text=text, speaker=speaker, kind=kind, outlet=outlet, published=published)


QUILL = SpeakerRef("Mara Quill")


# ---------------------------------------------------------------- what a negation denies


def test_a_negation_denies_what_follows_its_helper_verb_not_the_helper_verb():
    assert negated_words("no careful engineer would sign off on that dam") == (frozenset({"care", "engin", "sign"}),)


def test_two_paraphrases_sharing_a_quoted_phrase_are_not_kept_apart_by_a_would_in_each():
    first = said(
        'the board had been "dangerously lax" with the dam records and no careful engineer would sign them',
        QUILL, kind="indirect",
    )
    second = said(
        'the board was "dangerously lax" with the dam records and would face a fine for it', QUILL, kind="indirect"
    )
    assert compare(first, second, Thresholds()).same


def test_a_negation_passes_over_going_to_and_hedges():
    assert negated_words("I'm not going to say it was a mistake") == (frozenset({"say", "mistak"}),)
    assert negated_words("it isn't sort of a party quarrel") == (frozenset({"parti", "quarrel"}),)


def test_one_voice_denying_the_same_thing_in_other_words_within_one_story_is_one_claim():
    first = said("no criminal charges be brought against the harbour board", QUILL, kind="indirect",
                 published=date(2019, 5, 1))
    second = said("the board should face no criminal charges, a view the prosecutor later adopted", QUILL,
                  kind="indirect", published=date(2019, 5, 20))
    assert compare(first, second, Thresholds()).same
    # One denied word and more of the same statement around it.
    fuller = said("she would not recommend charges against the harbour board over the dam records", QUILL,
                  kind="indirect", published=date(2019, 5, 20))
    records = said("no charges be brought against the board over its dam records", QUILL, kind="indirect",
                   published=date(2019, 5, 1))
    assert compare(records, fuller, Thresholds()).same
    months_later = said("no criminal charges against the board", QUILL, kind="indirect", published=date(2019, 9, 20))
    assert not compare(first, months_later, Thresholds()).same
    # Another speaker denying the same thing is another statement.
    other = said("the board should face no criminal charges, a view the prosecutor later adopted", SpeakerRef("Ivo Stern"),
                 kind="indirect", published=date(2019, 5, 20))
    assert not compare(first, other, Thresholds()).same


def test_one_shared_denied_word_alone_does_not_make_two_statements_one():
    first = said("she asked why the mayor hadn't spoken on stage", QUILL, kind="indirect", published=date(2019, 5, 1))
    second = said("she doesn't plan to stage a debate", QUILL, kind="indirect", published=date(2019, 5, 2))
    assert not compare(first, second, Thresholds()).same


def test_denials_of_thinking_or_knowing_do_not_make_two_statements_one():
    first = said("I don't think the levy is fair to farmers", QUILL, published=date(2019, 5, 1))
    second = said("I don't think the mayor should run again", QUILL, published=date(2019, 5, 2))
    assert not compare(first, second, Thresholds()).same


def test_a_long_quoted_stretch_copied_with_one_word_changed_is_still_the_same_words():
    fuller = said("Our task is to rebuild our harbour and to show that we are all in this together. Then we vote.", QUILL)
    paraphrase = said(
        'she thanked the crews and said that "our task is to rebuild this harbour and to show that we are all in this together."',
        QUILL, kind="indirect",
    )
    assert compare(fuller, paraphrase, Thresholds()).same
    # A short stretch must be copied exactly: "a fair levy" is not "a fairer levy".
    short = said('she called for "a fair levy" on the ferries', QUILL, kind="indirect")
    assert not compare(said("We want a fairer levy on the ferry lines,", QUILL), short, Thresholds()).same


# ---------------------------------------------------------------- quotations word for word


def test_a_partial_quote_joins_a_fuller_quotation_only_if_its_words_are_there_word_for_word():
    fuller = said("With so many new members joining, clearly I am saying the right thing.", QUILL)
    assert not compare(said("doing the right thing", QUILL, kind="partial"), fuller, Thresholds()).same
    assert compare(said("saying the right thing", QUILL, kind="partial"), fuller, Thresholds()).same
    stance = said("I hold a private view, but I am very strongly supportive of the dam levy,", QUILL)
    assert not compare(said("I strongly support", QUILL, kind="partial"), stance, Thresholds()).same


def test_a_partial_quote_inside_a_paraphrase_still_joins_on_its_content_words():
    # The paraphrase is the outlet's wording: only the content words are compared there.
    paraphrase = said("she said she was very strongly supportive of the dam levy", QUILL, kind="indirect")
    assert compare(said("strongly supportive of the dam levy", QUILL, kind="partial"), paraphrase, Thresholds()).same


# ---------------------------------------------------------------- what a named person belongs to


def test_a_person_belongs_to_the_organisation_a_job_title_names():
    assert person_affiliation(None, "Water Directorate spokeswoman") == "Water Directorate"
    assert person_affiliation(None, "spokesman for the Quill campaign") == "Quill campaign"
    assert person_affiliation(None, "River Trust’s president") == "River Trust"
    assert person_affiliation("Harbour Board", None) == "Harbour Board"


def test_where_a_person_studied_or_a_clause_read_as_a_role_names_no_organisation():
    assert person_affiliation(None, "graduate of Saltmarsh Law School") == ""
    assert person_affiliation(None, "River Post Editor Ana Lind is not bowing to the mayor") == ""
    assert person_affiliation("Voters back the levy plan could send crowds to the polls", "saw most") == ""
    assert person_affiliation(None, "father of a fallen ranger") == ""
    assert not organisation_name("Staff")
    assert organisation_name("Department of Harbours") and organisation_name("the Inherent Resolve coalition".removeprefix("the "))


@pytest.mark.django_db
def test_a_person_named_next_to_a_news_network_does_not_become_part_of_it():
    services.article_ingest(
        text='River Post Editor Ana Lind is not bowing to mayoral candidate Mara Quill. '
        '"We will keep asking about the levy," Quill said on Monday.',
        outlet="Valley Herald", published=date(2019, 3, 4),
    )
    quill = Source.objects.get(name="Mara Quill")
    assert quill.affiliation is None
    # So her quotes and the network's do not count as one voice.
    network = SpeakerRef("River Post", kind="organization")
    assert not speakers_compatible(said("x", SpeakerRef("Mara Quill", lineage=())), said("x", network))


# ---------------------------------------------------------------- matching's rows


@pytest.mark.django_db
def test_the_rows_matching_reads_by_id_are_the_rows_the_orm_gives():
    from attribution import selectors
    from attribution.models import Attribution, RelayHop

    services.article_ingest(
        text='The Water Safety Directorate (WSD) issued a warning. WSD Director Lena Park said the dam '
        '"held firm through the night", the River Post reported. A spokesman for the directorate said '
        'the spillway "never came close to failing".',
        outlet="Valley Herald", published=date(2019, 3, 4),
    )
    ids = list(Attribution.objects.order_by("-pk").values_list("pk", flat=True))
    assert len(ids) >= 2
    expected = list(Attribution.objects.filter(pk__in=ids).values(*selectors._MATCHING_FIELDS))
    expected = sorted(expected, key=lambda row: ids.index(row["id"]))
    rows = selectors.attribution_rows_by_ids([*ids, 10**9])  # an id not stored is left out
    context = ("relay_names", "context_before", "context_after")
    assert [{k: v for k, v in row.items() if k not in context} for row in rows] == expected
    for row in rows:  # the article's text right around the quote, and only that
        text = Attribution.objects.get(pk=row["id"]).article.text
        start, end = row["start"], row["end"]
        assert row["context_before"] == text[max(0, start - selectors.CONTEXT_BEFORE_CHARS):start]
        assert row["context_after"] == text[end:end + selectors.CONTEXT_AFTER_CHARS]
    assert any(row["context_before"] for row in rows) and any(row["context_after"] for row in rows)
    assert any(row["speaker__affiliation__name"] for row in rows)
    assert RelayHop.objects.exists()
    for row in rows:
        hops = RelayHop.objects.filter(attribution_id=row["id"]).order_by("position")
        assert row["relay_names"] == tuple(hop.outlet.name if hop.outlet else hop.source.name for hop in hops)


# ---------------------------------------------------------------- re-matching after an editor's edit


@pytest.mark.django_db
def test_after_an_editor_gives_a_speaker_its_organisation_rematch_joins_the_two_claims(report):
    from attribution.models import Attribution, Claim

    fuller = "The dam held firm through the night, and the spillway never came close to failing, our engineers found."
    truncated = "the spillway never came close to failing"
    park = [report(fuller, outlet=outlet, speaker="Lena Park") for outlet in ("River Post", "Valley Herald")]
    ministry = [
        report(truncated, outlet=outlet, speaker="Ministry of Water", speaker_kind=Source.Kind.ORGANIZATION)
        for outlet in ("Hill Times", "Delta News")
    ]
    assert park[0].claim_id == park[1].claim_id and ministry[0].claim_id == ministry[1].claim_id
    assert park[0].claim_id != ministry[0].claim_id  # a truncation credited to another speaker stays apart

    # The editor's correction in admin: Lena Park speaks for the ministry.
    Source.objects.filter(name="Lena Park").update(affiliation=Source.objects.get(name="Ministry of Water"))
    result = services.claims_rematch()

    claims = set(Attribution.objects.values_list("claim_id", flat=True))
    assert len(claims) == 1 and claims == {park[0].claim_id}  # the older claim stays
    assert result.claims_removed == 1 and result.moved == 2
    assert Claim.objects.get().attribution_differs  # one claim, credited to the minister and the ministry
    again = services.claims_rematch()
    assert again.moved == again.claims_created == again.claims_removed == 0


@pytest.mark.django_db
def test_rematch_does_not_join_a_claim_an_editor_pinned(report, django_user_model):
    from attribution.models import Attribution, Claim

    editor = django_user_model.objects.create_user("ed", password="pw-for-tests-only")
    fuller = "The dam held firm through the night, and the spillway never came close to failing, our engineers found."
    park = report(fuller, outlet="River Post", speaker="Lena Park")
    report(fuller, outlet="Valley Herald", speaker="Lena Park")
    truncated = "the spillway never came close to failing"
    ministry = report(truncated, outlet="Hill Times", speaker="Ministry of Water", speaker_kind=Source.Kind.ORGANIZATION)
    gates = report("Ministry engineers inspected every gate of the dam.", outlet="Delta News", speaker="Ministry of Water",
                   speaker_kind=Source.Kind.ORGANIZATION)
    # The editor decides the gate inspection belongs with the ministry's claim: its appearances are pinned.
    services.claim_merge(claim=Claim.objects.get(pk=gates.claim_id), into=Claim.objects.get(pk=ministry.claim_id), by=editor)
    later = report(truncated, outlet="Coast Daily", speaker="Ministry of Water", speaker_kind=Source.Kind.ORGANIZATION)
    assert later.claim_id == ministry.claim_id and not later.claim_pinned

    Source.objects.filter(name="Lena Park").update(affiliation=Source.objects.get(name="Ministry of Water"))
    services.claims_rematch()
    # The later report now matches Lena Park's claim too, but its claim holds the editor's decision.
    assert Attribution.objects.get(pk=later.pk).claim_id == ministry.claim_id != Attribution.objects.get(pk=park.pk).claim_id
