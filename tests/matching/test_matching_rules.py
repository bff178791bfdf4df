"""The pure matcher: normalization, speakers, containment, index keys and drift."""

from dataclasses import replace

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
from attribution.matching.conflicts import number_conflict
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
    partial = replace(said("unprovoked", kind="partial"), context_before="Veale called the attack “", context_after=".”")
    assert compare(partial, longer, Thresholds()).same


def test_a_one_word_partial_does_not_join_a_longer_quote_on_that_word_alone():
    longer = said("It's a rigged, crooked, filthy election.")
    about_the_committee = replace(
        said("rigged", kind="partial"),
        context_before="In interviews Veale said the party committee had run a “",
        context_after="” nomination process that favoured insiders.",
    )
    assert not compare(about_the_committee, longer, Thresholds()).same
    assert not compare(said("rigged", kind="partial"), longer, Thresholds()).same  # nothing around it known
    about_the_election = replace(about_the_committee, context_before="Veale called the city election “", context_after=".”")
    assert compare(about_the_election, longer, Thresholds()).same


def test_a_two_word_stock_phrase_does_not_join_a_longer_fragment_of_its_speaker():
    slogan = replace(
        said("green revolution", kind="partial"),
        context_before="Voters tired of safe promises preferred the “",
        context_after="” of Thomas Veale to the mayor's plans.",
    )
    assert not compare(slogan, said("bring our green revolution", kind="partial"), Thresholds()).same


def test_one_fragment_quoted_alone_twice_is_one_statement_only_when_the_sentences_around_share_a_word():
    committee = replace(
        said("rigged", kind="partial"),
        context_before="Thomas Veale said the party committee had run a “",
        context_after="” nomination process that favoured insiders.",
    )
    election = replace(said("rigged", kind="partial"), context_before="Veale called the city election “", context_after=".”")
    vote = replace(
        said("rigged", kind="partial"),
        context_before="Veale told supporters the city election had been “",
        context_after="” against him.",
    )
    assert not compare(committee, election, Thresholds()).same  # "Veale", "said" tie nothing
    assert compare(election, vote, Thresholds()).same


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
    def fragment(before):
        return replace(said("unprovoked", kind="partial"), context_before=before, context_after=".”")

    candidates = {
        "near": [said("The attack on our partners was unprovoked.")],
        "exact": [fragment("Officials called the attack “")],
        "other": [said("The weather was fine.")],
    }
    assert best_match(fragment("Veale called the attack on the partners “"), candidates, Thresholds()) == "exact"
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


# ---------------------------------------------------------------- statements that contradict each other


INJURED = "Coalition service members were injured in the attack on the base"


def test_a_statement_and_its_denial_are_never_one_claim():
    white = SpeakerRef("Dana W. White")
    denied = INJURED.replace("were injured", "were not injured")
    assert not compare(said(INJURED), said(denied), Thresholds()).same
    assert not compare(said(INJURED), said(denied, speaker=white), Thresholds()).same
    assert not compare(said("We can confirm the convoy was hit"), said("We cannot confirm the convoy was hit"), Thresholds()).same
    assert not compare(said("Russia never sent troops to the border"), said("Russia sent troops to the border"), Thresholds()).same


def test_a_negation_said_in_other_words_or_left_out_by_a_truncation_still_joins():
    assert compare(said("The army didn't target civilians."), said("The army did not target civilians."), Thresholds()).same
    assert compare(said("It was not a coordinated attack on the base."), said("The attack on the base was not coordinated."), Thresholds()).same
    longer = said("The attack was not provoked, and we will not back down from our positions in the valley.")
    assert compare(longer, said("The attack was not provoked", kind="partial"), Thresholds()).same


def test_quotes_stating_different_numbers_are_never_one_claim():
    near = "After the shelling, rounds landed within 500 meters of the SDF headquarters location"
    nearer = near.replace("500", "5")
    assert not compare(said(near), said(nearer), Thresholds()).same
    assert not compare(said(near), said(nearer, speaker=SpeakerRef("Dana W. White")), Thresholds()).same


def test_numbers_compare_by_value_whatever_their_writing_or_units():
    assert not number_conflict("Twelve thousand staff will be hired by 2026.", "12,000 staff will be hired by 2026.")
    assert not number_conflict("1.5 million homes lost power", "1,500,000 homes lost power")
    assert not number_conflict("within 500 meters", "within about 500 meters")
    assert number_conflict("within 500 meters", "within 5 meters")
    # The documented case: "20-30 ... 500 meters" and "20 to 30 ... about 500 meters" by another speaker.
    assert compare(said(ROUNDS), said(ROUNDS_PENTAGON, speaker=SpeakerRef("Dana W. White")), Thresholds()).same


