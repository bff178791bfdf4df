"""The pure matcher: normalization, speakers, containment, index keys and drift."""

from attribution.matching import (
    Appearance,
    SpeakerRef,
    Thresholds,
    attribution_differs,
    best_match,
    compare,
    content_words,
    index_keys,
    lookup_keys,
    speakers_compatible,
    wording_differs,
)
from attribution.matching.diff import word_diff

from tests.matching.wordings import ROUNDS, ROUNDS_PENTAGON

VEALE = SpeakerRef("Thomas Veale", aliases=("Veale",))


def said(text, speaker=VEALE, kind="direct", outlet="Outlet A", relay=()):
    return Appearance(text=text, speaker=speaker, kind=kind, relay_names=tuple(relay), outlet=outlet)


def test_case_curly_quotes_dashes_and_brackets_do_not_change_the_words():
    assert content_words("“Non-negotiable” [SDF] right—now") == content_words('"non negotiable" SDF right - now')


def test_a_number_range_reads_the_same_with_a_dash_or_with_to():
    assert content_words("20-30 rounds") == content_words("20 to 30 rounds") == ("20", "30", "round")


def test_negations_survive_stop_word_removal():
    assert "not" in content_words("The attack was not provoked")
    assert "not" in content_words("They didn't attack")


def test_a_dotted_abbreviation_is_a_word_even_when_it_spells_a_stop_word():
    assert content_words("U.S.-backed forces") == content_words("US backed forces") == ("us", "back", "forc")
    assert content_words("A.I. said it") == ("ai", "said")


def test_a_surname_alone_or_with_a_title_is_the_same_person():
    assert speakers_compatible(said("x"), said("x", speaker=SpeakerRef("Col. Veale")))
    assert speakers_compatible(said("x"), said("x", speaker=SpeakerRef("T. Veale")))
    assert speakers_compatible(
        said("x", speaker=SpeakerRef("Charles Bolden")), said("x", speaker=SpeakerRef("NASA Administrator Charles Bolden"))
    )


def test_the_same_surname_with_another_first_name_is_a_different_person():
    assert not speakers_compatible(
        said("x", speaker=SpeakerRef("Dana W. White")), said("x", speaker=SpeakerRef("John White"))
    )


def test_an_outlet_relaying_the_speaker_is_not_a_different_speaker():
    officials = said("x", speaker=SpeakerRef("officials", kind="unnamed"), relay=["BBC", "officials"])
    assert speakers_compatible(officials, said("x", speaker=SpeakerRef("BBC", kind="organization")))


def test_bare_officials_in_two_outlets_are_not_known_to_be_the_same_people():
    bare = SpeakerRef("officials", kind="unnamed", aliases=("the officials",))
    named = SpeakerRef("Operation Inherent Resolve officials", kind="unnamed", aliases=("The officials",))
    assert not speakers_compatible(said("x", speaker=bare), said("x", speaker=named))
    assert not speakers_compatible(said("x", speaker=bare), said("x", speaker=bare))


def test_groups_with_conflicting_affiliations_differ_and_matching_ones_agree():
    sdf = SpeakerRef("officials", kind="unnamed", affiliation="SDF")
    coalition = SpeakerRef("officials", kind="unnamed", affiliation="Operation Inherent Resolve")
    assert not speakers_compatible(said("x", speaker=sdf), said("x", speaker=coalition))
    assert speakers_compatible(said("x", speaker=sdf), said("x", speaker=sdf))


def test_a_stored_speaker_is_compatible_with_itself_whatever_its_name():
    assert speakers_compatible(
        said("x", speaker=SpeakerRef("officials", kind="unnamed", key=7)),
        said("x", speaker=SpeakerRef("the officials", kind="unnamed", key=7)),
    )


def test_a_partial_quote_joins_the_longer_quote_it_is_part_of():
    longer = said("The attack on our partners was unprovoked and we responded in self-defense.")
    assert compare(said("unprovoked", kind="partial"), longer, Thresholds()).same


def test_a_one_word_direct_quote_is_not_matched_by_containment():
    longer = said("The attack on our partners was unprovoked and we responded in self-defense.")
    assert not compare(said("unprovoked", kind="direct"), longer, Thresholds()).same


