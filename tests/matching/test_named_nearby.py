"""Quotes the extractor credited to the wrong person of their sentence (issue 11, third round):
the other outlet's speaker named right around the quote, or two "she said" quotes whose
sentences name the same person. Sentences written for the test."""

from datetime import date

from attribution.matching import Appearance, SpeakerRef, Thresholds, compare
from attribution.matching.speakers import named_nearby, nearby_text

QUILL = SpeakerRef("Mara Quill")
ORTEGA = SpeakerRef("Luis Ortega")
AIRLINE = SpeakerRef("Skyway Air", kind="organization")


def said(text, speaker, kind="direct", before="", after="", mention="", published=date(2021, 5, 3)):
    return Appearance(
        text=text, speaker=speaker, kind=kind, published=published,
        context_before=before, context_after=after, speaker_mention=mention,
    )


def test_the_text_around_a_quote_is_its_own_sentence_and_the_one_before():
    before = "The mayor opened the bridge. Crowds lined the river all day. Then Mara Quill spoke: \u201c"
    after = "\u201d she said, before she left. The bridge closed at night."
    nearby = nearby_text(before, after)
    assert "Crowds lined the river all day." in nearby and "Then Mara Quill spoke:" in nearby
    assert "she said, before she left." in nearby
    assert "opened the bridge" not in nearby and "closed at night" not in nearby


def test_a_quote_that_ends_its_sentence_takes_nothing_from_the_next_one():
    nearby = nearby_text("Quill was asked about the plan. \u201c", "\u201d Ortega replied later.", True)
    assert "Ortega" not in nearby and "Quill was asked" in nearby


def test_a_truncated_quote_joins_a_fuller_one_credited_to_the_wrong_name_in_its_sentence():
    short = said("I will never fly that airline again", QUILL, before="Quill has long been a frequent flyer. \u201c")
    fuller = said(
        "I like their pretzels. I will never fly that airline again,", AIRLINE,
        before="The campaign did not answer questions on Tuesday. \u201c",
        after="\u201d Quill said in March after Skyway Air cancelled her flight to the coast.",
    )
    assert named_nearby(short, fuller)
    assert compare(short, fuller, Thresholds()).same


def test_the_same_partial_quote_joins_when_the_speaker_is_named_around_the_other():
    first = said("utterly reckless", QUILL, kind="partial", before="Inspector Mara Quill called the plan \u201c")
    second = said(
        "utterly reckless", SpeakerRef("the candidates", kind="unnamed"), kind="partial",
        before="The candidates kept away from the mayor, hurt by Inspector Mara Quill's finding that the plan was \u201c",
        after="\u201d and more.",
    )
    assert compare(first, second, Thresholds()).same


def test_a_fragment_whose_sentence_names_whom_it_is_about_stays_apart_from_that_persons_quote():
    # Quill's jab quotes words about Ortega; Ortega's own sentence with those words is another statement.
    jab = said(
        "the fear card", QUILL, kind="partial",
        before="At the rally, Quill accused Luis Ortega of playing \u201c", after="\u201d again.",
    )
    reply = said(
        "If they play the fear card against me, the voters of this valley will see straight through it,", ORTEGA,
        before="Ortega spoke to reporters after the debate. \u201c", after="\u201d he said.",
    )
    assert not compare(jab, reply, Thresholds()).same


def test_a_stock_phrase_of_two_speakers_with_no_name_of_the_other_nearby_stays_apart():
    first = said("a rigged system", QUILL, kind="partial", before="Quill told supporters the vote was \u201c")
    second = said("a rigged system", ORTEGA, kind="partial", before="Ortega said the courts were \u201c")
    assert not compare(first, second, Thresholds()).same


def test_the_speaker_named_nearby_joins_only_within_one_story():
    first = said("utterly reckless", QUILL, kind="partial", published=date(2021, 1, 4))
    second = said(
        "utterly reckless", SpeakerRef("the candidates", kind="unnamed"), kind="partial",
        before="They were hurt by Quill's finding that the plan was \u201c", published=date(2021, 9, 1),
    )
    assert named_nearby(first, second)
    assert not compare(first, second, Thresholds()).same


def test_a_paraphrase_does_not_join_through_a_name_nearby():
    first = said("the dam will hold through the spring floods", QUILL, kind="indirect")
    second = said(
        "the dam should survive the floods of spring", AIRLINE, kind="indirect",
        before="Engineers met Quill on Monday. Skyway Air told passengers",
    )
    assert named_nearby(first, second)
    assert not compare(first, second, Thresholds()).same


