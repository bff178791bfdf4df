"""Round 15 (recall without quotation marks): constructions the frames missed, each found in the misses of several
outlets. Every sentence and name is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_a_clause_after_spoke_about_or_talks_of_is_what_the_speaker_said():
    assert found(HEAD + "This spring Wes Marlow spoke about how the ferry crews had been cut without notice.") == [
        ("indirect", "how the ferry crews had been cut without notice", "Wes Marlow")]
    assert found(HEAD + "Ann Holt often talks of why she left the harbor board.") == [
        ("indirect", "why she left the harbor board", "Ann Holt")]
    assert found(HEAD + "As Wes Marlow spoke about whether the floods would reach the mill, the crowd fell silent.") == [
        ("indirect", "whether the floods would reach the mill", "Wes Marlow")]
    # speaking at an occasion reports nothing; the topic one spoke about is reported, as for "talked about" (round 19)
    assert found(HEAD + "Wes Marlow spoke about the ferry budget at the pier.") == [("indirect", "the ferry budget at the pier", "Wes Marlow")]
    assert found(HEAD + "Ann Holt spoke at the harbor fair on Sunday.") == []
    assert found(HEAD + "The talks about how to share the pier stalled in May.") == []


def test_a_trailing_tag_reports_a_clause_whose_verb_says_nothing():
    # "added" and "reported" with a plain object say nothing here, so they relay nothing: the tag reports the clause
    assert found(HEAD + "Cheap phones have added another stage to the rumor mill, Ann Holt noted.") == [
        ("indirect", "Cheap phones have added another stage to the rumor mill", "Ann Holt")]
    assert found(HEAD + "Orchard growers reported a smaller crop this year, the Valley Courier found.") == [
        ("indirect", "Orchard growers reported a smaller crop this year", "Valley Courier")]
    # after a quoted report the tag still relays it
    assert found(HEAD + 'Wes Marlow said "the pier is finished," the Valley Courier reported.') == [
        ("partial", "the pier is finished,", "Wes Marlow")]


def test_a_state_of_mind_after_a_linking_verb_is_a_belief():
    assert found(HEAD + "The orchard growers remain hopeful that the frost will spare the late crop.") == [
        ("belief", "the frost will spare the late crop", "the orchard growers")]
    assert found(HEAD + "Ann Holt was adamant that the ferry keep its winter schedule.") == [
        ("belief", "the ferry keep its winter schedule", "Ann Holt")]
    assert found(HEAD + "Wes Marlow is not sure he can back the harbor levy.") == [
        ("belief", "he can back the harbor levy", "Wes Marlow")]
    assert found(HEAD + "Ann Holt has been keenly aware that the vote hangs on two wards.") == [
        ("belief", "the vote hangs on two wards", "Ann Holt")]
    # "sure", "certain" and "aware" with no linking verb before them are no state of anyone's mind
    assert found(HEAD + "The board must make sure that the ferry runs, Wes Marlow said.") == [
        ("indirect", "The board must make sure that the ferry runs", "Wes Marlow")]
    assert found(HEAD + "Ann Holt wants a ferry pass for certain farm workers.") == [
        ("belief", "a ferry pass for certain farm workers", "Ann Holt")]


def test_they_is_never_a_group_listed_as_an_example_after_such_as():
    assert found(HEAD + "The senators held the floor for hours, drifting to such themes as old battles, rural authors and the "
                 "mayoral race. They said voters would regret the bill.") == [
        ("indirect", "voters would regret the bill", "senators")]
