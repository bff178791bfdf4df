"""Round 16 (recallq), quotations the extractor missed, each a general construction: a cue, then words of manner or a
clause of when, then the quotation ('concluded so gravely and simply, "..."', 'told the council in May, after the audit
came out, "..."'); a fragment in what a person named with an appositive or relative clause does ("Ann Lee, the mayor's aide,
tore into the board for acting as 'a cartel'"), not a fragment in a clause of its own or a thing's name after "his"; a
tag after a quotation that goes on with where or to whom it was said ('..., Lee proclaimed to a crowd at the fair.');
a paragraph ending with a colon after its subject's act ("Lee called them out for it:") before a paragraph of quotation;
a fragment in what "she" does after a short time with no comma ("In 2009 she campaigned for 'X'"); a
quotation opening a parenthesis with its own tag ('("This is an invasion," Lee wrote)').
Every sentence and name is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def attributions(text):
    return [(kind, quote, speaker) for kind, quote, speaker in found(HEAD + text)]


def test_words_of_manner_between_the_cue_and_the_quotation_leave_it_the_speakers():
    text = ('Mayor Odile Fenwright spoke last at the dedication. She concluded so gravely and simply, "We owe the river '
            'keepers more than a plaque on a bridge."')
    assert attributions(text) == [("direct", "We owe the river keepers more than a plaque on a bridge.", "Odile Fenwright")]


def test_a_clause_of_when_after_the_cue_leaves_the_quotation_the_speakers():
    text = ('Treasurer Amos Kettleby told the council in May, after the audit of the harbor fund came out, "No money '
            'left the account without two signatures."')
    assert attributions(text) == [("direct", "No money left the account without two signatures.", "Amos Kettleby")]


def test_a_fragment_after_a_named_subjects_appositive_is_the_subjects_not_a_things_name_after_his():
    text = ("Rhea Dunmore, once the senator's press aide, tore into Judge Omar Vell for behaving like "
            '"the sheriff and the hangman" in the zoning case.')
    assert attributions(text) == [("partial", "the sheriff and the hangman", "Rhea Dunmore")]
    text = ('Walt Ebberly, 52, drove up from Sandport on Friday with his "Lighthouse banner" in the back seat.')
    assert attributions(text) == []


def test_a_fragment_after_a_named_subjects_relative_clause_is_the_subjects_not_one_in_a_clause_of_its_own():
    text = ("In the radio spot, Councilman Tobias Grell, who has sat on the board since the flood, paints the developer as "
            'a stranger to the town who would "pave over" the marsh.')
    assert attributions(text) == [("partial", "pave over", "Tobias Grell")]
    text = ("Dario Pemberton, a retired ferry captain, saw no harm in the charge that the harbor board "
            '"cheated" on the dredging costs.')
    assert attributions(text) == []


def test_a_tag_that_goes_on_with_where_it_was_said_closes_the_report_before_it():
    text = ('Ferries are "the lifeline of the islands" and "older than the pier," Marta Quillon, the former harbor master '
            "of Sandport, declared to a packed tent at the county fair on Sunday.")
    assert attributions(text) == [
        ("indirect", 'Ferries are "the lifeline of the islands" and "older than the pier,"', "Marta Quillon"),
        ("partial", "the lifeline of the islands", "Marta Quillon"),
        ("partial", "older than the pier,", "Marta Quillon"),
    ]


def test_a_paragraph_ending_with_its_subjects_act_and_a_colon_introduces_the_next_quotation():
    text = ("When the panel turned snide, Senator Lyle Barrowman called them out for it:\n\n"
            '"The questions asked tonight show why voters stopped trusting the panel."')
    assert attributions(text) == [("direct", "The questions asked tonight show why voters stopped trusting the panel.", "Lyle Barrowman")]
    text = ("Partial transcript as follows:\n\n"
            '"We went to the diner and we met the owners, who were lovely people."\n\n'
            "See the results here:\n\n"
            '"Polls close at eight and the count begins right after that."')
    assert all(speaker is None for _kind, _quote, speaker in attributions(text))


def test_a_body_describing_itself_before_a_colon_speaks_the_next_quotation():
    text = ("The Hollis River Trust describes its work thus:\n\n"
            '"Wherever we open a branch, we hope to be needed a little less each year."')
    assert attributions(text)[-1] == ("direct", "Wherever we open a branch, we hope to be needed a little less each year.", "Hollis River Trust")



def test_a_quotation_opening_a_parenthesis_with_its_own_tag_is_the_taggers():
    text = ('The council split between the cautious ("We cannot spend what we do not have," Dana Crowe wrote in '
            "The Harbor Ledger on Monday) and the bold.")
    assert attributions(text) == [("direct", "We cannot spend what we do not have,", "Dana Crowe")]


def test_a_fragment_after_a_time_and_a_pronoun_without_a_comma_is_the_subjects():
    text = 'Mrs. Elna Drabble kept a busy pace into old age. In 2009 she campaigned for "longer school days" across the county.'
    assert attributions(text) == [("partial", "longer school days", "Elna Drabble")]
