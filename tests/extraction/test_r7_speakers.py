"""Who the speaker is in real US political reporting, round 7 (issue 10): the one asked answers, and a question
asked on a programme is not said by the programme. Every sentence is written for the tests."""

from attribution.extraction import extract


def _speakers(text: str, cue: str) -> list[str]:
    return [e.speaker.name for e in extract(text) if e.cue == cue and e.speaker is not None]


# ---------------------------------------------------------------- the one asked answers


QUESTION_TO_A_NAMED_PERSON = (
    "Mark Delaney, who is running for governor, spoke on Tuesday about his plans for the port.\n\n"
    "\u201cShould the state sell the port to a private company?\u201d a reporter could be heard asking Delaney after a forum in Dayton.\n\n"
    "\u201cThere should be a lot of options, beyond a sale,\u201d the developer replied.\n\n"
    "\u201cI would certainly look at that, absolutely,\u201d he added.\n"
)


def test_he_after_a_question_put_to_a_person_named_is_that_person_not_the_unnamed_asker():
    assert _speakers(QUESTION_TO_A_NAMED_PERSON, "added") == ["Mark Delaney"]


def test_a_role_noun_answering_a_question_put_to_a_person_named_is_that_person():
    assert _speakers(QUESTION_TO_A_NAMED_PERSON, "replied") == ["Mark Delaney"]


def test_the_asker_keeps_the_question():
    assert _speakers(QUESTION_TO_A_NAMED_PERSON, "asking") == ["a reporter"]


def test_she_after_a_named_reporter_asked_a_person_named_is_the_person_asked():
    text = ("Last week, the Ledger\u2019s Tom Avery asked Ruth Kessler whether her age was fair game in the race.\n\n"
            "\u201cOf course it is. I feel healthier than I did ten years ago,\u201d she said.\n")
    assert _speakers(text, "said") == ["Ruth Kessler"]


def test_a_pronoun_long_after_the_question_is_resolved_as_before():
    text = ("\u201cWill you run again?\u201d a reporter asked Ruth Kessler at the fair.\n\n"
            "\u201cWe will see,\u201d she said.\n\n"
            "Omar Vance, the county chairman, said the party would meet in May.\n\n"
            "\u201cWe have time,\u201d he said.\n")
    assert _speakers(text, "said") == ["Ruth Kessler", "Omar Vance", "Omar Vance"]


def test_a_pronoun_that_does_not_fit_the_person_asked_stays_with_the_asker():
    text = ("Mark Delaney asked Ruth Kessler at the debate whether she would release her tax returns.\n\n"
            "\u201cShe never answered the question,\u201d he said later.\n")
    assert _speakers(text, "said") == ["Mark Delaney"]


def test_a_description_of_another_office_is_not_the_person_asked():
    text = ("Sen. Ruth Kessler spoke at the fair on Friday.\n\n"
            "\u201cWill you vote for the bill?\u201d a reporter asked Kessler.\n\n"
            "\u201cShe has not told anyone,\u201d the judge said.\n")
    assert _speakers(text, "said") == ["the judge"]  # neither the senator asked nor the reporter who asked


# ---------------------------------------------------------------- asked on a programme


def test_a_pronoun_after_asked_on_a_programme_and_a_question_word_speaks_not_the_programme():
    text = ("On the eve of the talks, Jane Porter softened her tone. Asked on CNN who runs the party in her view, "
            "she said Miller. \u201cI would say Tom for now,\u201d she said.")
    assert _speakers(text, "said") == ["Jane Porter", "Jane Porter"]


def test_a_name_after_a_question_asked_of_voters_still_speaks():
    text = "Voters who were asked which candidate they trusted, Ann Lee said, named the governor."
    assert _speakers(text, "said") == ["Ann Lee"]


# ---------------------------------------------------------------- a title-case headline: a name, what the person does, a colon


def test_a_headline_name_before_a_verb_and_a_colon_speaks_not_the_verbs_object():
    text = ("Holt Addresses Port Closure: \u2018This Cannot Continue.\u2019\n\n"
            "Mayor Dana Holt spoke on Friday about the closure of the port.\n")
    assert [e.speaker.name for e in extract(text) if e.quote.startswith("This Cannot")] == ["Dana Holt"]


def test_a_headline_of_a_plain_name_and_a_colon_still_speaks():
    text = ("Holt: \u2018This Cannot Continue.\u2019\n\n"
            "Mayor Dana Holt spoke on Friday about the closure of the port.\n")
    assert [e.speaker.name for e in extract(text) if e.quote.startswith("This Cannot")] == ["Dana Holt"]


def test_he_after_a_person_was_asked_by_a_named_moderator_is_the_person_asked():
    text = ("Mark Delaney was asked by Fox Business moderator Tom Avery whether his plan would cost too much.\n\n"
            "His answer was that the family comes first.\n\n"
            "\u201cThe most important job I will ever have is being a parent,\u201d he said.\n")
    assert _speakers(text, "said") == ["Mark Delaney"]



# ---------------------------------------------------------------- a name a preposition governs opens no sentence


def test_a_description_after_a_clause_about_a_rival_is_the_clauses_subject_not_the_rival():
    text = ("Dana Holt dismissed a report that Tom Vance would not endorse her.\n\n"
            "Holt told the Ledger in a statement, \u201cI really don't want his endorsement.\u201d\n\n"
            "Vance went after Holt at the debate, when he called the businesswoman \u201creckless.\u201d "
            "\u201cDana is great at the one-liners, but she is a chaos candidate,\u201d the former Ohio governor said.\n")
    assert _speakers(text, "said") == ["Tom Vance"]

