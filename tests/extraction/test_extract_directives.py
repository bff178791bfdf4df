"""What a speaker calls on others to do, or vows to do: the infinitive and everything it holds."""

from attribution.extraction import extract


def reports(text):
    return [(item.kind, item.speaker.name, item.cue, item.quote) for item in extract(text)]


def test_a_that_inside_what_a_speaker_vows_to_do_opens_no_clause_of_its_own():
    assert reports("Governor Mark Hill vowed to veto any bill that raises the fuel tax.") == [
        ("belief", "Mark Hill", "vowed", "to veto any bill that raises the fuel tax")
    ]


def test_a_hearer_after_to_still_leads_to_the_that_clause():
    assert reports("Governor Mark Hill said to reporters that the bill was dead.") == [
        ("indirect", "Mark Hill", "said", "the bill was dead")
    ]


def test_calling_on_someone_to_act_is_an_intention_of_the_caller():
    assert reports("Mayor Ana Lopez called on the council to approve the budget by Friday.") == [
        ("belief", "Ana Lopez", "called on", "the council to approve the budget by Friday")
    ]
    assert reports("Mayor Ana Lopez called on voters to reject the plan.") == [
        ("belief", "Ana Lopez", "called on", "voters to reject the plan")
    ]


def test_on_and_a_day_after_the_verb_is_when_not_what():
    assert reports("Mayor Ana Lopez commented on Tuesday that the plan was dead.") == [
        ("indirect", "Ana Lopez", "commented", "the plan was dead")
    ]
