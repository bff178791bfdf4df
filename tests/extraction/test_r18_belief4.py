"""Round 18 (belief4): where the object of a belief or a stance ends. It runs on over ", including ..." and "because of ...";
it stops before the occasion it was spoken on ("during a debate", "in an interview"), before a past verb of the
subject's own ("and praised the sponsors", "hijacked the website"), and leaves a relative clause its preposition
("the raids in which ..."). Every sentence and name is written for the tests."""

from attribution.extraction import extract


def contents(text: str) -> dict[str, str]:
    return {e.cue: e.quote for e in extract(text)}


def test_an_object_runs_on_over_the_examples_it_includes():
    assert contents("The governor opposes all forms of gambling, including the lottery.")["opposes"] == "all forms of gambling, including the lottery"
    found = contents("Mayor Idris Tolland wants to cancel the council's new fees, including the levy on boats, and said so on Monday.")
    assert found["wants"] == "to cancel the council's new fees, including the levy on boats"
    # examples that name the subject's own people stay out of the object
    found = contents("Most of the county's leaders had endorsed the sheriff's bid, including Judge Ann Kiel and Councilman Tom Ruiz.")
    assert found["endorsed"] == "the sheriff's bid"


def test_a_reason_given_with_because_of_belongs_to_the_object():
    found = contents("Ms. Arden questioned the senator's fitness for office because of his age.")
    assert found["questioned"] == "the senator's fitness for office because of his age"


def test_the_occasion_a_stance_was_spoken_on_is_no_part_of_its_object():
    assert contents("Senator Ada Pruitt criticized Governor Holm during a debate on Tuesday.")["criticized"] == "Governor Holm"
    assert contents("Pastor Lem Okafor endorsed Ms. Brandt in an interview with local radio.")["endorsed"] == "Ms. Brandt"
    # an aim keeps its place, and an act someone is accused of keeps where it happened
    assert contents("Ms. Pruitt plans to speak at a rally in Dover.")["plans"] == "to speak at a rally in Dover"
    found = contents("Reporter Jo Maddern accused the aide of shoving her at a news conference in Tulsa.")
    assert found["accused"] == "the aide of shoving her at a news conference in Tulsa"


def test_a_relative_clause_keeps_its_preposition():
    found = contents("The council condemned the raids in which nine people were held.")
    assert found["condemned"] == "the raids"


def test_a_past_verb_with_its_own_object_after_and_or_but_is_the_subjects_next_act():
    found = contents("Senator Voss condemned the bill's passage but praised the two sponsors.")
    assert found["condemned"] == "the bill's passage"
    found = contents("The governor vowed to keep the clinic open and celebrated the ruling on Monday.")
    assert found["vowed"] == "to keep the clinic open"
    # a past form that describes the object's noun stays in it
    assert contents("Ann Lee opposes the plan and related measures.")["opposes"] == "the plan and related measures"


def test_a_past_verb_after_the_object_of_a_participle_describing_the_subject_is_the_subjects_own():
    found = contents("Hackers backing President Omar Deval hijacked the agency's website.")
    assert found["backing"] == "President Omar Deval"
    found = contents("Groups backing a plan passed by the council held a rally.")
    assert found["backing"].startswith("a plan passed by the council")
