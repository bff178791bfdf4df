"""Round 17, beliefs: naming someone is speech, and an object inside the subject phrase ends at the subject's verb."""

from .helpers import found


def test_calling_someone_a_name_is_speech_not_a_belief():
    assert found("In a radio interview, Mayor Ollie Brandt called the senator a windbag and a bully.") == [
        ("indirect", "the senator a windbag and a bully", "Ollie Brandt")]


def test_describing_a_meeting_is_speech_while_naming_oneself_and_calling_for_stay_beliefs():
    assert found("Senator Tova Lindqvist described the tense meeting with the governor in detail.") == [
        ("indirect", "the tense meeting with the governor in detail", "Tova Lindqvist")]
    assert found("Councilwoman Reva Ostrander calls herself a pragmatic conservative.")[0][0] == "belief"
    assert [kind for kind, _, _ in found("The governor has called for a recount, and Lena Marsh called on voters to stay calm.")] == ["belief", "belief"]


def test_the_object_of_a_participle_in_the_subject_ends_at_the_subjects_auxiliary():
    assert found("Nonetheless, Senate Democrats supporting the measure have said they expect enough votes to pass it.")[0] == (
        "belief", "the measure", "Senate Democrats")
    assert found("Two of the Democrats seeking a tax cut have released their fundraising totals.") == [
        ("belief", "a tax cut", "Democrats")]


def test_the_object_in_a_who_clause_ends_where_the_subject_speaks():
    assert found("Even Republicans who have praised his record warned on Tuesday that the party may split.") == [
        ("belief", "his record", "Republicans"), ("indirect", "the party may split", "Republicans")]
    assert found("Tamsin Kell, who declined to say which candidate she favors, runs a bakery in town.")[0][:2] == ("belief", "to say")


def test_an_adverb_before_the_subjects_verb_ends_the_object_of_its_who_clause():
    assert found("Voters who oppose the levy still care about the schools.") == [("belief", "the levy", "Voters")]
