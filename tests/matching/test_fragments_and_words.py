"""Fragments quoted with words left out, fuller wordings that only add who spoke, and word forms
the stemmer keeps apart."""

from dataclasses import replace
from datetime import date

import pytest

from attribution import services
from attribution.matching import Appearance, SpeakerRef, Thresholds, best_match, compare, content_words
from attribution.matching.text import in_order_share
from attribution.models import Attribution

QUILL = SpeakerRef("Dana Quill", aliases=("Quill",))
PARK = SpeakerRef("Lee Park")


def said(text, speaker=QUILL, kind="direct", outlet="Outlet A"):
    return Appearance(text=text, speaker=speaker, kind=kind, outlet=outlet)


FULLER = "You look at the choices he made, so bad, so careless, and they caused lasting harm and lasting shame."


def test_a_partial_quote_with_a_few_words_left_out_is_a_stretch_of_the_fuller_quote():
    assert compare(said("caused lasting shame", kind="partial"), said(FULLER), Thresholds()).same


def test_words_far_apart_in_the_fuller_quote_are_no_stretch_of_it():
    far = "The choices caused lasting damage to the harbour, the ferries and the markets, and shame."
    assert not compare(said("caused lasting shame", kind="partial"), said(far), Thresholds()).same


def test_a_run_counts_a_word_after_it_only_across_a_short_gap():
    assert in_order_share(("a", "b", "c"), ("x", "a", "b", "y", "z", "c")) == 1.0
    assert in_order_share(("a", "b", "c"), ("x", "a", "b", "y", "z", "w", "c")) < 0.8
    # Counting every word ("havoc and tremendous"), three may be left out.
    assert in_order_share(("a", "b", "c"), ("x", "a", "b", "y", "z", "w", "c"), 3) == 1.0
    # A single word before a run, with nothing left out in the shorter words either.
    assert in_order_share(("c", "a", "b"), ("c", "y", "a", "b")) == 1.0
    assert in_order_share(("c", "a"), ("c", "y", "a", "b")) == 0.0


def test_a_fuller_wording_that_only_adds_who_said_it_does_not_hold_a_longer_report_back():
    # One outlet: Park quoting Quill ("Dana Quill said she has ...") holds Quill's paraphrase.
    claim = [
        said("Dana Quill said she has made many sacrifices for the city,", speaker=PARK),
        said("she has made many sacrifices for the city", kind="indirect"),
    ]
    longer = said(
        "she had made many sacrifices for the city, such as building parks and hiring teachers",
        kind="indirect",
        outlet="Outlet B",
    )
    assert best_match(longer, {"sacrifices": claim}, Thresholds()) == "sacrifices"


def test_a_fuller_statement_still_keeps_a_longer_report_of_another_one_out():
    claim = [
        said("she has made many sacrifices for the city and will not run again", speaker=PARK),
        said("she has made many sacrifices for the city", kind="indirect"),
    ]
    longer = said(
        "she had made many sacrifices for the city, such as building parks and hiring teachers",
        kind="indirect",
        outlet="Outlet B",
    )
    assert best_match(longer, {"sacrifices": claim}, Thresholds()) is None


def test_a_doctrine_and_its_follower_share_their_root():
    assert content_words("racism") == content_words("racist") == content_words("racists")
    assert content_words("socialism") == content_words("socialist")
    for word in ("insist", "exist", "twist", "enlist", "checklist", "list"):
        assert content_words(word) == (word,)


def test_a_quoted_phrase_joins_a_fuller_quote_naming_the_doctrine_by_its_follower():
    paraphrase = said('that is basically the "standard example" of racism', kind="indirect")
    fuller = said("the standard example of a racist remark", kind="partial", outlet="Outlet B")
    assert compare(paraphrase, fuller, Thresholds()).same
    other = said("the standard example of a careless remark", kind="partial", outlet="Outlet B")
    assert not compare(paraphrase, other, Thresholds()).same


def test_a_one_word_partial_tied_by_its_sentence_joins_across_outlets():
    fragment = replace(
        said("careless", kind="partial", outlet="Outlet B"),
        context_before="Quill said the choices he made were “",
        context_after=".”",
    )
    assert compare(fragment, said(FULLER), Thresholds()).same


@pytest.mark.django_db
def test_at_ingest_a_one_word_partial_joins_only_the_statement_its_sentence_is_about():
    said_it = '"It is a rigged, crooked, filthy election," Dana Quill said on Monday.'
    services.article_ingest(text=said_it, outlet="Daily Example", published=date(2019, 3, 4))
    services.article_ingest(
        text='Dana Quill said the party committee had run a "rigged" nomination process that favoured insiders.',
        outlet="Evening Example", published=date(2019, 3, 5),
    )
    services.article_ingest(
        text='Dana Quill called the city election "rigged" on Tuesday.', outlet="Morning Example", published=date(2019, 3, 5)
    )
    statement = Attribution.objects.get(kind="direct", quote__contains="rigged, crooked").claim_id
    about_the_committee = Attribution.objects.get(kind="partial", article__outlet__name="Evening Example")
    about_the_election = Attribution.objects.get(kind="partial", article__outlet__name="Morning Example")
    assert about_the_committee.claim_id != statement
    assert about_the_election.claim_id == statement


def test_a_phrase_an_outlet_uses_as_the_name_of_a_remark_stands_for_that_statement():
    statement = said("It's a rigged, crooked, filthy election.")
    remark = replace(
        said("filthy election", kind="partial", outlet="Outlet B"),
        context_before="Three talk shows had all-male panels discussing Dana Quill's “",
        context_after="” remark.",
    )
    assert compare(remark, statement, Thresholds()).same
    # Without the remark noun the panels' sentence ties nothing to the statement.
    assert not compare(replace(remark, context_after="” on Monday."), statement, Thresholds()).same
    # One word naming remarks ("her 'rigged' claims") names none in particular.
    word = replace(said("rigged", kind="partial", outlet="Outlet B"), context_before=remark.context_before)
    assert not compare(replace(word, context_after="” claims."), statement, Thresholds()).same


def test_how_and_when_a_word_was_said_ties_no_two_reports_of_it():
    committee = replace(
        said("rigged", kind="partial"),
        context_before="In interviews and tweets on Monday, Quill argued that the committee had run a “",
        context_after="” nomination process.",
    )
    courts = replace(
        said("rigged", kind="partial", outlet="Outlet B"),
        context_before="Quill called the court system “",
        context_after="” in a tweet on Monday.",
    )
    assert not compare(committee, courts, Thresholds()).same
    appeal = replace(courts, context_before="Quill said the committee's process was “", context_after="” from the start.")
    assert compare(committee, appeal, Thresholds()).same
