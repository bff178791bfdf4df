"""Round 15, wave 2 (the outlet chain): the outlet that published an article, column or story relays what the
article attributes to it ("according to a new article in Politico") or what its writer says in it ("noted in a
guest column in Saturday's Harlow Gazette"), and a known outlet's edition for a state ("Politico New Jersey") is an
outlet that reports; a time of day before the broadcaster ("said just after midnight on CNN") hides it no more.
Every sentence is written for the tests."""

from attribution.extraction import extract

HEAD = "A headline for the story\n\n"


def relayed(text):
    """(quote, speaker name, reported_by) for every attribution, in order."""
    return [(e.quote, e.speaker.name if e.speaker else None, e.reported_by) for e in extract(HEAD + text)]


def test_a_new_article_in_a_known_outlet_is_the_outlet_speaking():
    assert relayed("The ferry line will likely close by spring, according to a new article in Politico.") == [
        ("The ferry line will likely close by spring", "Politico", "Politico")]
    assert relayed("The harbour board met in secret twice, according to a piece in Politico.") == [
        ("The harbour board met in secret twice", "Politico", "Politico")]


def test_an_article_in_an_outlet_speaks_but_a_named_writers_report_does_not():
    assert relayed("The ferry line will close, according to a Quill report in Politico.")[0][1:] != ("Politico", "Politico")
    assert relayed("The harbour board met in secret twice, according to an article in Politico.") == [
        ("The harbour board met in secret twice", "Politico", "Politico")]


def test_words_written_in_a_column_in_an_outlet_are_relayed_through_it():
    assert relayed("Rep. Mara Quill noted in a guest column in Saturday's Harlow Gazette that the levy was unfair.") == [
        ("the levy was unfair", "Mara Quill", "Harlow Gazette")]
    assert relayed("Councillor Ivo Tovar argued in an op-ed in The Wall Street Journal that the tunnel was a mistake.") == [
        ("the tunnel was a mistake", "Ivo Tovar", "Wall Street Journal")]
    assert relayed("Rep. Mara Quill wrote in an essay in New Harlow on Friday that the levy was unfair.") == [
        ("the levy was unfair", "Mara Quill", None)]


def test_a_known_outlets_state_edition_is_an_outlet_that_reports():
    assert relayed("Politico New Jersey reported last week that the governor had cut the ferry budget.") == [
        ("the governor had cut the ferry budget", "Politico New Jersey", "Politico New Jersey")]
    assert relayed("Mara Florida reported last week that the governor had cut the ferry budget.")[0][2] is None


def test_words_said_just_after_midnight_on_a_broadcaster_are_relayed_through_it():
    assert relayed('Councillor Ivo Tovar spoke. "It is a disgrace," Ivo Tovar, a former aide, said just after midnight on CNN.') == [
        ("It is a disgrace,", "Ivo Tovar", "CNN")]
    assert relayed("Councillor Ivo Tovar spoke. Tovar said shortly before noon on MSNBC that the ferry was late.") == [
        ("the ferry was late", "Ivo Tovar", "MSNBC")]
