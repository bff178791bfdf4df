"""Round 18's same-output speed-ups of frames.py: loops and C-level tests in place of generators that any()/next()
stopped early. Each pins the rewritten helper to the answers the generator gave on invented sentences."""

from attribution.extraction.frames import _JOINED_WALK_STOPS, _WITH_WALK_STOPS, SentenceFrames
from attribution.extraction.quotes import find_quotes
from attribution.extraction.tokens import tokenize


def analysis_of(sentence):
    return SentenceFrames(sentence, tokenize(sentence, 0, len(sentence), find_quotes(sentence, 0, len(sentence))))


def frame_with(analysis, cue):
    return next(frame for frame in analysis.find() if frame.cue.startswith(cue))


def test_the_walk_back_finds_the_last_stop_word_the_old_generator_found_and_none_past_the_window():
    analysis = analysis_of("Many of the aides who would rather work for Dana Cole or Ben Hart said the race was close.")
    joined = analysis.lowers.index("or")
    old = next((x for x in range(joined - 1, max(0, joined - 20), -1) if analysis.lowers[x] in _JOINED_WALK_STOPS), None)
    assert analysis._last_of(_JOINED_WALK_STOPS, joined - 1, max(0, joined - 20)) == old == analysis.lowers.index("who")
    assert analysis._last_of(_JOINED_WALK_STOPS, joined - 1, analysis.lowers.index("who")) is None  # (the stop is not read)
    assert analysis._last_of(_WITH_WALK_STOPS, 2, -1) is None


def test_the_walk_stops_hold_every_word_and_mark_the_old_tests_stopped_at():
    assert {"who", "who's", ",", ";", ":", "\x00quote", "(", "—", "?"} <= _JOINED_WALK_STOPS
    assert {"who", "whom", ",", ";", ":", "\x00quote", ")", "–", "!"} <= _WITH_WALK_STOPS and "that" not in _WITH_WALK_STOPS


def test_the_people_a_relative_clause_describes_still_speak_past_names_joined_by_or_and_by_with():
    assert frame_with(analysis_of("Many of the aides who would rather work for Dana Cole or Ben Hart said the race was close."), "said").mention.text == "Many of the aides"
    assert frame_with(analysis_of("Staff who have worked with Tom Vale say he is fair."), "say").mention.text == "Staff"


def test_a_quantified_group_after_a_name_is_still_read_past_even_and_never_when_a_comma_closes_it():
    analysis = analysis_of("Voters doubt Hale, even some allies questioned.")
    group = [analysis.lowers.index("even"), analysis.lowers.index("some"), analysis.lowers.index("allies")]
    assert analysis._quantified_group(group, group)
    assert not analysis._quantified_group(group + [analysis.lowers.index(",")], group)
    assert not analysis._quantified_group(group[:1], group[:1])  # (only a skipped word: no group)
    assert not analysis._quantified_group(group[2:], group[2:])
    assert frame_with(analysis, "questioned").mention.text == "some allies"


def test_a_subject_with_no_quoted_term_is_its_own_tokens_and_a_quoted_term_reads_as_one_word():
    analysis = analysis_of('A "super PAC" official said the ad would run.')
    assert analysis._quoted_terms_as_words(3, 5) == analysis.tokens[3:5]
    assert [t.text for t in analysis._quoted_terms_as_words(0, 3)] == ["A", "super PAC", "official"]


def test_two_states_joined_after_a_preposition_still_make_one_subject_and_a_city_does_not():
    assert frame_with(analysis_of("Because exit polls in Vermont and Ohio indicated a tie, the aides said nothing."), "indicated").mention.text == "exit polls in Vermont and Ohio"
    assert frame_with(analysis_of("Because exit polls in Vermont and Paris indicated a tie, the aides said nothing."), "indicated").mention.text == "Paris"


def test_a_tag_after_a_quotation_still_trails_and_a_tag_whose_quotation_goes_on_after_it_does_not():
    for sentence, cue in (('"We will win," the mayor said Tuesday in Brandon, noting the polls.', "said"),
                          ('"We will win," the mayor told reporters after the vote.', "told"), ('"Go," Lee said.', "said")):
        analysis = analysis_of(sentence)
        assert analysis._is_trailing(frame_with(analysis, cue))
    analysis = analysis_of('The "quiet plan," Ms. Orla Finch wrote after the hearing, "is dead."')
    assert not analysis._is_trailing(frame_with(analysis, "wrote"))


def test_a_quoted_fragment_after_the_object_is_still_the_report_and_a_plain_object_is_read_as_before():
    assert frame_with(analysis_of('The governor slammed the plan as "reckless" on Monday.'), "slammed").content is None
    assert frame_with(analysis_of("The governor praised the plan on Monday."), "praised").content == (3, 7)
