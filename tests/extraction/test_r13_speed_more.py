"""Round 13 (speed, more): fast paths that must read as the slow ones did. Every sentence is written for the tests."""

from attribution.extraction import frames as frames_module
from attribution.extraction.frames import _ADVERBIAL_OPENERS, SentenceFrames
from attribution.extraction.sentences import punkt_tokenizer
from attribution.extraction.tokens import tokenize

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_a_paragraph_without_question_or_exclamation_marks_is_scanned_for_periods_alone_with_the_same_candidates():
    tokenizer = punkt_tokenizer()
    text = "Gov. Ann Holt said the levy would rise. Her aide, Wes Marlow, disagreed... Marlow said it was 4.5 percent. Done."
    assert "?" not in text and "!" not in text
    slow = [(m.span(), m.groupdict()) for m in tokenizer._period_context.finditer(text)]
    fast = [(m.span(), m.groupdict()) for m in tokenizer._period_only_context.finditer(text)]
    assert fast == slow and len(fast) >= 4


def test_a_paragraph_with_a_question_mark_still_breaks_after_it():
    spans = punkt_tokenizer().span_tokenize("Would the levy rise? Ann Holt said it would. Wes Marlow said no!")
    assert len(spans) == 3


def test_the_walk_over_adverbials_after_a_cue_steps_over_the_words_it_knows_and_stops_at_others():
    assert {"monday", "publicly", "late", "morning", "two", ",", "at", "for", "as", "only", "by", "to", "in", "—"} <= _ADVERBIAL_OPENERS
    assert found(HEAD + "Ann Holt said publicly on Monday that the levy would rise.") == [
        ("indirect", "the levy would rise", "Ann Holt")]
    assert found(HEAD + "Ann Holt said two weeks ago that the levy would rise.") == [
        ("indirect", "the levy would rise", "Ann Holt")]


def test_sentence_frames_hands_its_lower_case_forms_to_the_dateline_reader(monkeypatch):
    seen = []
    real = frames_module.after_dateline

    def spy(tokens, start, end, lowers=None):
        seen.append(lowers)
        return real(tokens, start, end, lowers)

    monkeypatch.setattr(frames_module, "after_dateline", spy)
    text = "TARNVILLE (Reuters) - The mayor said the levy would rise."
    analysis = SentenceFrames(text, tokenize(text, 0, len(text), []))
    assert seen and seen[0] is analysis.lowers
    assert analysis.lowers[analysis.story_start] == "the"


def test_the_pronoun_pattern_led_by_its_letter_finds_what_the_boundary_led_one_found():
    import re

    from attribution.extraction.entities import PERSONAL_PRONOUN

    boundary_led = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]ers?)\b")
    assert PERSONAL_PRONOUN.pattern != boundary_led.pattern
    text = "Hers was the plan; his aide thought she, not he, chose them. Ashe helped him. Theme: shed, hes, héhe, _he, she’s, HE."
    assert [m.span() for m in PERSONAL_PRONOUN.finditer(text)] == [m.span() for m in boundary_led.finditer(text)]
    for start in range(0, len(text), 7):
        ours, theirs = PERSONAL_PRONOUN.search(text, start, start + 30), boundary_led.search(text, start, start + 30)
        assert (ours and ours.span()) == (theirs and theirs.span())


def test_a_text_with_references_but_no_wire_marks_is_decoded_without_the_markup_scan(monkeypatch):
    from attribution.extraction import normalise

    class Refused:
        pattern = normalise.MARKUP.pattern

        def finditer(self, text):
            raise AssertionError("MARKUP scanned a text with no wire marks")

    working, offsets = normalise.decode("Holt &amp; Marlow said the levy would rise.")
    monkeypatch.setattr(normalise, "MARKUP", Refused())
    assert normalise.decode("Holt &amp; Marlow said the levy would rise.")[0] == working == "Holt & Marlow said the levy would rise."
    assert offsets[5] == 5 and offsets[7] == 11
    # wire marks still go through the whole markup
    monkeypatch.undo()
    assert normalise.decode("``We will,'' said Holt &amp; Marlow.")[0] == "“We will,” said Holt & Marlow."


def test_the_document_owner_pattern_takes_a_words_letters_without_giving_them_back():
    import re

    from attribution.extraction.entities import DOCUMENT_OWNER, document_owners

    assert "*+" in DOCUMENT_OWNER.pattern
    giving_back = re.compile(DOCUMENT_OWNER.pattern.replace("*+", "*"))
    text = "The Tarnville Water Board letter came late. Ann Lee’s memo and the NHS-led  guidance did not; Mayor Holt said so."
    assert [(m.span(), m.groups()) for m in DOCUMENT_OWNER.finditer(text)] == [(m.span(), m.groups()) for m in giving_back.finditer(text)]
    assert document_owners(text) == {"letter": "Tarnville Water Board", "memo": "Ann Lee", "guidance": "NHS-led"}
