"""Round 17 (belief3): belief spans and holders. A participle describing the subject ("Aides backing Hale ...") has the
next cue's subject as its object; that cue is the subject's own verb. Every sentence and name is written for the tests."""

from attribution.extraction import extract


def reports(text: str) -> list[tuple[str | None, str, str]]:
    return [(e.speaker.name if e.speaker else None, e.cue, text[e.start:e.end]) for e in extract(text)]


def test_a_finite_cue_after_a_participles_object_is_the_verb_of_the_phrase_before_the_participle():
    text = "Several harbor pilots backing Ms. Odalys Brenner said the new channel would flood the marsh."
    assert reports(text) == [("Several harbor pilots", "backing", "Ms. Odalys Brenner"),
                             ("Several harbor pilots", "said", "the new channel would flood the marsh")]


def test_those_who_decline_to_comment_are_the_people_the_participle_describes_not_the_one_they_support():
    text = "Several aldermen supporting Corvin Tasker declined to comment, and a third did not return calls."
    assert reports(text)[-1] == ("Several aldermen", "declined", "to comment")
    assert reports(text)[0] == ("Several aldermen", "supporting", "Corvin Tasker")


def test_a_report_cut_where_a_means_participle_begins_leaves_its_by_to_the_participle():
    text = "Councilwoman Ysolde Parrak attacked the harbor board by reminding voters that the ferry fares had doubled."
    assert reports(text)[0] == ("Ysolde Parrak", "attacked", "the harbor board")
    text = "Mr. Banfield sought to calm the growers by promising a second canal through the valley."
    assert reports(text)[0] == ("Banfield", "sought", "to calm the growers")
