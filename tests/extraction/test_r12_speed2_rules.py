"""Speed work on round 11's rules: each cheap test put before a rule's search only skips cases the search would reject."""

from attribution.extraction import extract
from attribution.extraction.frames import AUXILIARIES, NOUN_DETERMINERS, PERCEIVING_VERBS, SENT_DOCUMENT_VERBS, SentenceFrames
from attribution.extraction.names import PREPOSITIONS
from attribution.extraction.quotes import find_quotes
from attribution.extraction.tokens import tokenize

SENTENCES = [
    "The new ad features farmers talking about the price of feed in Dunmore.",
    "Those are the topics Mayor Ann Pell wants to raise at the fair, aides said.",
    "A letter the Reyes campaign sent the party on Monday alleging fraud was read aloud.",
    "Why would any voter believe that the council has done its job, Ted Marlow asked.",
    "It is the place Harbor officials say has the worst roads, and they will fix it.",
    "Lee said the senator had called Ruiz the \"pet mayor\" of Dover.",
]


def _analysis(sentence: str) -> SentenceFrames:
    return SentenceFrames(sentence, tokenize(sentence, 0, len(sentence), find_quotes(sentence, 0, len(sentence))))


def _clause_around_subject_searched(analysis: SentenceFrames, main: list[int]) -> list[int]:
    """SentenceFrames._without_clause_around_subject as round 11 wrote it, without the length test before the search."""
    verb = next((y for y in range(1, len(main)) if analysis.lowers[main[y]] in AUXILIARIES and not analysis.tokens[main[y]].is_capitalized), None)
    if verb is None:
        return main
    name = len(main)
    while name > verb + 1 and analysis.tokens[main[name - 1]].is_capitalized:
        name -= 1
    before = analysis.lowers[main[name - 1]]
    if name < len(main) and name > verb + 1 and not analysis.tokens[main[name - 1]].is_capitalized and analysis.tokens[main[name - 1]].is_word and (
            before not in PREPOSITIONS or before == "as") and before not in NOUN_DETERMINERS:
        return main[name:]
    return main


def test_the_first_word_of_a_set_is_where_a_scan_of_the_sentence_finds_it_and_stays_so_when_asked_again():
    for sentence in SENTENCES:
        analysis = _analysis(sentence)
        for words in (PERCEIVING_VERBS, SENT_DOCUMENT_VERBS, AUXILIARIES):
            scanned = next((x for x, word in enumerate(analysis.lowers) if word in words), analysis.n)
            assert analysis._first_of(words) == scanned
            assert analysis._first_of(words) == scanned


def test_a_phrase_of_fewer_than_four_words_holds_no_clause_around_its_subject():
    for sentence in SENTENCES:
        analysis = _analysis(sentence)
        for start in range(analysis.n):
            for end in range(start + 1, min(analysis.n, start + 4) + 1):
                main = list(range(start, end))
                if len(main) < 4:
                    assert _clause_around_subject_searched(analysis, main) == main
                    assert analysis._without_clause_around_subject(main) == main


def test_the_quoted_words_of_a_name_inside_what_a_source_says_stay_the_sources_and_outside_go_to_the_name():
    told = extract("Lee said the senator had called Ruiz the \"pet mayor\" of Dover.")
    assert [item.speaker.name for item in told if item.quote == "pet mayor"] == ["Lee"]
    owned = extract("The plan is the \"fresh start\" of Mayor Ana Ruiz, who wrote it in May.")
    assert [item.speaker.name for item in owned if item.quote == "fresh start"] == ["Ana Ruiz"]
