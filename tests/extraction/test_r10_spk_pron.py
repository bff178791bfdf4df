from attribution.extraction import extract


def _speaker_of(text, fragment):
    for record in extract(text):
        if fragment in record.quote:
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
    assert _speaker_of(DEBATE, "the remark had shown the crowd") == "Dorothy Vance"

