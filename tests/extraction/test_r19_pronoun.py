"""Round 19 (pronoun): whom a "he", "she", "his" or "her" that speaks or holds a view stands for. Every sentence and name
is written for the tests."""

from attribution.extraction import extract


def speakers(text: str) -> dict[str, str]:
    return {e.quote: e.speaker.name for e in extract(text) if e.kind != "partial"}


def test_the_man_heard_before_is_not_who_she_stands_for():
    text = ('A retired Denver man said the plant should close. "We are tired of waiting," he said.\n\n'
            'A Tulsa woman was fined in March after posting threats online. "Nobody listens to us," she wrote.')
    found = speakers(text)
    assert found["We are tired of waiting,"] == "a retired Denver man"
    assert found.get("Nobody listens to us,") != "a retired Denver man"


def test_a_person_the_article_goes_on_about_outranks_an_unnamed_source_heard_before():
    text = ('Senator Paul Hendry has fans abroad. "He is the only one who gets it," one user wrote online. '
            'It is surprising because Hendry has rarely said much about the internet. '
            'Although he says he "loves new ideas," he also wants tighter rules for tech companies.')
    found = [e for e in extract(text) if e.cue == "says" and e.kind != "partial"]
    assert found and found[0].speaker.name == "Paul Hendry"


def test_her_claim_is_the_woman_named_after_the_aide_who_spoke():
    text = ('Governor Maria Lunden spoke in Reno on Monday. A campaign aide later clarified that Lunden misspoke. '
            'The remark came in an answer about her claim that she never saw the audit.')
    found = [e for e in extract(text) if e.cue == "claim" and e.kind != "partial"]
    assert found and found[0].speaker.name == "Maria Lunden"


def test_an_unnamed_source_goes_on_speaking_when_no_one_else_is_named():
    text = ('One delegate from Ohio said he tried to give away his passes. '
            '"Not even one taker," he said.')
    assert speakers(text)["Not even one taker,"] == "One delegate from Ohio"


def test_a_surname_that_modifies_a_campaign_is_not_the_subject_he_goes_back_to():
    text = ('Former Governor Walt Hendry said on Monday that he would run again.\n\n'
            'Omar Reyes, a spokesman for the Hendry campaign, said the candidate had always disclosed his donors.\n\n'
            "\"Our rules already go well beyond what the law requires,\" he said in a statement.")
    assert speakers(text)["Our rules already go well beyond what the law requires,"] == "Omar Reyes"
