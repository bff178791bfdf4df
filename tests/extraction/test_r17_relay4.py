"""Round 17 (relay4): the outlet chain's rules of the round (invented sentences and outlets); the third sample's
bench tests sit beside the first two samples' in test_r15_relay_bench.py."""

from attribution.extraction import extract


def outlets_of(text):
    """(quote, reported_by) of every attribution, in order."""
    return [(e.quote, e.reported_by) for e in extract(text)]


HEADLINE = "Harbour levy grows.\n\n"


def test_an_outlet_whose_name_ends_in_a_time_word_speaks_itself():
    text = HEADLINE + "USA TODAY reported last month that the harbour levy had paid for forty trips abroad.\n"
    assert outlets_of(text) == [("the harbour levy had paid for forty trips abroad", "USA TODAY")]


def test_a_show_named_after_a_day_and_its_comma_relays_the_sentence_speaker():
    text = HEADLINE + ('Sunday, on CNN\'s "Weekend Desk," while commenting on the storm damage along the coast, '
                       "Governor Ann Brill said the state would rebuild the pier.\n")
    assert outlets_of(text) == [("the state would rebuild the pier", "CNN")]
    elsewhere = HEADLINE + "Sunday, on the ferry to Harlow, Governor Ann Brill said the state would rebuild the pier.\n"
    assert outlets_of(elsewhere) == [("the state would rebuild the pier", None)]


def test_a_participle_after_a_clause_set_on_a_show_is_heard_through_its_outlet():
    text = HEADLINE + 'Former mayor Tom Reed attacked the council on MSNBC\'s "Early Hour," calling it a "disgrace" to raise the levy.\n'
    assert ('it a "disgrace" to raise the levy', "MSNBC") in outlets_of(text)
    dated = HEADLINE + 'Former mayor Tom Reed attacked the council on Monday, calling it a "disgrace" to raise the levy.\n'
    assert ('it a "disgrace" to raise the levy', None) in outlets_of(dated)


def test_sources_who_spoke_to_an_outlet_reach_the_article_through_it():
    spoke = HEADLINE + ("The council raised the levy in secret, according to three council aides who spoke to Fox News "
                        "on condition that their names be withheld.\n")
    assert outlets_of(spoke) == [("The council raised the levy in secret", "Fox News")]
    told = HEADLINE + "The council raised the levy in secret, according to two aides who told CNN they feared for their jobs.\n"
    assert outlets_of(told)[0] == ("The council raised the levy in secret", "CNN")


def test_an_op_ed_in_an_outlet_the_list_lacks_is_relayed_by_it():
    text = HEADLINE + "Tom Reed wrote in a Harlow Ledger op-ed that he had drafted the mayor's speech.\n"
    assert outlets_of(text) == [("he had drafted the mayor's speech", "Harlow Ledger")]
    body = HEADLINE + "Tom Reed wrote in a Harlow Council statement that he had drafted the mayor's speech.\n"
    assert outlets_of(body) == [("he had drafted the mayor's speech", None)]


def test_an_interview_made_for_an_outlets_podcast_is_heard_through_the_outlet():
    text = HEADLINE + '"The pier was never my priority," Reed admitted during an interview for CNN\'s weekly podcast.\n'
    assert outlets_of(text) == [("The pier was never my priority,", "CNN")]
    body = HEADLINE + "Reed said in a statement for the Harlow Council that the levy would stay.\n"
    assert outlets_of(body) == [("the levy would stay", None)]


def test_words_noted_in_a_publication_are_relayed_by_it():
    text = HEADLINE + "The pier is crumbling, as Tom Reed noted in The Intercept.\n"
    assert outlets_of(text) == [("The pier is crumbling", "The Intercept")]


def test_an_outlet_named_by_its_short_name_relays_the_report_inside_its_own():
    text = HEADLINE + ("The Washington Post reported on Monday that the mayor had hired a consultant. "
                       "The Post reported that Reed said he was leaving the council.\n")
    assert ("he was leaving the council", "Washington Post") in outlets_of(text)


def test_a_document_seen_by_an_outlet_named_by_its_short_name_is_relayed_by_it():
    text = HEADLINE + ("The Washington Post reported on Monday that the mayor had hired a consultant. "
                       "The council ignored the warnings, according to the draft memo reviewed by The Post.\n")
    assert ("The council ignored the warnings", "Washington Post") in outlets_of(text)


def test_a_clause_after_an_outlets_report_is_not_relayed_by_that_outlet():
    text = HEADLINE + 'The Harlow Ledger pegged his fortune at $2 billion, which Reed called "a disgrace."\n'
    assert outlets_of(text) == [("his fortune at $2 billion", "The Harlow Ledger"), ("a disgrace.", None)]
    rivals = HEADLINE + ("The Harlow Ledger lists the brothers with $4 million each, while the Dunmore Gazette lists them "
                         "as the richest men in the county with $5 million each.\n")
    assert outlets_of(rivals)[1] == ("them as the richest men in the county with $5 million each", "Dunmore Gazette")
    inside = HEADLINE + "The Harlow Ledger reported that the mayor, who told aides he was tired, would resign.\n"
    assert {outlet for _quote, outlet in outlets_of(inside)} == {"The Harlow Ledger"}


def test_an_interview_intro_closed_inside_a_shows_title_relays_the_speaker():
    text = HEADLINE + 'In an interview with NBC News for "Harbour Watch," Tom Reed stated that he had access to the council\'s server.\n'
    assert outlets_of(text) == [("he had access to the council's server", "NBC News")]
    long_intro = HEADLINE + ('During an interview with NBC News Chief Harbour Affairs Correspondent Ann Lee for "Harbour Watch" broadcast '
                             'on Wednesday\'s "MSNBC Live," Tom Reed stated that he had access to the council\'s server.\n')
    assert outlets_of(long_intro) == [("he had access to the council's server", "NBC News")]