def test_two_quotes_credited_through_she_join_when_their_sentences_name_one_person():
    first = said(
        "Well, what a fine idea", SpeakerRef("Nora Bell"), mention="she",
        before="Should the council say no, Mrs. Quill might pick the judge herself. \u201c",
        after="\u201d she said at a town meeting.",
    )
    second = said(
        "Well, what a fine idea. Nobody ever put that to me. I tell you, that's a fine idea,",
        SpeakerRef("a valley farmer", kind="unnamed"), mention="she",
        before="Council candidate Mara Quill caused a stir when a valley farmer asked about the judge. \u201c",
        after="\u201d she replied.",
    )
    assert compare(first, second, Thresholds()).same
    # Named by their own names, the two credits stay two speakers.
    named = said(first.text, first.speaker, before=first.context_before, after=first.context_after, mention="Bell")
    assert not compare(named, second, Thresholds()).same


def test_two_she_said_quotes_whose_sentences_name_nobody_in_common_stay_apart():
    first = said("Well, what a fine idea", SpeakerRef("Nora Bell"), mention="she", before="Mrs. Bell laughed. \u201c")
    second = said(
        "Well, what a fine idea. Nobody ever put that to me,", SpeakerRef("Ada Vance"), mention="she",
        before="Vance was asked about the judge. \u201c",
    )
    assert not compare(first, second, Thresholds()).same


def test_a_fragment_credited_only_by_a_description_joins_the_statement_of_the_person_named_around_it():
    statement = said(
        "Our work is to change this valley and to stand together. The struggle goes on, and we go on with it,", QUILL,
        before="Quill spoke at the depot on Friday. \u201c", after="\u201d she said.",
    )
    fragment = said(
        "The struggle goes on", SpeakerRef("the valley senator wrote supporters", kind="unnamed"), kind="partial",
        before="It was not clear whether Quill would concede. The valley senator wrote supporters: \u201c",
        mention="The valley senator",
    )
    assert compare(fragment, statement, Thresholds()).same
    # Credited by name to someone else, the same fragment stays that person's.
    named = said(fragment.text, ORTEGA, kind="partial", before=fragment.context_before, mention="Ortega")
    assert not compare(named, statement, Thresholds()).same


def test_a_quote_that_quotes_another_speaker_is_not_that_speakers_claim():
    # Quill quotes Ortega's slogan inside her own statement; Ortega's paraphrased promise is his, not hers.
    slogan = said(
        "he'll put the valley first again", ORTEGA, kind="indirect",
        before="At his rally Luis Ortega promised voters", after=" and left early.",
    )
    jab = said(
        "When Luis Ortega says \u2018Let\u2019s put the valley first again,\u2019 he means his friends and nobody else,", QUILL,
        before="Quill answered Ortega on Friday. \u201c", after="\u201d she said.",
    )
    assert not compare(slogan, jab, Thresholds()).same
    assert not compare(jab, slogan, Thresholds()).same


def test_one_word_quoted_alone_under_a_name_nearby_still_needs_a_word_in_common_around_it():
    committee = said(
        "rigged", QUILL, kind="partial", mention="Quill",
        before="Quill said the party committee had run a \u201c", after="\u201d nomination process.",
    )
    front_runner = SpeakerRef("the front-runner", kind="unnamed")
    election = said(
        "rigged", front_runner, kind="partial", mention="The front-runner",
        before="Mara Quill toured Ohio on Monday. The front-runner said the city election had been \u201c",
        after="\u201d against her.",
    )
    assert named_nearby(committee, election)
    assert not compare(committee, election, Thresholds()).same
    nomination = said(
        "rigged", front_runner, kind="partial", mention="The front-runner",
        before="Mara Quill toured Ohio on Monday. The front-runner said the committee's nomination process was \u201c",
        after="\u201d from the start.",
    )
    assert compare(committee, nomination, Thresholds()).same


def test_one_word_is_no_stretch_of_another_speakers_statement_named_nearby():
    fragment = said(
        "Enough.", QUILL, kind="partial", mention="Quill",
        before="Quill, who lost the 2019 race, tells crowds that after six terms of men, \u201c",
    )
    statement = said(
        "turnout in the valley has fallen every year since 2019, enough to cost the party its seat",
        SpeakerRef("official county returns", kind="unnamed"), kind="indirect",
        before="Mara Quill's rallies drew large crowds. ", after=", according to official county returns.",
    )
    assert named_nearby(fragment, statement)
    assert not compare(fragment, statement, Thresholds()).same
