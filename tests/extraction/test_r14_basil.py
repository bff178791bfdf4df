"""Round 14 (basil): a sentence's subject that a capitalised word opens, then a lower-case role after a modifier or
two, then the name ("Republican presidential candidate Ann Lee ..., writing"): the name speaks, not the opening
word. Every sentence is written for the tests."""

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

