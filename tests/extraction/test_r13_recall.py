"""Round 13 (recall): reports of speech the frames missed in some word order: a clause without "that" whose verb is an
irregular past or a plural's plain present, "states that" after its subject, a time narrowed by "just", "late" or
"early" between the cue and what it reports. Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_a_clause_without_that_whose_verb_is_an_irregular_past_is_reported():
    assert found(HEAD + "For example, Ann Holt notes the council hid four payments from a gravel firm.") == [
        ("indirect", "the council hid four payments from a gravel firm", "Ann Holt")]
    assert found(HEAD + "The port authority admitted it withheld the inspection reports.") == [
        ("indirect", "it withheld the inspection reports", "the port authority")]
    # a past spelt as its noun is no sign of a clause: what is announced stays a topic
    assert found(HEAD + "Mayor Ann Holt announced the cut in the ferry budget.") == []


def test_a_second_verb_after_an_irregular_past_has_the_first_ones_subject():
    assert found(HEAD + "Wes Marlow ran the county for years. On the radio, he spoke warmly of the old treaty and suggested the council "
                 "should sign it again.") == [("indirect", "the old treaty", "Wes Marlow"),  # (round 19: what he spoke of)
                                               ("indirect", "the council should sign it again", "Wes Marlow")]


def test_a_plural_subject_with_a_plain_present_verb_and_its_object_is_a_clause():
    assert found(HEAD + "The Harbor Ledger suggested the recent floods highlight the danger the old dam poses.") == [
        ("indirect", "the recent floods highlight the danger the old dam poses", "The Harbor Ledger")]
    # a plural noun with no verb after it is what is reported on, no clause
    assert found(HEAD + "The Harbor Ledger reported the results today.") == []


def test_states_that_after_a_subject_and_an_aside_is_the_verb_not_the_noun():
    assert found(HEAD + "In the memoir she wrote after leaving, Ann Holt — who guarded the gate for a decade — states that the post "
                 "was a punishment.") == [("indirect", "the post was a punishment", "Ann Holt")]
    # after a region or a number "states" is the noun, and the relative clause describes it
    assert found(HEAD + "In the memoir she wrote, the Rust Belt states that lost plants are a warning.") == []
    assert found(HEAD + "In the memoir she wrote, the 15 states that hold primaries matter most.") == []


def test_just_late_or_early_before_a_time_after_the_cue_is_no_part_of_what_is_reported():
    assert found(HEAD + "Ann Holt said late Monday that the port will close.") == [("indirect", "the port will close", "Ann Holt")]
    assert found(HEAD + "Ann Holt told reporters early Friday that the port will close.") == [("indirect", "the port will close", "Ann Holt")]
    assert found(HEAD + "As the Harbor Ledger reported just today, the mayor signed the levy.") == [
        ("indirect", "the mayor signed the levy", "Harbor Ledger")]


def test_a_list_ending_the_role_after_a_name_leaves_the_name_the_speaker_of_a_quotation():
    assert found(HEAD + "“The new plans will not end the backlog,” Ann Rich, head of the office for ports, roads, and bridges, "
                 "said on the call.") == [("direct", "The new plans will not end the backlog,", "Ann Rich")]
    assert found(HEAD + "“The plans will fail,” Ann Rich, secretary of health, schools and welfare, said on Monday.") == [
        ("direct", "The plans will fail,", "Ann Rich")]


def test_a_quotation_after_according_to_set_off_inside_a_clause_holds_the_clauses_verb():
    assert found(HEAD + "Across the coming decade, according to the harbor board, the rise in port fees ''is mostly due to the aging of the docks.''") == [
        ("indirect", "Across the coming decade, according to the harbor board, the rise in port fees ''is mostly due to the aging of the docks.''",
         "the harbor board"),
        ("partial", "is mostly due to the aging of the docks.", "the harbor board")]
    # a quotation before the source is tagged by it, as before
    assert found(HEAD + '"We will win the vote," according to Ann Holt, "and soon."') == [
        ("direct", "We will win the vote,", "Ann Holt"), ("partial", "and soon.", "Ann Holt")]


def test_a_quoted_title_in_title_case_is_part_of_the_source_after_according_to_and_no_quotation():
    assert found(HEAD + "According to Dan Vale's ''The Fixers: Ann Lee, Tom Ray and the Harbor Press Office'' and older papers, "
                 "her post was a catch-all job.") == [
        ("indirect", "her post was a catch-all job", "Dan Vale's \"The Fixers: Ann Lee, Tom Ray and the Harbor Press Office\" and older papers")]
    assert found(HEAD + 'One Sunday in 2001, according to the book "The Art of the Deal" by Dan Vale, Lee sat in her study and called the '
                 'directors.') == [
        ("indirect", 'One Sunday in 2001, according to the book "The Art of the Deal" by Dan Vale, Lee sat in her study and called the directors',
         'the book "The Art of the Deal" by Dan Vale')]
