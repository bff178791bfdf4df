"""Direct and partial quotations, one construction per test, in sentences written for the tests."""

from attribution.extraction import extract

from .helpers import found, only


def test_it_finds_a_quote_before_the_speaker():
    item = only('"The bridge will reopen in June," Mayor Linda Park said.')
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("direct", "The bridge will reopen in June,", "Linda Park", "said")


def test_it_finds_a_quote_after_the_speaker_and_a_comma():
    item = only('Park added, "We expect no further delays."')
    assert (item.kind, item.quote, item.speaker.name, item.cue) == ("direct", "We expect no further delays.", "Park", "added")


def test_it_reads_an_inverted_cue_after_the_quote():
    item = only('"Nobody saw it coming," said Tom Reyes.')
    assert (item.quote, item.speaker.name) == ("Nobody saw it coming,", "Tom Reyes")


def test_it_gives_both_halves_of_a_split_quote_to_one_speaker():
    text = 'Mayor Linda Park spoke first. "We waited," she said, "and nothing happened."'
    assert [(k, s) for k, _, s in found(text)] == [("direct", "Linda Park"), ("direct", "Linda Park")]


def test_it_takes_a_quote_introduced_by_a_colon():
    item = only('Finance minister Ruth Adeyemi told parliament: "The deficit is shrinking."')
    assert (item.kind, item.speaker.name) == ("direct", "Ruth Adeyemi")


def test_it_gives_a_floating_quote_to_the_previous_speaker():
    text = 'Chief engineer Omar Haddad issued a statement on Friday. "The cables were never inspected."'
    item = only(text)
    assert (item.speaker.name, item.cue) == ("Omar Haddad", "issued a statement")


def test_it_continues_a_quote_across_paragraphs():
    text = (
        'Union leader Maria Lopez said: "Our members have waited two years.\n\n'
        '"They will not wait another month."\n'
    )
    items = extract(text)
    assert [(e.quote, e.speaker.name) for e in items] == [
        ("Our members have waited two years.", "Maria Lopez"),
        ("They will not wait another month.", "Maria Lopez"),
    ]


def test_it_finds_a_partial_quote_inside_the_writers_sentence():
    item = only('Regulator chief Ann Brook said the merger was “deeply troubling” for buyers.', kind="partial")
    assert (item.quote, item.speaker.name, item.cue) == ("deeply troubling", "Ann Brook", "said")


def test_it_attributes_a_partial_quote_after_a_naming_verb():
    item = only("Protesters marched on what organisers called a “historic” day.", kind="partial")
    assert (item.quote, item.speaker.name, item.cue) == ("historic", "organisers", "called")


def test_it_resolves_a_headline_scare_quote_from_the_body():
    text = "Port strike ‘illegal’, court told\n\nLawyers for the port owners said the walkout was ‘illegal’ under the 2019 act.\n"
    headline = [e for e in extract(text) if e.start < 30]
    assert [(e.quote, e.speaker.name) for e in headline] == [("illegal", "Lawyers for the port owners")]


def test_it_leaves_a_headline_scare_quote_alone_when_the_body_does_not_attribute_it():
    text = "Council unveils ‘bold’ housing plan\n\nThe plan adds 400 homes by 2030.\n"
    assert extract(text) == []


def test_it_ignores_scare_quotes_nobody_is_said_to_have_said():
    assert extract('The so-called "smart" meters were installed last year.') == []


def test_it_accepts_a_wrong_curly_glyph_closing_a_straight_quote():
    item = only('Reyes added, "The numbers do not add up.“ The report was withdrawn.')
    assert item.quote == "The numbers do not add up."


def test_it_reads_british_single_quotes():
    item = only("‘We will fight this in the courts,’ the union said.")
    assert (item.quote, item.speaker.name) == ("We will fight this in the courts,", "the union")


def test_it_never_takes_i_or_we_inside_a_quote_as_the_speaker():
    item = only('"I told them we would win," coach Dana Fields said.')
    assert item.speaker.name == "Dana Fields"


def test_it_returns_a_low_confidence_quote_when_the_closing_mark_is_missing():
    item = only('Park said: "The works will end soon')
    assert item.quote == "The works will end soon" and item.confidence < 0.8