def test_different_speakers_join_only_on_near_identical_words():
    white = SpeakerRef("Dana W. White")
    assert compare(said(ROUNDS), said(ROUNDS_PENTAGON, speaker=white), Thresholds()).same
    paraphrase = (
        "the SDF, supported by the coalition, targeted the aggressors with air and artillery strikes "
        "after 20-30 tank and artillery rounds landed near its headquarters"
    )
    assert compare(said(ROUNDS), said(paraphrase, kind="indirect"), Thresholds()).same
    assert not compare(said(ROUNDS), said(paraphrase, speaker=white, kind="indirect"), Thresholds()).same


def test_a_stock_phrase_never_joins_two_different_speakers():
    first = said("We will not back down.", speaker=SpeakerRef("Volodymyr Zelensky"))
    second = said("We will not back down.", speaker=SpeakerRef("Keir Starmer"))
    assert not compare(first, second, Thresholds()).same


def test_quotes_of_stop_words_only_match_on_identical_wording():
    assert compare(said("We will."), said("we will"), Thresholds()).same
    assert not compare(said("We will."), said("They did."), Thresholds()).same


def test_best_match_picks_the_claim_with_the_closest_member():
    candidates = {
        "near": [said("The attack on our partners was unprovoked.")],
        "exact": [said("unprovoked", kind="partial")],
        "other": [said("The weather was fine.")],
    }
    assert best_match(said("unprovoked", kind="partial"), candidates, Thresholds()) == "exact"
    assert best_match(said("It rained all week."), candidates, Thresholds()) is None


def test_a_partial_quote_finds_the_longer_quote_through_the_index_keys():
    assert set(lookup_keys("non-negotiable right to act")) <= index_keys(
        "asserts its non-negotiable right to act in self-defense"
    )


def test_lookup_keys_are_capped_and_mix_word_pairs_with_words():
    keys = lookup_keys(ROUNDS, limit=10)
    assert len(keys) == 10
    assert {key[:2] for key in keys} == {"p:", "w:"}


def test_two_outlets_quoting_different_words_differ_in_wording():
    white = SpeakerRef("Dana W. White")
    assert wording_differs([said(ROUNDS), said(ROUNDS_PENTAGON, speaker=white, outlet="Outlet B")])


def test_the_same_words_in_two_outlets_do_not_differ_in_wording():
    assert not wording_differs([said(ROUNDS), said("“" + ROUNDS.upper() + "”", outlet="Outlet B")])


def test_a_truncated_direct_quote_differs_but_a_partial_fragment_does_not():
    truncated = "After 20-30 artillery and tank rounds landed within 500 meters of the SDF headquarters location"
    assert wording_differs([said(ROUNDS), said(truncated, outlet="Outlet B")])
    assert not wording_differs([said(ROUNDS), said(truncated, kind="partial", outlet="Outlet B")])


def test_a_dropped_hedge_is_a_wording_difference():
    hedged = said("The attack appeared to be coordinated.")
    assert wording_differs([hedged, said("The attack was coordinated.", outlet="Outlet B")])


def test_a_paraphrase_in_reported_speech_is_not_a_wording_difference():
    indirect = said("the attack had appeared to be coordinated", kind="indirect", outlet="Outlet B")
    assert not wording_differs([said("The attack appeared to be coordinated."), indirect])


def test_wording_differences_inside_one_outlet_do_not_count():
    assert not wording_differs([said("The attack appeared to be coordinated."), said("The attack was coordinated.")])


def test_the_same_words_credited_to_two_speakers_differ_in_attribution():
    white = SpeakerRef("Dana W. White")
    assert attribution_differs([said(ROUNDS), said(ROUNDS, speaker=white, outlet="Outlet B")])
    assert not attribution_differs([said(ROUNDS), said(ROUNDS, speaker=SpeakerRef("Col. Veale"), outlet="Outlet B")])


def test_a_quote_one_outlet_gives_as_its_own_statement_differs_in_attribution():
    assert attribution_differs([said(ROUNDS), said(ROUNDS, speaker=None, outlet="Outlet B")])
    assert not attribution_differs([said(ROUNDS), said(ROUNDS, speaker=None)])


def test_the_word_diff_marks_the_changed_words():
    pieces = word_diff("within 500 meters of the base", "within about 500 yards of the base")
    assert [(p.op, p.text) for p in pieces if p.op != "equal"] == [
        ("insert", "about"), ("delete", "meters"), ("insert", "yards"),
    ]
