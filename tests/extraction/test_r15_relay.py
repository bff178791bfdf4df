"""Round 15 (the outlet chain): `reported_by` is the outlet the article relays a claim through when it says so: a
broadcaster the words were said on ("said Sunday on CNN", "On CBS' 'Face the Nation,' ..."), an outlet's interview
("in a CBS interview"), an outlet's journalist or show told ("told NBC's Ann Vik", "told Gail Ren of Fox News",
"told a Politico reporter"), an outlet reaching the speaker ("Reached by Politico, ..."), and an outlet that itself
speaks (a headline's "Harbour Gazette: ...", "The Post responded"). A person whose surname is an outlet's name
relays nothing, and a town hall an outlet hosts is only where the words were said. Every sentence is written for
the tests."""

from attribution.extraction import extract

HEAD = "A headline for the story\n\n"


def relayed(text):
    """(quote, speaker name, reported_by) for every attribution, in order."""
    return [(e.quote, e.speaker.name if e.speaker else None, e.reported_by) for e in extract(HEAD + text)]


def test_words_said_on_a_broadcaster_are_relayed_through_it():
    assert relayed("Senator Mara Quill spoke on Sunday. Quill said Sunday on CNN that the harbour levy would be repealed.") == [
        ("the harbour levy would be repealed", "Mara Quill", "CNN")]
    assert relayed('Senator Mara Quill spoke. "It is a fair deal," Quill said last week on CNN.') == [
        ("It is a fair deal,", "Mara Quill", "CNN")]


def test_words_said_on_a_networks_show_are_relayed_through_the_network():
    assert relayed('Councillor Ivo Tovar spoke. "Nonsense," Mr. Tovar said by telephone on NBC\'s "Meet the Press."') == [
        ("Nonsense,", "Ivo Tovar", "NBC")]


def test_a_broadcaster_spoken_of_is_not_where_the_words_were_said():
    assert relayed("Senator Mara Quill spoke. Quill said on Fox News that the levy was fair.\n\nShe said on CNN's coverage of "
                   "the vote that the ferry was late.") == [
        ("the levy was fair", "Mara Quill", "Fox News"), ("the ferry was late", "Mara Quill", None)]


def test_an_opening_phrase_naming_a_networks_show_relays_the_sentence():
    assert relayed('Senator Mara Quill spoke. On CBS\' "Face the Nation" the day before, she stated, "The bridge will open in June."') == [
        ("The bridge will open in June.", "Mara Quill", "CBS")]
    assert relayed('Councillor Ivo Tovar spoke. Speaking Sunday on ABC\'s "This Week," Tovar said the tunnel had been a mistake.') == [
        ("the tunnel had been a mistake", "Ivo Tovar", "ABC")]


def test_an_opening_phrase_with_an_outlets_interview_relays_the_sentence_but_a_town_hall_it_hosts_does_not():
    assert relayed("Councillor Ivo Tovar spoke. During an ABC News interview, Mr. Tovar questioned why the levy was needed. "
                   "Tovar said in a CBS interview that the levy was unfair.") == [
        ("why the levy was needed", "Ivo Tovar", "ABC News"), ("the levy was unfair", "Ivo Tovar", "CBS")]
    assert relayed("Councillor Ivo Tovar spoke. Tovar said at a Fox News town hall that the levy was unfair.") == [
        ("the levy was unfair", "Ivo Tovar", None)]


def test_an_outlets_journalist_or_show_told_relays_the_words():
    assert relayed("Councillor Ivo Tovar spoke. Tovar told a Politico reporter that the tunnel had been a mistake.") == [
        ("the tunnel had been a mistake", "Ivo Tovar", "Politico")]
    assert relayed("Councillor Ivo Tovar spoke. Tovar told Gail Ren of Fox News that the tunnel had been a mistake.") == [
        ("the tunnel had been a mistake", "Ivo Tovar", "Fox News")]
    assert relayed('Councillor Ivo Tovar spoke. "The tunnel was a mistake," Tovar told The Atlantic\'s Jeffrey Olin.') == [
        ("The tunnel was a mistake,", "Ivo Tovar", "The Atlantic")]


def test_a_participle_after_the_report_keeps_the_outlet_it_names():
    assert relayed("Donald Vance, who leads the ferry union, has attacked the board, telling ABC's This Week that there is "
                   "a strange deal going on with the fares.")[-1] == (
        "there is a strange deal going on with the fares", "Donald Vance", "ABC")


def test_a_speaker_reached_by_an_outlet_or_speaking_to_one_is_relayed_through_it():
    assert relayed("Reached by Politico, the ferry captain Ann Vik denied that the ferry was late.") == [
        ("the ferry was late", "Ann Vik", "Politico")]
    assert relayed('Another harbour official speaking to Fox News said, "The ferry is late every week."') == [
        ("The ferry is late every week.", "Another harbour official", "Fox News")]


def test_an_outlet_that_speaks_in_a_headline_or_by_its_short_name_is_the_outlet_relaying():
    story = ("Harbour Gazette: Ferry Fares Are Too High\n\n"
             "The ferry board met on Monday. The Washington Post reported the board would raise fares.\n\n"
             'The Post answered in a sharper editorial, headlined "The ferry board has lost its way."\n')
    assert [(e.quote, e.reported_by) for e in extract(story)] == [
        ("Ferry Fares Are Too High", "Harbour Gazette"), ("the board would raise fares", "Washington Post"),
        ("The ferry board has lost its way.", "Washington Post")]


def test_a_person_whose_surname_is_an_outlets_name_relays_nothing():
    assert relayed("Mayor Lou Reuters met the board. Reuters said the casinos would close.") == [
        ("the casinos would close", "Lou Reuters", None)]
