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
