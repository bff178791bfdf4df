"""Round 12 (rec-speech): plain reported speech the tags missed. Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_an_aside_tag_after_quoted_words_of_the_writers_clause_reports_the_whole_clause():
    assert found(HEAD + 'Mayor Ann Vale spoke on Monday. Voters who spend hours "reading certain blogs," she said, end up angrier than those who do not.') == [
        ("indirect", 'Voters who spend hours "reading certain blogs," she said, end up angrier than those who do not', "Ann Vale")]
    assert found(HEAD + 'Despite his "brash online manner," lawyer Rosa Quill wrote, her client is a devoted father.') == [
        ("indirect", 'Despite his "brash online manner," lawyer Rosa Quill wrote, her client is a devoted father', "Rosa Quill")]


def test_a_tag_after_a_quotation_of_its_own_or_before_and_still_ends_the_report():
    assert found(HEAD + 'When a man in the crowd shouted, "Vale," Mayor Ann Vale said, again smiling, "Thank you!"') == [
        ("direct", "Vale,", "a man in the crowd"), ("partial", "Thank you!", "Ann Vale")]
    assert found(HEAD + 'Dorn was known for his "bold bets," Mayor Ann Vale said, and he made many of them.') == [
        ("indirect", 'Dorn was known for his "bold bets,"', "Ann Vale"), ("partial", "bold bets,", "Ann Vale")]


def test_a_quoted_title_after_said_in_his_book_names_the_work_and_the_tag_reports_the_clause_before():
    assert found(HEAD + 'The war dampened plans to return home, Senator Tom Ray wrote in his 2009 memoir, "A Long Way Back."') == [
        ("indirect", "The war dampened plans to return home", "Tom Ray")]
    # words that are no title are what the book says
    assert found(HEAD + 'The war dampened plans to return home, Senator Tom Ray wrote in his 2009 memoir, "we never went back."') == [
        ("partial", "we never went back.", "Tom Ray")]


def test_a_second_verb_after_but_and_a_phrase_of_when_or_where_is_the_first_subjects():
    assert found(HEAD + "The clerk first said he did not recall the deletions, but in a follow-up call said he had deleted the archive.") == [
        ("indirect", "he did not recall the deletions", "the clerk"), ("indirect", "he had deleted the archive", "the clerk")]
    assert found(HEAD + "Mayor Ann Vale opposed the levy, but at a rally on Friday said she would sign it.") == [
        ("belief", "the levy", "Ann Vale"), ("indirect", "she would sign it", "Ann Vale")]
    # a phrase that ends on no occasion leaves the words after it to a subject of their own, never to the mayor
    assert ("indirect", "they wanted it", "Ann Vale") not in found(HEAD + "Mayor Ann Vale opposed the levy, but in the end voters said they wanted it.")


def test_words_with_no_verb_after_a_tag_that_closes_a_quotation_are_whom_or_when_it_was_said_to():
    assert found(HEAD + '"We stand with you," Mayor Tom Ray told the families of the victims.') == [("direct", "We stand with you,", "Tom Ray")]
    assert found(HEAD + '"We stand with you," Mayor Tom Ray said onstage late Tuesday night.') == [("direct", "We stand with you,", "Tom Ray")]
    assert found(HEAD + '"We stand with you," Mayor Tom Ray said without further comment.') == [("direct", "We stand with you,", "Tom Ray")]
    # a clause after the tag is still what was said
    assert found(HEAD + '"We stand with you," Mayor Tom Ray told reporters that the town would rebuild.') == [
        ("direct", "We stand with you,", "Tom Ray"), ("indirect", "the town would rebuild", "Tom Ray")]
