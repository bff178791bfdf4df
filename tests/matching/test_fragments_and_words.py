"""Fragments quoted with words left out, fuller wordings that only add who spoke, and word forms
the stemmer keeps apart."""

from dataclasses import replace

from attribution.matching import Appearance, SpeakerRef, Thresholds, best_match, compare, content_words
from attribution.matching.text import in_order_share

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
    assert in_order_share(("a", "b", "c"), ("x", "a", "b", "y", "z", "w", "c")) == 1.0
    assert in_order_share(("a", "b", "c"), ("x", "a", "b", "y", "z", "w", "v", "c")) < 0.8
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
