"""Reported (indirect) speech."""

from attribution.extraction import extract

from .helpers import only


def test_it_finds_said_that():
    item = only("Fire chief Carl Berg said that the blaze started in a kitchen.")
    assert (item.kind, item.quote, item.speaker.name) == ("indirect", "the blaze started in a kitchen", "Carl Berg")


def test_it_finds_said_without_that():
    item = only("Carl Berg said the blaze started in a kitchen.")
    assert item.quote == "the blaze started in a kitchen"


def test_it_finds_told_reporters_that():
    item = only("A police spokesman told reporters that two men had been detained.")
    assert (item.quote, item.cue, item.speaker.kind) == ("two men had been detained", "told reporters", "unnamed")


def test_it_finds_according_to_at_the_start():
    item = only("According to the coroner, the victim died instantly.")
    assert (item.quote, item.cue, item.speaker.name) == ("the victim died instantly", "According to", "the coroner")


def test_it_finds_according_to_at_the_end():
    item = only("The victim died instantly, according to the coroner.")
    assert item.quote == "The victim died instantly"


def test_it_finds_a_trailing_cue_after_the_clause():
    item = only("Three bridges were closed overnight, officials said.")
    assert (item.quote, item.speaker.name) == ("Three bridges were closed overnight", "officials")


def test_it_finds_added_clarified_warned_and_denied_that():
    for verb in ("added", "clarified", "warned", "denied"):
        item = only(f"Carl Berg {verb} that the station had enough crews.")
        assert (item.quote, item.cue) == ("the station had enough crews", verb)


def test_it_skips_in_a_statement_before_that():
    item = only("The ministry said in a statement on Monday that prices would rise.")
    assert (item.quote, item.speaker.name) == ("prices would rise", "the ministry")


def test_it_gives_a_participle_clause_to_the_sentence_speaker():
    items = extract("Carl Berg confirmed that crews were on site, adding that nobody was hurt.")
    assert [(e.quote, e.speaker.name, e.cue) for e in items] == [
        ("crews were on site", "Carl Berg", "confirmed"),
        ("nobody was hurt", "Carl Berg", "adding"),
    ]


def test_it_ignores_a_negated_cue():
    assert extract("Officials would not say whether the plant would close.") == []


def test_it_ignores_a_passive_report():
    assert extract("The fire was reported shortly after midnight.") == []


def test_it_ignores_an_announced_noun_phrase():
    assert extract("The company announced the winners of its design prize.") == []


def test_it_annotates_both_a_clause_and_the_partial_quote_inside_it():
    kinds = [(e.kind, e.quote) for e in extract('Carl Berg said the response was "far too slow" at first.')]
    assert kinds == [("indirect", 'the response was "far too slow" at first'), ("partial", "far too slow")]


def test_it_leaves_a_dateline_out_of_the_clause():
    item = only("OSLO — Two ferries collided in the fjord on Sunday, police said.")
    assert item.quote == "Two ferries collided in the fjord on Sunday"


def test_it_reads_a_cue_verbs_object_as_content_after_in_a_statement():
    item = only("In a statement, the port authority reiterated its promise to reopen the bridge by May.")
    assert (item.quote, item.cue, item.speaker.name) == ("its promise to reopen the bridge by May", "reiterated", "the port authority")


def test_it_reads_no_object_as_content_without_a_statement_opening():
    assert extract("The port authority reiterated its promise to reopen the bridge by May.") == []


def test_it_does_not_read_a_cue_noun_after_a_determiner_as_a_verb():
    # the rejection is the mayor's stance (issue 10, round 2); "claim" is never read as the cue
    assert [(e.cue, e.kind) for e in extract("The mayor rejected the claim that the bridge was unsafe.")] == [("rejected", "belief")]
    items = extract("In a statement, the port authority reiterated its warning that the storm would hit.")
    assert [(e.cue, e.quote) for e in items] == [("reiterated", "its warning that the storm would hit")]


def test_it_records_the_statement_opening_as_the_cue_of_a_later_quote():
    item = only("In a statement, the Harbour Department apologised for the delays. “We are sorry for the trouble.”")
    assert (item.kind, item.speaker.name, item.cue) == ("direct", "Harbour Department", "In a statement")
