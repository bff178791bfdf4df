"""Round 12, speaker tail: groups named in capitals, genders told by a surname alone, "someone" as a speaker,
groups joined by "and" in a reported clause, and "More from ...:" lines. Invented sentences and names."""

from attribution.extraction import extract


def speakers(text):
    return [(item.speaker.name if item.speaker else None, item.speaker_mention, item.quote) for item in extract(text)]


def speaker_of(text, words):
    return next(item.speaker for item in extract(text) if words in item.quote)


def test_a_place_and_a_partys_members_in_capitals_are_a_group_not_a_person():
    text = "Cruz won a plurality of young voters and did well among the four in 10 Ohio Democrats who called themselves liberal."
    speaker = speaker_of(text, "themselves liberal")
    assert speaker.name == "Ohio Democrats"
    assert speaker.kind != "person"


def test_a_group_named_in_capitals_is_nobodys_he_later():
    text = ("Lena Varga won among the Iowa Republicans who called themselves moderate. Tom Ardent finished second.\n\n"
            "Ardent's campaign gave voice to anger. He attacked Varga relentlessly in Iowa.")
    assert speaker_of(text, "Varga relentlessly").name != "Iowa Republicans"


def test_a_surname_alone_opening_a_sentence_tells_the_gender_of_the_full_name():
    text = ("Torvin Halberg and Maria Quint debated on Tuesday.\n\n"
            "Halberg said he would cut taxes. Voters liked the plan.\n\n"
            "When Halberg attacked the plan, she said \"I stood up to the banks\" in the Senate.")
    assert speaker_of(text, "I stood up").name == "Maria Quint"


def test_a_pronoun_after_a_comma_tells_no_gender_of_the_surname_before_it():
    text = ("Torvin Halberg and Maria Quint debated on Tuesday.\n\n"
            "When Halberg attacked the plan, she smiled.\n\n"
            "Later he said \"taxes will fall\" in the Senate.")
    assert speaker_of(text, "taxes will fall").name == "Torvin Halberg"


def test_someone_in_the_audience_is_the_speaker_of_what_they_shouted():
    text = 'When someone in the audience shouted, "Lowe," Tilden joked, "Amen, brother!"'
    found = speakers(text)
    assert ("someone in the audience", "someone in the audience", "Lowe,") in found
    assert speaker_of(text, "Amen").name == "Tilden"


def test_someone_opening_a_sentence_is_one_person_unnamed_not_an_organization():
    speaker = speaker_of('Someone shouted, "Go home!"', "Go home")
    assert speaker.kind == "unnamed"


def test_someone_inside_a_longer_phrase_is_no_speaker():
    assert all(name != "Looks like someone" for name, _, _ in speakers("Looks like someone told him the vote was close."))


def test_a_group_joined_by_and_opening_a_reported_clause_speaks_together():
    text = "Dana Reed works in finance. Ms. Reed said she and her colleagues called the plan ''a disaster.''"
    called = next(item for item in extract(text) if item.quote == "a disaster.")
    assert called.speaker.name == "she and her colleagues"


def test_more_from_the_report_quotes_the_report_not_more():
    text = 'The Alder Institute released a report on polls. It is not enough - More from the report: "Samples with more weighting did better."'
    item = next(item for item in extract(text) if "Samples" in item.quote)
    assert item.speaker_mention == "the report"
