"""Round 14 (basil), speakers BASIL showed wrong: a sentence's subject that a capitalised word opens, then a lower-case role after a modifier or
two, then the name ("Republican presidential candidate Ann Lee ..., writing"): the name speaks, not the opening
word; a party-and-state tag before a "who" clause ("Sen. Ann Lee, R-Utah, who ..., said"): the name before it speaks.
Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_a_party_and_a_modified_role_before_the_name_leave_the_name_as_the_speaker_of_a_participle():
    assert found(HEAD + 'Republican presidential candidate Nell Ashby quickly took to Twitter, writing: "Another grim day for the harbour."') == [
        ("direct", "Another grim day for the harbour.", "Nell Ashby")]
    assert [speaker for _kind, _quote, speaker in found(
        HEAD + 'Democratic vice presidential nominee Corin Vale toured the mill, saying the closure was "a disgrace."')] == ["Corin Vale", "Corin Vale"]


def test_a_capitalised_former_before_a_modified_role_leaves_the_name_as_the_speaker():
    assert found(HEAD + 'Former state senator Nell Ashby took to Twitter, writing: "The ferry must run."') == [
        ("direct", "The ferry must run.", "Nell Ashby")]



def test_a_party_and_state_tag_before_a_who_clause_leaves_the_name_before_it_as_the_speaker():
    assert [speaker for _kind, _quote, speaker in found(
        HEAD + 'Sen. Corin Vale, R-Utah, whose views on the mill have shifted, said the plan was "a fair offer."')] == ["Corin Vale", "Corin Vale"]
    assert ("indirect", 'the toll was "a tax on workers."', "Nell Ashby") in found(
        HEAD + 'Rep. Nell Ashby, D-N.Y., who opposes the bridge, said the toll was "a tax on workers."')
