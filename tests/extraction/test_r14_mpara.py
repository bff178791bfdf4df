"""Round 14 (mpara): quotations over several paragraphs, and quotation paragraphs with no cue of their own. Every
sentence and name is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_paragraphs_that_go_on_with_a_tweet_without_reopening_it_are_the_speakers_until_the_mark_that_closes_it():
    text = (HEAD + "Ann Quill, the county treasurer, spoke after the vote.\n\n"
            "Quill tweeted Saturday: \"I fired the clerk today because he lied to the board.\n\n"
            "It is a shame it came to this. His work was good.\n\n"
            "There was nothing to hide!\"\n\n"
            "The board met on Monday and named a new clerk.")
    assert found(text) == [
        ("direct", "I fired the clerk today because he lied to the board.", "Ann Quill"),
        ("direct", "It is a shame it came to this. His work was good.", "Ann Quill"),
        ("direct", "There was nothing to hide!", "Ann Quill"),
    ]
    # no mark closing the quotation a few paragraphs on: the opening mark was stray, the paragraphs are the writer's
    assert not any(quote.startswith("It is a shame") for _, quote, _ in found(text.replace("hide!\"", "hide! The \"new\" clerk")))
    # a name (and a role) closing the quotation under its words credits them: it is no more of them
    pull_quote = (HEAD + "\"We will fix it,\" Ann Quill said on Monday.\n\n"
                  "\"The board never read the audit, and the voters paid for it.\n"
                  "Tom Rell, deputy treasurer.\"\n\n"
                  "The board met on Monday.")
    assert not any(quote.startswith("Tom Rell") for _, quote, _ in found(pull_quote))


def test_a_quotation_paragraph_that_closes_a_nested_quotation_with_its_own_is_one_quotation():
    text = (HEAD + "Ann Quill pointed out in a post on Tuesday night.\n\n"
            "\u201cMayor Tom Rell, who is fuming about my trip here, had asked me to come back when he said sorry for the \u201cbig word.\u201d\u201d\n\n"
            "The board met on Monday.")
    assert ("direct", "Mayor Tom Rell, who is fuming about my trip here, had asked me to come back when he said sorry for the \u201cbig word.\u201d",
            "Ann Quill") in found(text)


def test_a_quotation_paragraph_goes_on_with_the_one_person_the_paragraph_before_ended_quoting():
    text = (HEAD + "Ann Quill, the county treasurer, spoke after the vote.\n\n"
            "Then there was Sen. Tom Rell's reply. He sharply accused Quill of running \"a secret payroll\" for years.\n\n"
            "\"This is about more than the clerk. This is about every worker who was cheated by the office.\"")
    assert ("direct", "This is about more than the clerk. This is about every worker who was cheated by the office.", "Tom Rell") in found(text)
    # not when the writer goes on past the quoted words
    writer_goes_on = (HEAD + "Mayor Tom Rell hailed the merger as a \u201cnew dawn.\u201d The merger is costly. It breaks the charter.\n\n"
                      "\u201cHome rule\u201d (local power) is forbidden by the charter.")
    assert not any(quote == "Home rule" and speaker for _, quote, speaker in found(writer_goes_on))


def test_a_quoted_complement_with_no_cue_is_the_speakers_of_the_sentence_right_after_it():
    text = HEAD + "The remark was \"a new low for the county.\" It was \"a disgrace to every voter,\" Ivo Lee said."
    assert ("partial", "a new low for the county.", "Ivo Lee") in found(text)
    # not across a sentence of the writer's
    assert not any(quote.startswith("a new low") for _, quote, _ in found(
        HEAD + "The remark was \"a new low for the county.\" The board met on Monday. \"It was a disgrace,\" Ivo Lee said."))


def test_a_quotation_paragraph_with_no_cue_is_the_persons_the_one_sentence_paragraph_before_names_alone():
    text = (HEAD + "Ann Quill weighed in on Sunday, in a tweet.\n\n"
            "\"The mayor invited me too when he came to the fair.\"")
    assert found(text) == [("direct", "The mayor invited me too when he came to the fair.", "Ann Quill")]
    # not when the paragraph before names someone else too
    assert found(text.replace("in a tweet", "after Tom Rell spoke")) == []


def test_a_statement_phrase_with_an_adjective_before_its_noun_introduces_the_paragraph_after_its_colon():
    text = (HEAD + "The county party issued a brief statement shortly after the mayor's speech:\n\n"
            "\u201cFees on every road. No plan for the bridge.\u201d")
    assert found(text) == [("direct", "Fees on every road. No plan for the bridge.", "the county party")]
