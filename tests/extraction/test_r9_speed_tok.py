"""Round 9's speed work in tokens, sentences, names, quotes and normalise gives exactly what the plain forms give."""

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.extraction.names import LEADING_ARTICLES, _drop_leading_article, parse_mention, split_person_name
from attribution.extraction.normalise import MARKUP, NESTED_CLOSE, WIRE_CLOSE, WIRE_OPEN, decode, span_back
from attribution.extraction.quotes import find_quotes
from attribution.extraction.tokens import SCAN_RE, tokenize

# Pieces between spaces: words before a mark (made without the pattern), one-word pieces the word branch reads whole
# (made without the scan), and pieces the scan must still cut (a period or comma inside, marks around a word).
PIECES = st.lists(st.sampled_from([
    "said", "Holt", "said,", "Holt.", "x.", "A.", "Ms.", "Decs.", "no!", "why?", "it;", "Lee:", "it's", "won’t", "O’Neil",
    "Jean-Luc", "AT&T", "and/or", "@lee", "#vote", "$5", "50%", "1990s", "9-year-old", "café", "naïve", "a'", "'a", "-a", "a-",
    "a--b", "_x", "x_", "5,000", "5.5", "e.g", "U.S.-led", "(a)", "a)", "—", "-", "’", "“Yes", "no.”", "\u00a0", "\t", "",
]), max_size=25)


def scanned(text, start, end):
    return [(m.group(1), m.start(1), m.end(1)) for m in SCAN_RE.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(PIECES, st.sampled_from([" ", "  ", "", "\u00a0"]), st.integers(0, 4), st.integers(0, 4))
def test_pieces_made_into_tokens_without_the_scan_are_the_tokens_the_scan_finds(pieces, joiner, cut_start, cut_end):
    text = joiner.join(pieces)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    tokens = tokenize(text, start, end, [])
    assert [(t.text, t.start, t.end) for t in tokens] == scanned(text, start, end)
    assert all(t.quote is None and t.lower == t.text.lower() and t.is_word == (t.text[0].isalnum() or t.text[0] in "@#$") and (
        t.is_capitalized == t.text[0].isupper()) for t in tokens)


def test_a_word_before_a_mark_and_a_hyphenated_word_are_read_as_before():
    text = "Jean-Luc Holt, 52, said: it's AT&T's 9-year-old plan. Ms. Lee agreed."
    assert [t.text for t in tokenize(text, 0, len(text), [])] == [
        "Jean-Luc", "Holt", ",", "52", ",", "said", ":", "it's", "AT&T's", "9-year-old", "plan", ".", "Ms.", "Lee", "agreed", "."]


PARAGRAPH_PIECES = st.lists(st.sampled_from([
    "said.", "reform.", "Holt.", "Gen.", "etc.", "a.", "U.S.", "No.", "2016.", "said?", "said!", "He", "he", "The", "Mr.",
    "“We", "(AP)", "”", "’", "\"", ")", "»", ";", "?", "\x1cHe", "He\x1d", "x\x1f", "\u2003", "\u00a0", "\t", "\r", "\x0b", "\x0c", " ", "  ",
]), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(PARAGRAPH_PIECES)
def test_sentence_ends_after_plain_words_decided_without_the_context_are_nltks(paragraph):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from attribution.extraction.sentences import punkt_tokenizer

    tokenizer = punkt_tokenizer()
    plain = PunktSentenceTokenizer(tokenizer._params, lang_vars=tokenizer._lang_vars)
    assert tokenizer.span_tokenize(paragraph) == list(plain.span_tokenize(paragraph))


def plain_offsets(text):
    """normalise.decode's offsets built one int per working character, as before."""
    offsets, position, wire = [], 0, WIRE_OPEN in text
    for match in MARKUP.finditer(text):
        start, end = match.span()
        offsets.extend(range(position, start))
        raw, position = match.group(), end
        if raw == NESTED_CLOSE:
            offsets.extend((start, start + 2) if end < len(text) and text[end].isalnum() else (start, start + 1))
            continue
        replacement = "“" if raw == WIRE_OPEN else ("”" if wire else '"') if raw == WIRE_CLOSE else html.unescape(raw)
        offsets.extend([start] if raw in (WIRE_OPEN, WIRE_CLOSE) or replacement != raw and len(replacement) == 1 else range(start, end))
    return offsets + list(range(position, len(text))) + [len(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", "&amp;", "&quot;", "&#8220;", "&#x201d;", "&nbsp;", "&bogus;", "&#0;", "&eacute;",
                                 "``", "''", "'''", "'", "&", ";", "é"]), max_size=15).map("".join))
def test_decoded_offsets_kept_as_runs_give_every_offset_the_per_character_list_gives(text):
    work, offsets = decode(text)
    if offsets is None:
        assert "``" not in text and "''" not in text and work == text
        return
    expected = plain_offsets(text)
    assert len(offsets) == len(expected) == len(work) + 1
    assert [offsets[i] for i in range(len(offsets))] == expected
    assert offsets[-1] == len(text) and span_back(offsets, 0, len(work)) == (0, len(text))


def test_a_decoded_quotation_maps_back_to_the_original_marks():
    text = "He said ``no &amp; never'' today."
    work, offsets = decode(text)
    assert work == "He said “no & never” today."
    start, end = span_back(offsets, work.index("“"), work.index("”") + 1)
    assert text[start:end] == "``no &amp; never''"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="theTBoth ab", max_size=12))
