"""Round 12: speakers that were a clause fragment, the object of the verb or a phrase of the content."""
from attribution.extraction import extract


def _speakers(text):
    return [(e.speaker.name if e.speaker else None, e.quote) for e in extract(text)]


def test_the_people_a_clause_ends_on_are_those_its_who_describes():
    found = _speakers("The main obstacle has been young voters, who rejected the plan outright.")
    assert ("young voters", "the plan outright") in found


def test_a_host_named_after_by_is_the_one_who_describes():
    mentions = [(e.speaker_mention, e.quote) for e in extract("Dana Holt was asked by host Sam Ruiz, who is backing Holt, about the levy.")]
    assert ("host Sam Ruiz", "Holt") in mentions


def test_the_one_who_calls_a_thing_a_name_is_named_after_by():
    found = _speakers("The county, called the \u201cHeart of the Valley\u201d by residents, leans Republican.")
    assert ("residents", "Heart of the Valley") in found


def test_the_auxiliary_of_a_question_is_no_part_of_its_subject():
    found = _speakers("Why would any sensible voter believe the mayor would keep his word?")
    assert ("any sensible voter", "the mayor would keep his word") in found


def test_a_question_about_a_named_person_names_only_the_person():
    found = _speakers("Does Dana Holt, like her rival, oppose the levy?")
    assert ("Dana Holt", "the levy") in found


def test_a_given_name_like_an_auxiliary_stays_part_of_the_name():
    assert ("Will Doyle", "the levy would pass") in _speakers("Will Doyle said the levy would pass.")


def test_the_people_a_report_cheered_are_the_ones_hoping():
    found = _speakers("The strong jobs report cheered Democrats hoping to keep the Senate next year.")
    assert ("Democrats", "to keep the Senate next year") in found


def test_the_people_an_ad_features_are_the_ones_talking():
    found = _speakers("The ad features three farmers talking about their land.")
    assert ("three farmers", "their land") in found


def test_a_candidate_heard_promising_is_the_one_promising():
    found = _speakers("Instead, it was hearing a leading candidate admitting how much they had lost.")
    assert ("a leading candidate", "how much they had lost") in found


def test_supporters_emailed_are_not_the_ones_saying():
    found = _speakers("The senator emailed supporters saying the vote was rigged.")
    assert ("the senator", "the vote was rigged") in found


def test_one_who_left_a_meeting_saying_something_said_it():
    found = _speakers("The mayor left the meeting saying she was disappointed.")
    assert ("the mayor", "she was disappointed") in found


def test_a_second_verb_after_a_quantified_object_has_the_first_verbs_subject():
    found = _speakers("The council rejected both appeals, ruled the mayor eligible and ordered a recount.")
    assert ("the council", "the mayor eligible and ordered a recount") in found


def test_a_name_after_a_noun_inside_a_clause_is_the_subject_of_its_relative():
    mentions = [(e.speaker_mention, e.quote) for e in extract("Those are topics Dana Holt actually wants to talk about.")]
    assert ("Dana Holt", "to talk about") in mentions


def test_people_set_off_by_an_including_aside_are_the_ones_wondering():
    found = _speakers("The vote has left many farmers, including his allies, wondering what he really wants.")
    assert ("many farmers", "what he really wants") in found


def test_the_second_of_two_participles_after_an_object_is_the_objects_too():
    found = _speakers("The ad features two nurses with long careers speaking in Spanish and talking about their families.")
    assert ("two nurses with long careers", "their families") in found


def test_the_mayor_heard_saying_something_said_it():
    found = _speakers("We heard the mayor say the plan would fail.")
    assert ("the mayor", "the plan would fail") in found


def test_agents_who_cannot_hear_diggers_are_the_ones_who_do_not_know():
    found = _speakers("Agents cannot hear smugglers tunnelling and do not know how many tunnels exist.")
    assert all(speaker != "smugglers" for speaker, _quote in found)


def test_a_hyphenated_plural_of_people_is_a_group_not_a_person():
    found = [(e.speaker.kind, e.quote) for e in extract("The ad features five Cuban-Americans talking about their families.")]
    assert ("unnamed", "their families") in found
