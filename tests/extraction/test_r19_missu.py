"""Round 19 (missu): missed unquoted speech. A finite "spoke", "speaks" or "talks" (or a "speaking" hung on a clause),
an adverb at most, then "about" or "of" and a noun phrase is the topic a speaker raised, as "talked about ..." already
was; and an opening "To the extent she talks about ..., ..." is a clause, not the view of whoever it names. Every
sentence and name is written for the tests."""

from attribution.extraction import extract


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.quote, e.kind, e.speaker.name if e.speaker else None) for e in extract(text)]


def test_what_a_named_speaker_spoke_about_is_reported():
    assert ("the importance of public libraries", "indirect", "Mara Ortiz") in found(
        "Mara Ortiz, who was honored with the civic award, spoke about the importance of public libraries.")
    assert ("the closing of the mill", "indirect", "Dana Ruiz") in found("Mayor Dana Ruiz spoke briefly about the closing of the mill, then left.")


def test_what_a_speaker_speaks_or_talks_of_is_reported():
    assert ("her faith in the county's voters", "indirect", "Dana Ruiz") in found("Mayor Dana Ruiz spoke warmly of her faith in the county's voters.")
    assert ("a new deal for farmers", "indirect", "Tom Baxter") in found(
        "Senator Tom Baxter talks about a new deal for farmers. His rival might want to deliver one.")
    assert ("her years on the harbor board", "indirect", "Dana Ruiz") in found("Mayor Dana Ruiz now talks freely of her years on the harbor board.")


def test_the_noun_talks_and_a_pronoun_object_report_nothing():
    assert found("The bill collapsed during the debt ceiling talks of 2011.") == []
    assert found("Mr. Lane spoke of her with affection.") == []
    assert found("Ms. Ruiz spoke about it at length.") == []


def test_an_opening_to_the_extent_clause_holds_no_view():
    # the clause's own report stands; nobody named in it holds the view that follows
    records = found("To the extent she complained about Mr. Lane, her message was plain.")
    assert all(kind != "belief" or quote != "her message was plain" for quote, kind, _ in records)
    assert ("skateboarding is a cry of dissent", "belief", "Gil") in found("To Ms. Gil, skateboarding is a cry of dissent.")


def test_a_reason_cited_after_a_quotation_tag_is_the_speakers_own():
    assert ("another reason the race is close", "indirect", "Eric Dunmore") in found(
        '"The county is hard to read," said Eric Dunmore, who chairs the history department at the state college, citing another reason the race is close.')
    # a reason after a reported clause stays part of that report, and an outlet's source cited is no claim
    assert [quote for quote, _, _ in found("Senator Lane said the governor would veto it, citing cuts to school lunches.")] == ["the governor would veto it"]
    assert all(cue != "citing" for cue in (e.cue for e in extract('"The kids do not like him," the Ledger reported, citing another anonymous source.')))
