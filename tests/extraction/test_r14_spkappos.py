"""Round 14 (spkappos): speakers around appositions and descriptions. Every sentence and name is written for the tests."""

from attribution.extraction import extract

from .helpers import found, only

HEAD = "A headline for the story\n\n"


def test_a_name_before_two_coordinated_descriptions_and_a_who_clause_speaks():
    for sentence in (
            "Ada Rennick, once a treasurer and today a scholar who studies budgets, said the county was broke.",
            "Ada Rennick, a former treasurer and a scholar who studies budgets, said the county was broke."):
        assert found(HEAD + sentence) == [("indirect", "the county was broke", "Ada Rennick")]
    quote = only(HEAD + "Ada Rennick, once a treasurer and now a scholar who studies budgets, said the county was broke.")
    assert quote.speaker.role == "once a treasurer and now a scholar"
    # a group of people joined by "and" after a place is no one's description
    assert found(HEAD + "Across Marlow County, the farmers and the workers who lost jobs say the plant must reopen.") == [
        ("indirect", "the plant must reopen", "the workers")]


def test_a_role_owned_by_a_full_name_before_the_speakers_name_is_no_part_of_the_report():
    quote = only(HEAD + "The county is broke, Tomas Vell's spokesman, Ada Rennick, said.")
    assert (quote.quote, quote.speaker.name, quote.speaker.role) == ("The county is broke", "Ada Rennick", "Tomas Vell's spokesman")
    assert found(HEAD + '"The county is broke," Tomas Vell\'s spokesman, Ada Rennick, said.') == [
        ("direct", "The county is broke,", "Ada Rennick")]


def test_his_friend_paragraphs_after_someone_elses_named_friend_is_not_that_friend():
    text = HEAD + (
        "Oren Malk, 31, was a teacher in Dorrow. \"He loved his pupils,\" said his friend Ilan Sebbe.\n\n"
        "The flight also carried a pilot, a cook and a retired nurse from the coast who had planned the trip for a year "
        "with her two sisters and their husbands, the airline said on Friday.\n\n"
        "Search teams worked through the night in rough seas, and by morning the coast guard had found parts of a wing, "
        "two seats and a suitcase some forty miles from the shore, where the water is deep and cold even in summer.\n\n"
        "Petra Lund, 44, was a pianist who played in the orchestra of the port city for most of her career and taught "
        "children on weekends at a school she had founded with her late husband, according to the city hall.\n\n"
        "Lund was also headed to the capital for a concert, her friend said.")
    report = [e for e in extract(text) if e.quote.startswith("Lund was also headed")]
    assert [(e.speaker.name, e.speaker_mention) for e in report] == [("her friend", "her friend")]
    # a relative named close by is still the one "his brother" points to
    text = HEAD + ("Oren Malk, 31, was a teacher, his brother Ilan Malk told a local paper. "
                   "He had just moved to Dorrow, his brother added.")
    report = [e for e in extract(text) if e.quote.startswith("He had just moved")]
    assert [e.speaker.name for e in report] == ["Ilan Malk"]


def test_names_joined_by_and_speak_together_when_one_carries_an_apposition():
    assert found(HEAD + "Ada Rennick and Tomas Vell, a Marlow Democrat, argued that the county was broke.") == [
        ("indirect", "the county was broke", "Ada Rennick and Tomas Vell")]
    assert found(HEAD + "Ada Rennick, the treasurer, and Tomas Vell said the county was broke.") == [
        ("indirect", "the county was broke", "Ada Rennick and Tomas Vell")]
    assert found(HEAD + "Ada Rennick and Tomas Vell, who run the county, said the county was broke.") == [
        ("indirect", "the county was broke", "Ada Rennick and Tomas Vell")]


def test_according_to_a_description_then_a_name_gives_the_name():
    quote = only(HEAD + "The county is broke, according to a spokeswoman for the mayor, Ada Rennick.")
    assert (quote.quote, quote.speaker.name) == ("The county is broke", "Ada Rennick")
    assert found(HEAD + "According to Tomas Vell's spokeswoman, Ada Rennick, the county is broke.") == [
        ("indirect", "the county is broke", "Ada Rennick")]
    # a name that opens the sourced clause with its own apposition is no source
    assert found(HEAD + "According to a spokeswoman for the mayor, Ada Rennick, the treasurer, misled voters.") == [
        ("indirect", "Ada Rennick, the treasurer, misled voters", "a spokeswoman for the mayor")]


def test_names_a_description_lists_after_a_preposition_do_not_speak():
    for sentence in (
            "Ada Rennick, an adviser to Tomas Vell, Lena Orvik and Dan Holt, said the county was broke.",
            "Ada Rennick, a donor to Tomas Vell, Lena Orvik, Oren Malk and Dan Holt, told reporters the county was broke.",
            "Ada Rennick, Tomas Vell's former aide and now a lobbyist, said the county was broke."):
        assert found(HEAD + sentence) == [("indirect", "the county was broke", "Ada Rennick")]
    # an opening phrase's object is no description: the names after its comma speak together
    assert found(HEAD + "In a letter to Ann Lee, Tom Ray and Dan Holt said the plan failed.") == [
        ("indirect", "the plan failed", "Tom Ray and Dan Holt")]
