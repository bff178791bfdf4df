"""Round 8 (issue 10, real news): speakers we got wrong because a cue after a quote was missed or a clause's
boundary was misread. Every sentence is written for the tests."""

from attribution.extraction import extract

from .helpers import found, only

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- a cue after the quote


def test_an_editorial_that_opined_after_the_quote_speaks_it():
    text = HEAD + ("Several papers, including the Valley Times, warned that the levy would fail. "
                   '"Voters should reject the levy in November," opined Denver\'s Daily Ledger.')
    item = [e for e in extract(text) if e.kind == "direct"][0]
    assert (item.quote, item.speaker.name, item.cue) == ("Voters should reject the levy in November,", "Denver's Daily Ledger", "opined")


def test_a_columnist_who_opines_that_reports_the_clause():
    item = only(HEAD + "The columnist opined that the new stadium was a waste of money.")
    assert (item.kind, item.quote, item.speaker.name) == ("indirect", "the new stadium was a waste of money", "the columnist")


def test_a_report_that_said_after_the_quote_is_the_speaker_not_a_verb():
    text = HEAD + ("Senator Ruth Okafor first raised the breach last spring. "
                   '"The agency hid the intrusion from its own board," the congressional report said.')
    item = [e for e in extract(text) if e.kind == "direct"][0]
    assert (item.quote, item.speaker.name, item.cue) == ("The agency hid the intrusion from its own board,", "the congressional report", "said")


def test_a_report_that_found_a_quoted_phrase_reports_it():
    item = only(HEAD + 'A 2019 state audit report found "no sign that the ballots were ever tampered with."')
    assert (item.kind, item.quote, item.cue) == ("partial", "no sign that the ballots were ever tampered with.", "found")
    assert item.speaker.name.endswith("report")


def test_an_estimate_that_shows_a_clause_is_its_source():
    item = only(HEAD + "The county's latest estimate shows that turnout fell by a third.")
    assert (item.kind, item.quote, item.cue) == ("indirect", "turnout fell by a third", "shows")
    assert item.speaker.name.endswith("estimate")
