"""Round 16 (recallall): unquoted reports the extractor missed: a headline whose source is one person named by role,
and a short answer whose verb the question before it gave. Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"
BODY = "\n\nThe count went on late into the night in the harbor towns."


def test_a_headline_credits_its_claim_to_one_person_named_by_role_before_says():
    assert found("Former Harbor Pollster Says Vale Is In Trouble In Coastal Districts." + BODY) == [
        ("indirect", "Vale Is In Trouble In Coastal Districts", "Former Harbor Pollster")]
    assert found("Mayor's Son Says The Fight For The Port Will Be Long." + BODY) == [
        ("indirect", "The Fight For The Port Will Be Long", "Mayor's Son")]
    # a group, or a role with no person behind it, still speaks for nobody in a headline
    assert found("Officials Say Vale Is In Trouble In Coastal Districts." + BODY) == []
    assert found("Top Aide Says Vale Is In Trouble In Coastal Districts." + BODY) == []


def test_an_answer_that_leaves_its_verb_to_the_question_is_the_whole_claim():
    assert found(HEAD + "Council members are split on whether they would back the levy. Ann Whitcombe said she would.") == [
        ("indirect", "she would", "Ann Whitcombe")]
    assert found(HEAD + "It was unclear whether the bridge had passed its inspection. Tom Haldane said it had not.") == [
        ("indirect", "it had not", "Tom Haldane")]
    # two words that are no answer are not reported
    assert found(HEAD + "Ann Whitcombe said she never.") == []


def test_said_yes_closing_a_sentence_is_the_answer_to_the_question_before():
    assert found(HEAD + "Marta Velde polled the board on whether the school should stay open. Everyone but Kessler said yes.") == [
        ("indirect", "yes", "Everyone but Kessler")]
    # "yes" opening more words is not the answer alone
    assert found(HEAD + "Marta Velde said yes to the budget and no to the levy.") == []


def test_a_trailing_tag_closes_its_report_before_a_dash_that_goes_on_about_the_words():
    assert found(HEAD + "Such a retreat could cost the mayor her base, Vale's allies believe — voters she will need in the spring.") == [
        ("belief", "Such a retreat could cost the mayor her base", "Vale's allies")]
    assert found(HEAD + "The ferry will stop running by June, harbor officials said — a blow to the island's shops.") == [
        ("indirect", "The ferry will stop running by June", "harbor officials")]


def test_a_relative_clause_after_the_speaker_of_an_inverted_tag_describes_the_speaker():
    assert found(HEAD + "The ferry will stop running by June, said a port official who was not authorized to speak publicly.") == [
        ("indirect", "The ferry will stop running by June", "a port official")]
    assert found(HEAD + "Fares will rise in the fall, said a captain who has worked the route since 1998.") == [
        ("indirect", "Fares will rise in the fall", "a captain")]
