from attribution.extraction import extract


def _speaker_of(text, fragment):
    for record in extract(text):
        if record.quote.startswith(fragment):
            return record.speaker.name if record.speaker else None
    raise AssertionError(f"no record holds {fragment!r}")


DEBATE = (
    "Mrs. Dorothy Vance was a fierce opponent of the measure. Ms. Helen Marsh was its leading advocate.\n\n"
    "When Ms. Marsh, during a debate in Ohio in 1975, said that she should be jailed, Mrs. Vance replied calmly "
    "that she was glad Ms. Marsh had said that because, she said, the remark had shown the crowd how "
    "''shrill, angry backers of the measure'' were.\n"
)


def test_a_she_said_aside_inside_a_reported_clause_is_the_one_who_replied():
    assert _speaker_of(DEBATE, "shrill, angry backers") == "Dorothy Vance"


def test_the_sentence_around_the_aside_is_credited_to_the_one_who_replied():
    assert _speaker_of(DEBATE, "When Ms. Marsh") == "Dorothy Vance"



def test_a_verb_that_takes_the_cue_as_its_infinitive_is_no_part_of_the_speakers_name():
    text = ("The station has a loyal audience in the valley. Its anchors don't hesitate to report "
            "''the levee is perfectly safe,'' as one of them did on Monday.\n")
    assert _speaker_of(text, "the levee is perfectly safe") == "Its anchors"


def test_at_least_after_a_body_is_no_part_of_its_name():
    text = "Critics wish the county board at least could have tried to tell them why the bridge was shut.\n"
    assert _speaker_of(text, "why the bridge was shut") == "the county board"


def test_seems_before_the_cues_to_is_no_part_of_the_speakers_name():
    text = "A close reading of the county's budget seems to show the shelter was never funded at all.\n"
    assert _speaker_of(text, "the shelter was never funded") == "a close reading of the county's budget"


AUDIT = (
    "Audit report: county misled on permits.\n\n"
    "Two years before the public learned of the dump, the county Department of Health gave an ''incomplete'' answer "
    "about the site when it told a local group that it had no records about the dump beyond its own files, "
    "according to an audit released Friday.\n"
)


def test_it_after_when_is_the_body_that_opens_the_main_clause_not_one_named_in_the_headline():
    assert _speaker_of(AUDIT, "it had no records") == "the county Department of Health"


def test_he_in_a_relative_clause_is_the_possessor_the_sentence_names_not_the_person_quoted_before():
    text = (
        "Senator Dan Whitcombe won the state by a wide margin. Former governor Robert Hale spoke at his rally.\n\n"
        "\"We need a fair deal,\" Hale said.\n\n"
        "Opposition to the pipeline was at the heart of Whitcombe's case against a system that he said has "
        "favored the largest firms over everyone else.\n"
    )
    assert _speaker_of(text, "that he said has favored") == "Dan Whitcombe"