def test_opposing_verbs_make_different_claims():
    assert not compare(said("Three soldiers were killed in the attack on the checkpoint"),
                       said("Three soldiers were wounded in the attack on the checkpoint"), Thresholds()).same
    assert not compare(said("Unemployment fell to 4 percent last month"), said("Unemployment rose to 4 percent last month"), Thresholds()).same
    denied = said("the minister denied that troops had crossed the border", kind="indirect")
    confirmed = said("the minister confirmed that troops had crossed the border", kind="indirect")
    assert not compare(denied, confirmed, Thresholds()).same


def test_a_quote_holding_both_opposing_words_opposes_nothing():
    longer = said("Two soldiers were killed and five were wounded in the ambush near the border.")
    assert compare(longer, said("five were wounded in the ambush", kind="partial"), Thresholds()).same


def test_two_quotes_of_the_same_length_are_not_joined_as_if_one_contained_the_other():
    # Four of five words shared: containment 0.8, but neither quote is a truncation of the other.
    north = said("Schools in the northern region will reopen on Monday.")
    assert not compare(north, said("Schools in the southern region will reopen on Monday."), Thresholds()).same


def test_a_shorter_quote_inside_a_longer_one_by_another_speaker_is_another_claim():
    biden = said("Our thoughts and prayers are with the victims and their families", speaker=SpeakerRef("Joe Biden"))
    sunak = said(
        "Our thoughts and prayers are with the victims and their families, and we will find those responsible",
        speaker=SpeakerRef("Rishi Sunak"),
    )
    assert not compare(biden, sunak, Thresholds()).same
    assert compare(sunak, said(sunak.text, speaker=SpeakerRef("Sunak")), Thresholds()).same


DEFEAT = "The coalition will continue to work with its partners to defeat ISIS in the Euphrates valley"
REBUILD = "The coalition will continue to work with its partners to rebuild schools and hospitals in Raqqa"
CONTINUE = "the coalition will continue to work with its partners"


def test_a_truncated_member_does_not_let_another_claim_in():
    claim = [said(DEFEAT), said(CONTINUE)]
    assert best_match(said(REBUILD), {"defeat": claim}, Thresholds()) is None
    assert best_match(said(REBUILD), {"defeat": [said(CONTINUE)]}, Thresholds()) == "defeat"


def test_a_truncated_quote_fitting_two_claims_equally_joins_the_first_candidate():
    candidates = {"defeat": [said(DEFEAT)], "rebuild": [said(REBUILD)]}
    assert best_match(said(CONTINUE), candidates, Thresholds()) == "defeat"


# ---------------------------------------------------------------- drift over many appearances


def test_an_outlet_relaying_the_speaker_in_one_article_is_no_attribution_drift():
    bbc = said("unprovoked", speaker=SpeakerRef("BBC", kind="organization"), kind="partial")
    relayed = said("unprovoked", speaker=SpeakerRef("officials", kind="unnamed"), kind="partial", relay=["BBC", "officials"])
    alone = said("unprovoked", speaker=SpeakerRef("officials", kind="unnamed"), kind="partial", relay=["officials"])
    assert not attribution_differs([bbc, relayed, alone])


def test_speakers_linked_through_a_relay_are_one_speaker_across_outlets():
    officials = SpeakerRef("officials", kind="unnamed", key=7)
    in_a = [said(ROUNDS, speaker=officials, relay=["BBC", "officials"]), said(ROUNDS, speaker=officials)]
    in_b = said(ROUNDS, speaker=SpeakerRef("BBC", kind="organization"), outlet="Outlet B")
    assert not attribution_differs([*in_a, in_b])
    assert attribution_differs([*in_a, said(ROUNDS, speaker=SpeakerRef("Dana W. White"), outlet="Outlet B")])


def test_two_speakers_in_different_articles_of_one_outlet_differ_in_attribution():
    first = Appearance(ROUNDS, VEALE, outlet="Outlet A", article=1)
    second = Appearance(ROUNDS, SpeakerRef("Dana W. White"), outlet="Outlet A", article=2)
    assert attribution_differs([first, second])
    assert not attribution_differs([first, Appearance(ROUNDS, SpeakerRef("Dana W. White"), outlet="Outlet A", article=1)])


def test_many_outlets_sharing_one_wording_and_one_other_wording_differ():
    same = [said(ROUNDS, outlet=f"Outlet {n}") for n in range(200)]
    assert not wording_differs(same)
    assert wording_differs([*same, said(ROUNDS_PENTAGON, outlet="Outlet 7")])
    assert not wording_differs([said(ROUNDS), said(ROUNDS_PENTAGON)])  # one outlet's two wordings
