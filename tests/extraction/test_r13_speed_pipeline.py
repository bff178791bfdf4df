"""Round 13's speed work in tokens, sentences, names, outlets and entities reads as the plain forms read (the fast paths
are pinned here; every record's repr over the PolNeAR export and the dev corpus is the same as before it)."""

from attribution.extraction.entities import CAPITAL_WORD_START, _title_case_lines, _words_while_capitalised
from attribution.extraction.names import _share_of_people, parse_mention, person_name_cut
from attribution.extraction.outlets import outlet_name
from attribution.extraction.quotes import find_quotes
from attribution.extraction.sentences import paragraph_spans
from attribution.extraction.tokens import after_dateline, tokenize


def _title_case_lines_by_split(text):
    lines, start = [], 0
    for line in text.split("\n"):
        if 20 <= len(line) <= 200:
            capitals = len(CAPITAL_WORD_START.findall(line))
            words = _words_while_capitalised(line, capitals) if capitals >= 4 else 0
            if words >= 4 and capitals >= 0.8 * words:
                lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines


def test_title_case_lines_found_by_str_find_are_the_lines_split_gives():
    title = "Mayor Dana Holt Wins The Harbour Vote"
    for text in ("", "\n", title, title + "\n", "\n" + title, title + "\n\n" + title + "\nThe mayor said the vote was close.\n",
                 "x\r\n" + title + "\r\n", "a\n" * 3 + title):
        assert _title_case_lines(text) == _title_case_lines_by_split(text)


def test_a_line_with_white_space_around_it_is_still_trimmed_and_a_plain_one_taken_whole():
    text = "Plain line.\n  Indented line. \n\n\t\nLast"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["Plain line.", "Indented line.", "Last"]


def test_a_possessor_before_a_name_is_cut_off_though_no_word_of_the_run_is_a_role():
    assert person_name_cut(["Dana", "Holt"], False) == 0
    assert person_name_cut(["Ohio's", "Dana", "Holt"], False) == 1
    assert person_name_cut(["Senator", "Dana", "Holt"], False) == 1


def test_an_outlet_with_the_inside_its_name_is_still_read_with_each_word_lowered_once():
    assert outlet_name("the Harlow Daily News") == "Harlow Daily News"
    assert outlet_name("Dana Holt") is None


def test_after_dateline_reads_the_same_from_the_lower_case_words():
    text = "MILLBROOK, Ohio (Reuters) - The mayor of the town said on Monday that the harbour would reopen."
    tokens = tokenize(text, 0, len(text), [])
    lowers = [t.lower for t in tokens]
    for start in range(len(tokens)):
        assert after_dateline(tokens, start, len(tokens), lowers) == after_dateline(tokens, start, len(tokens))
    assert after_dateline(tokens, 0, len(tokens), lowers) > 0


def test_a_phrase_with_a_lone_apostrophe_or_a_quotation_is_read_as_before():
    for text, read in (("the harbour workers ’", ("the harbour workers", "unnamed")), ("Holt '", ("Holt", "person"))):
        mention = parse_mention(text, tokenize(text, 0, len(text), []))  # (the apostrophe's token left out)
        assert (mention.text, mention.kind) == read
    quoted = 'the "so-called" experts'
    assert parse_mention(quoted, tokenize(quoted, 0, len(quoted), find_quotes(quoted, 0, len(quoted)))) is None


def test_a_share_of_people_is_still_told_from_a_phrase_with_no_share_word():
    for phrase in ("two-thirds of voters", "the 30 percent of voters", "18%", "six in 10 voters", "almost half"):
        assert _share_of_people(phrase.split())
    for phrase in ("the senator", "harbour workers", "", "the in crowd"):
        assert not _share_of_people(phrase.split())
