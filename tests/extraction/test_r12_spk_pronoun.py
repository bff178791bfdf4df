from attribution.extraction import extract


def _speaker_of(text, fragment):
    for record in extract(text):
        if record.quote.startswith(fragment):
            return record.speaker.name if record.speaker else None
    raise AssertionError(f"no record holds {fragment!r}")


def test_the_ones_who_called_her_to_say_it_speak_not_the_woman_they_called():
    text = ("Kim Osei said the party was losing members. She added that some Democrats have called her to say "
            "they will not vote for the nominee.\n")
    assert _speaker_of(text, "they will not vote") == "some Democrats"


def test_the_one_who_pleaded_with_them_to_reject_a_plan_holds_the_view_not_the_people_he_pleaded_with():
    text = ("Both parents spoke at the rally on Sunday. In a direct appeal to voters inclined to support the mayor, "
            "Mr. Holt pleaded with them to reject his brand of politics.\n")
    assert all(record.speaker.name == "Holt" for record in extract(text) if "brand of politics" in record.quote)
