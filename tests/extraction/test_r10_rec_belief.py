"""Round 10 (rec-belief): what a thing points to, and the answers of a Q&A transcript labelled "Q:" / "A:".
Every sentence is written for the tests."""

from attribution.extraction import extract

from .helpers import found

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- "suggests" / "indicates" after a thing


def test_a_thing_the_lexicon_does_not_know_suggests_the_clause_after_it_even_after_but():
    assert found(HEAD + "But the missive suggests county officials have no plan to reopen the bridge this year.") == [
        ("indirect", "county officials have no plan to reopen the bridge this year", "the missive")]
    # people "who suggest" are left to the relative-clause rules, not read as a thing pointing
    assert [r for r in extract(HEAD + "Both mayors were sharply critical of council members who suggest the levy might be cheaper than a bond.")
            if r.cue == "suggest"] == []


def test_a_thing_in_a_subordinate_clause_indicates_what_follows():
    assert found(HEAD + "Ms. Ortiz gave three paid talks, though his silence indicates she handed the fees to a shelter.") == [
        ("indirect", "she handed the fees to a shelter", "his silence")]


# ---------------------------------------------------------------- a Q&A transcript labelled Q and A

INTERVIEW = (
    "Talking trains at the new depot\n\n"
    "Our reporter Tom Ashby sat down with Mayor Rosa Delgado on Monday. Delgado had spent the morning touring the depot.\n\n"
    "Q: Was the depot worth the money?\n\n"
    "A: I think the depot will pay for itself within ten years, and the riders already love it.\n\n"
    "Q: Will you run again?\n\n"
    "A: Not yet.\n\n"
    "Q: What comes next for the line?\n\n"
    "A: We want to extend the line to the airport before the next budget runs out.\n"
)


def test_an_answer_in_a_q_and_a_transcript_is_the_interviewees_direct_quote_but_not_a_bare_reply():
    records = [r for r in extract(INTERVIEW) if r.kind == "direct"]
    assert [(r.quote, r.speaker.name) for r in records] == [
        ("I think the depot will pay for itself within ten years, and the riders already love it.", "Rosa Delgado"),
        ("We want to extend the line to the airport before the next budget runs out.", "Rosa Delgado")]
    spelled = INTERVIEW.replace("Q: ", "Question: ").replace("A: ", "Answer: ")
    assert [r.quote for r in extract(spelled) if r.kind == "direct"] == [r.quote for r in records]
    # labels "A:", "B:", "C:" with no question labelled make no transcript
    listing = ("Mayor Rosa Delgado spoke on Monday.\n\n"
               "A: The first plan was to widen the road by two lanes in each direction.\n\n"
               "B: The second plan was to build a rail line alongside the road instead.\n\n"
               "C: The third plan was to leave the road as it stands for another decade.\n")
    assert not any(r.kind == "direct" for r in extract(listing))


# ---------------------------------------------------------------- a passive of judging: the agent holds the view


def test_the_agent_of_seen_by_as_holds_the_view_the_clause_states():
    assert found(HEAD + "But the new zoning map was seen by several council members as a gift to developers.") == [
        ("belief", "the new zoning map was seen by several council members as a gift to developers", "several council members")]
    # a bridge seen by drivers is no view of it; a relative clause is left alone
    assert found(HEAD + "The old bridge was seen by thousands of drivers every day.") == []
    assert found(HEAD + "Voters cheered Ann Holt, who was long viewed by many within the party as their best hope.") == []


def test_the_view_after_but_is_the_clause_after_the_conjunction():
    assert found(HEAD + "Ann Holt keeps her seat on the board, but the loss of her committee post was seen by many as a rebuke.") == [
        ("belief", "the loss of her committee post was seen by many as a rebuke", "many")]


# ---------------------------------------------------------------- "in the hope that": the subject's hope


def test_in_the_hope_that_is_the_hope_of_the_sentences_subject():
    assert found(HEAD + "The county board delayed the vote in the hope that the two unions could settle their dispute.") == [
        ("belief", "the two unions could settle their dispute", "the county board")]
    assert found(HEAD + "Mayor Ann Holt has courted both factions in hopes that the rival slates will split the vote.") == [
        ("belief", "the rival slates will split the vote", "Ann Holt")]