def test_a_leading_article_is_dropped_as_the_loop_over_the_articles_dropped_it(phrase):
    plain = next((phrase[len(article):] for article in LEADING_ARTICLES if phrase.startswith(article)), phrase)
    assert _drop_leading_article(phrase) == plain


def test_the_last_possessor_before_a_name_cuts_it():
    text = "Florida's Tampa's Rick Wilson"
    run = tokenize(text, 0, len(text), [])
    prefix, name = split_person_name(run, False)
    assert [t.text for t in prefix] == ["Florida's", "Tampa's"] and [t.text for t in name] == ["Rick", "Wilson"]


def test_an_outlet_is_found_with_and_without_its_article():
    for text in ("The Associated Press", "the Associated Press", "Associated Press"):
        assert parse_mention(text, tokenize(text, 0, len(text), [])).kind == "organization"


def test_quotations_are_still_paired_from_their_marks():
    assert find_quotes("It’s the plan’s end, he said.", 0, 29) == []
    assert [q.start for q in find_quotes("He said “yes” and ‘no’ today.", 0, 29)] == [9, 19]


def plain_after_dateline(tokens, start, end):
    """tokens.after_dateline without its look for a dash first."""
    from attribution.extraction.tokens import _agency_follows

    x = start
    place = start + 1 < end and tokens[start].is_word and tokens[start].text.isupper() and len(tokens[start].text) > 1 and tokens[start + 1].text in (",", "(")
    while x < end and x - start < 10 and (tokens[x].text.isupper() or tokens[x].text in (",", "(", ")", ".") or tokens[x].is_capitalized and (
            x > start and tokens[x - 1].text == "(" or place or _agency_follows(tokens, x, end)) or place and tokens[x].text.isdigit()):
        x += 1
    if x > start and x < end and tokens[x].text in ("\u2014", "\u2013", "-") and any(t.text.isupper() and len(t.text) > 1 for t in tokens[start:x]):
        return x + 1
    return start


DATELINE_WORDS = st.lists(st.sampled_from(["PARIS", "WASHINGTON", "Paris", "Fla.", "Aug", "31", ",", "(", ")", "Reuters", "AFP", "AP",
                                           "—", "–", "-", "The", "mayor", "said", "U.S.", "."]), max_size=16)


@settings(max_examples=500, deadline=None)
@given(DATELINE_WORDS, st.integers(0, 3), st.integers(0, 3))
def test_a_story_start_found_after_looking_for_a_dash_first_is_the_plain_one(words, cut_start, cut_end):
    from attribution.extraction.tokens import after_dateline

    text = " ".join(words)
    tokens = tokenize(text, 0, len(text), [])
    start, end = min(cut_start, len(tokens)), max(min(cut_start, len(tokens)), len(tokens) - cut_end)
    assert after_dateline(tokens, start, end) == plain_after_dateline(tokens, start, end)


def test_a_dateline_with_an_agency_is_still_skipped():
    from attribution.extraction.tokens import after_dateline

    for text, first in (("PARIS, Aug 31 (Reuters) - The mayor said", "The"), ("Washington (AFP) – Officials said", "Officials"),
                        ("The mayor - a Democrat - said", "The")):
        tokens = tokenize(text, 0, len(text), [])
        assert tokens[after_dateline(tokens, 0, len(tokens))].text == first


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='ab "“”„«»〝＂\'‘’‚‹›', max_size=30), st.integers(0, 5), st.integers(0, 5))
def test_marks_found_by_str_find_are_the_ones_the_patterns_find(text, cut_start, cut_end):
    from attribution.extraction.quotes import DOUBLE_MARK_RE, SINGLE_MARK_RE, _mark_positions, _marks_in, _single_marks_in

    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert _mark_positions(text, _marks_in(text)[0], start, end) == [m.start() for m in DOUBLE_MARK_RE.finditer(text, start, end)]
    assert _mark_positions(text, _single_marks_in(text), start, end) == [m.start() for m in SINGLE_MARK_RE.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["two-thirds", "three-quarters", "well-known", "46", "percent", "of", "voters", "about", "half",
                                 "four", "in", "10", "said", "registered", "the", "a", "-", "x-"]), max_size=10))
def test_a_share_of_people_read_without_splitting_a_phrase_with_no_hyphen_is_read_as_before(words):
    from attribution.extraction import names

    split = [part for w in words for part in (w.split("-") if "-" in w and w.rsplit("-", 1)[1] in names.SHARE_WORDS else (w,))]
    assert names._share_of_people(words) == names._share_of_people(split)  # (a list without hyphens to split)
    assert names._share_of_people(["two-thirds", "of", "voters"]) and not names._share_of_people(["well-known", "officials"])


def test_a_mention_keeps_its_fields_in_slots_and_is_still_replaced_and_compared_as_a_dataclass():
    import dataclasses

    text = "Senator Dana Holt"
    mention = parse_mention(text, tokenize(text, 0, len(text), []))
    assert not hasattr(mention, "__dict__") and mention.name == "Dana Holt" and mention.role == "Senator"
    assert dataclasses.replace(mention, name="Holt").name == "Holt" and mention == dataclasses.replace(mention)
