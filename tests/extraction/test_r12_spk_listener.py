from attribution.extraction import extract


def _speaker_of(text, fragment):
    for record in extract(text):
        if record.quote.startswith(fragment):
            return record.speaker.name if record.speaker else None
    return "no record"


def test_he_who_told_the_senator_something_is_the_speaker_not_the_senator_he_told():
    text = ('Dan Rubino spoke in Toledo.\n\n"We need jobs," Rubino said.\n\n'
            "At a diner last month, Rubino supporter Ivan Kerr told the senator that he drove from Erie to ask him about visas. "
            "Rubino backed a bill this year that would raise the cap.\n\n"
            '"Workers here have been hurt by the plan," he told Rubino.\n')
    assert _speaker_of(text, "Workers here have been hurt") == "Ivan Kerr"


def test_she_who_asked_the_mayor_is_never_the_mayor_she_asked():
    text = ('Mayor Nina Castell opened the forum. "We will fix the roads," Castell said.\n\n'
            'Then one voter brought up rents. She asked Castell about the "rent freeze" and about the buses.\n')
    assert _speaker_of(text, "Castell about") in ("no record", None)
    assert _speaker_of(text, "rent freeze") in ("no record", None)


def test_a_name_opening_a_sentence_inside_a_quotation_is_not_who_he_means_after_it():
    text = ('Former Rep. Carl Denton backed Lena Marsh in the spring, he said on Friday.\n'
            '"Lena is my choice. Victor Albee lost me a long time ago," he said.\n')
    assert _speaker_of(text, "Lena is my choice") == "Carl Denton"


def test_the_board_of_elections_is_the_state_board_of_elections_named_before():
    text = ("The Ohio Board of Elections met on Monday to certify the count.\n\n"
            'Later, the board of elections said the count "was accurate."\n')
    assert _speaker_of(text, "the count") == "Ohio Board of Elections"


def test_the_council_is_the_city_council_named_before_with_its_abbreviated_saint():
    text = 'The St. Paul City Council met on Monday.\n\nThe council said the ban "is wrong."\n'
    assert _speaker_of(text, "is wrong") == "St. Paul City Council"


def test_the_party_is_no_small_party_named_in_passing():
    text = ("Protesters from the Green Future Party marched on Monday.\n\n"
            'Democratic leaders met later, and the party said it "will unite."\n')
    assert _speaker_of(text, "will unite") != "Green Future Party"


def test_she_in_a_sentence_opening_with_her_aide_by_name_is_the_woman_the_aide_works_for():
    text = ("Lena Marsh is running for governor. Marsh visited Dayton on Monday.\n\n"
            'Her chief policy aide, Jake Orton, describes her platform as a "road map" for how she plans to add jobs.\n')
    assert _speaker_of(text, "to add jobs") == "Lena Marsh"


def test_she_in_a_sentence_opening_with_her_aide_may_still_be_the_aide_known_to_be_a_woman():
    text = ("Tom Vance is running for governor. Vance visited Dayton on Monday.\n\n"
            'His chief policy aide, Mary Orton, said in March that she would "fix the roads first."\n')
    assert _speaker_of(text, "fix the roads") == "Mary Orton"


def test_it_after_a_letter_opening_the_sentence_before_is_the_letter_not_the_body_heard_before():
    text = ("The Harbor Trust said on Monday it would review its rules.\n\n"
            "A letter this month to the trust from its staff union reflected those worries. "
            '"Nobody knows where the managers are leading us," it added.\n')
    assert _speaker_of(text, "Nobody knows") == "A letter"
