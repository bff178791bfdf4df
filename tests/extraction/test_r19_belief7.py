"""Round 19 (belief7): beliefs that are no view held, and where a belief inside a dashed aside ends. Every sentence and
name is written for the tests."""

from attribution.extraction import extract


def beliefs(text: str) -> dict[str, str]:
    return {e.cue: e.quote for e in extract(text) if e.kind == "belief"}


def test_a_belief_whose_cue_stands_inside_a_dashed_aside_ends_where_the_aside_closes():
    assert beliefs("Mr. Hale, in a loud speech, attacked - and even threatened to fire - his deputies.")["threatened"] == "to fire"
    found = beliefs("Entering the debate, Lee and Park -- seeking strong finishes in the Ohio primary -- faced attacks from Diaz.")
    assert found["seeking"] == "strong finishes in the Ohio primary"
    found = beliefs("Ms. Ortiz studied law in Boston - where she urged her classmates to take on hard cases - then moved to Texas.")
    assert found["urged"] == "her classmates to take on hard cases"


def test_a_dashed_aside_inside_the_content_or_before_the_sentence_stays_in_it():
    found = beliefs("Ms. Ortiz called on other donors -- including two judges -- to return the money.")
    assert found["called on"] == "other donors -- including two judges -- to return the money"
    found = beliefs("CLEVELAND - Ms. Ortiz wants the council - and the mayor - to fund the clinic.")
    assert found["wants"] == "the council - and the mayor - to fund the clinic"


def test_a_headline_passive_of_accused_names_the_one_accused_not_a_holder():
    assert beliefs("Mayor Ann Lee Accused Of Hiding Funds In Fit Of Rage.\n\nA former aide wrote a book about the mayor.") == {}
    assert beliefs("Mayor Ann Lee Accuses Rival Of Lying.\n\nA former aide wrote a book about the mayor.") == {"Accuses": "Rival Of Lying"}


def test_seeking_an_office_is_running_for_it_not_a_view():
    assert "seeking" not in beliefs("Ms. Cole, who is seeking reelection, backed the bill.")
    assert beliefs("Three of the Democrats seeking the nomination spoke on Monday.") == {}
    assert beliefs("As Mr. Dunn seeks the White House, his charity has become a burden.") == {}
    assert beliefs("Ms. Ortiz is seeking more money for schools.")["seeking"] == "more money for schools"


def test_not_feeling_well_is_no_view():
    assert beliefs("But Reed didn't feel well that morning and stayed home, so he sent a letter.") == {}
    assert beliefs("Reed felt the plan was unfair.")["felt"] == "the plan was unfair"


def test_an_embedded_posts_markup_ends_the_content():
    text = "Mark Hale said the voters in Ohio were angry. Many of them believe it’s all rigged<tweet/>.\n\nMore later."
    assert beliefs(text)["believe"] == "it’s all rigged"


def test_a_belief_ends_at_a_dash_the_writer_turns_on():
    found = beliefs("Ms. Lund proposed a debate on the evening of May 4 - but the Reed campaign rejected the idea as silly.")
    assert found["proposed"] == "a debate on the evening of May 4"
    found = beliefs("Three aides believed Mr. Okafor wanted a job in the cabinet -- something he denied to me.")
    assert found["believed"] == "Mr. Okafor wanted a job in the cabinet"
    assert beliefs("Ms. Ayers learned her aunt had started - yet never completed - the paperwork.")["learned"] == (
        "her aunt had started - yet never completed - the paperwork")


def test_a_decision_ends_before_the_present_verb_of_the_sentence_it_is_the_subject_of():
    text = "Senator Ann Lee met the press. But her decision to join Halvorsen reflects a shift in the party."
    assert beliefs(text)["decision"] == "to join Halvorsen"


def test_a_holder_read_back_over_a_verb_of_its_own_is_the_noun_phrase_after_that_verb():
    found = [(e.speaker.name, e.quote) for e in extract("The new spending comes amid signs the campaign sees that Lee's poll numbers may be improving.")
             if e.kind == "belief"]
    assert found == [("the campaign", "Lee's poll numbers may be improving")]
    assert [e.speaker.name for e in extract("Senator Ann Lee of Ohio believes the plan will fail.")] == ["Ann Lee"]
