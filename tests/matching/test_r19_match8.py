"""Round 19, match8 (sentences and names written for these tests): a sentence an article quotes in
two pieces around its tag is one statement, so another outlet's whole quotation of it joins both
pieces; and a shared denial is no longer read into the name of a thing ("the Harbour League") or
into "no matter how", which concedes and denies nothing."""

from datetime import date

from attribution import services
from attribution.matching import Appearance, SpeakerRef, Thresholds, compare
from attribution.matching.text import negated_words

RULES = Thresholds()
DAY = date(2031, 6, 9)
LINDQVIST = SpeakerRef("Maren Lindqvist")


def quote(text, outlet="Outlet A", day=9):
    return Appearance(text=text, speaker=LINDQVIST, kind="direct", outlet=outlet, published=date(2031, 6, day))


def pieces_and_whole(whole_first):
    split = (
        "The ferry company reversed its plan to cut the island route on Thursday.\n\n"
        "“It is good that the islanders’ anger has made the company think again,” said Maren Lindqvist, "
        "a lawyer for the Island Residents Trust, “but it takes more than a press release to keep "
        "the winter boats running.”\n"
    )
    whole = (
        "The island route will stay, the ferry company said on Thursday.\n\n"
        "“It is good that the islanders’ anger has made the company think again, but it takes more than "
        "a press release to keep the winter boats running,” Maren Lindqvist, a lawyer for the Island "
        "Residents Trust, said in a statement.\n"
    )
    texts = [("Harbour Post", whole), ("Coast Daily", split)] if whole_first else [("Coast Daily", split), ("Harbour Post", whole)]
    articles = {
        outlet: services.article_ingest(text=text, outlet=outlet, title=f"Ferry {outlet}", published=DAY).article
        for outlet, text in texts
    }
    return (
        sorted(articles["Coast Daily"].attributions.filter(kind="direct"), key=lambda a: a.start),
        articles["Harbour Post"].attributions.get(kind="direct"),
    )


def test_a_sentence_quoted_in_two_pieces_around_its_tag_is_one_statement_with_the_whole_quote(db):
    (opening, rest), whole = pieces_and_whole(whole_first=False)
    assert rest.quote.startswith("but it takes")
    assert opening.claim_id == rest.claim_id == whole.claim_id


def test_the_pieces_join_the_whole_quote_stored_before_them_too(db):
    (opening, rest), whole = pieces_and_whole(whole_first=True)
    assert opening.claim_id == rest.claim_id == whole.claim_id


def test_two_sentences_of_one_voice_either_side_of_a_tag_stay_two_statements(db):
    text = (
        "“The winter boats must run,” Maren Lindqvist said. “The school needs a new roof as well.”\n"
    )
    article = services.article_ingest(text=text, outlet="Coast Daily", title="Two things", published=DAY).article
    first, second = sorted(article.attributions.filter(kind="direct"), key=lambda a: a.start)
    assert first.claim_id != second.claim_id


def test_a_quote_after_the_tag_of_the_next_sentence_is_no_piece_of_the_one_before(db):
    text = (
        "“The ferries are late and the roads are worse,” said Sen. Maren Lindqvist. If nothing "
        "changes, she said, “the island will lose its school.”\n"
    )
    article = services.article_ingest(text=text, outlet="Coast Daily", title="Late ferries", published=DAY).article
    first, second = sorted(article.attributions.filter(kind="direct"), key=lambda a: a.start)
    assert second.quote.startswith("the island")
    assert first.claim_id != second.claim_id


def test_no_matter_how_concedes_and_denies_nothing():
    assert negated_words("No matter how hard the winter gets, that is no reason to stop the boats") == (
        frozenset({"reason", "stop", "boat"}),
    )


def test_a_spoken_apology_and_a_written_one_sharing_no_matter_how_stay_apart():
    spoken = "No matter how tired and no matter how angry people get, that's no excuse for what I did,"
    written = (
        "For many years I have tried to listen to every caller with patience. No matter how heated and tired "
        "the debate becomes, nothing excuses a rude answer. I will keep working for a calmer council."
    )
    assert not compare(quote(spoken), quote(written, outlet="Outlet B"), RULES).same


def test_two_lines_denying_things_about_one_named_body_are_not_one_denial():
    first = "We have no quarrel with the Harbour League movement. We believe in the right of every club to meet and speak."
    second = (
        "Staying quiet now would be a mistake. They must make clear there is no room for bullies in the "
        "Harbour League movement."
    )
    assert not compare(quote(first), quote(second, outlet="Outlet B"), RULES).same


def test_one_denial_in_the_same_words_still_joins():
    first = "she would not recommend charges against the mayor over the missing harbour funds"
    second = "no charges against Mayor Brandt over the missing harbour funds"
    a = Appearance(text=first, speaker=LINDQVIST, kind="indirect", outlet="Outlet A", published=DAY)
    b = Appearance(text=second, speaker=LINDQVIST, kind="indirect", outlet="Outlet B", published=DAY)
    assert compare(a, b, RULES).same
