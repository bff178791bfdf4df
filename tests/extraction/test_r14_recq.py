"""Round 14 (recq): quoted relations missed. Every sentence and name is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_a_quotation_spread_over_paragraphs_keeps_its_opening_mark_when_a_paragraph_nests_a_pair_inside():
    text = (HEAD + "Dr. Nora Pell stated:\n\n"
            "\"The water board is no longer about \u201cclean taps\u201d at all. It is about the bond market.\n\n"
            "\"The newest case is the fee on the \u201crain barrel,\u201d which falls on every tenant.\n\n"
            "\"The board should answer to the towns. I will take that fight to the capital.\"")
    assert found(text) == [
        ("direct", "The water board is no longer about \u201cclean taps\u201d at all. It is about the bond market.", "Nora Pell"),
        ("direct", "The newest case is the fee on the \u201crain barrel,\u201d which falls on every tenant.", "Nora Pell"),
        ("direct", "The board should answer to the towns. I will take that fight to the capital.", "Nora Pell"),
    ]
    # a nested pair that ends the paragraph closes the quotation: the first mark was stray
    assert ("direct", "we will sell the ferry.", "Otto Brandt") in found(
        HEAD + "Otto Brandt spoke to the harbor council on Monday.\n\n"
        "\"Without a grant from the state, he added, \"we will sell the ferry.\"")
    # so is a pair that a tag's comma opens: the writer's sentence around it is no quotation
    assert not any(quote.startswith("Otto Brandt") for _, quote, _ in found(
        HEAD + "\"Otto Brandt tried to shrug it off by saying, \u201cOnly on Sundays.\u201d But the council pressed on."))


def test_fumed_groused_grumbled_and_intimated_report_what_was_said():
    assert found(HEAD + "\"They could have picked the one bill with support on both sides,\" Senator Ruth Alder fumed on Friday.") == [
        ("direct", "They could have picked the one bill with support on both sides,", "Ruth Alder")]
    assert ("indirect", "the county never paid its share of the bridge", "Ivo Marsh") in found(
        HEAD + "Mayor Ivo Marsh groused to a crowd in Dayton that the county never paid its share of the bridge.")
    assert ("indirect", "the new rules would cost them the season", "Several growers") in found(
        HEAD + "Several growers grumbled that the new rules would cost them the season.")
    assert ("indirect", "the levy is the main draw for young voters", "Lena Ford") in found(
        HEAD + "Councilwoman Lena Ford has intimated that the levy is the main draw for young voters.")


def test_a_participle_remarking_that_reports_the_clause_after_it():
    assert ("indirect", "the shutdown showed the need to scrap the contract", "Paul Dean") in found(
        HEAD + "Governor Paul Dean warned that the strike could spread, remarking that the shutdown showed the need to scrap the contract.")


def test_what_the_subject_used_to_or_likes_to_say_is_theirs():
    assert ("indirect", "the mill would outlast them all", "Hal Brix") in found(
        HEAD + "Hal Brix, the foreman, used to boast that the mill would outlast them all.")
    assert ("indirect", "every vote is a loan", "Vera Cole") in found(HEAD + "Vera Cole likes to say that every vote is a loan.")
    assert ("direct", "The harbor as we know it is finished.", "Tom Reyes") in found(
        HEAD + "The columnist Tom Reyes went so far as to say: \"The harbor as we know it is finished.\"")


def test_a_tag_after_a_quotation_the_writer_opened_credits_it_though_the_sentence_goes_on():
    assert ("partial", "matter of how one wins five votes on a split bench is still open,", "Bo Reyes") in found(
        HEAD + "The \"matter of how one wins five votes on a split bench is still open,\" Bo Reyes, a law professor, wrote last week after the ruling.")
    assert ("partial", "from where he sits,", "Ida Lund") in found(
        HEAD + "Ida Lund spoke to the board. The sheriff cannot claim that \u201cfrom where he sits,\u201d Lund added, saying the call belongs to the county.")
    # a quotation after the tag goes on with the same words: the tag still introduces it
    assert any("and I hope we can settle it soon." in quote and speaker == "Ida Lund" for _, quote, speaker in found(
        HEAD + "Ida Lund spoke to the board. The \"anger is like nothing I have seen,\" Lund told the board after the vote, \"and I hope we can settle it soon.\""))
