"""Speakers: names, titles, roles, later mentions, unnamed sources, outlets and relay chains."""

from attribution.extraction import Hop, extract

from .helpers import only


def test_it_reads_title_name_and_role_from_an_apposition():
    item = only("Lt. Sara Holm, a spokeswoman for the border agency, told reporters that the gate was shut.")
    speaker = item.speaker
    assert (speaker.name, speaker.title, speaker.role, speaker.affiliation, speaker.kind) == (
        "Sara Holm", "Lt.", "spokeswoman for the border agency", "border agency", "person",
    )


def test_it_reads_a_role_written_before_the_name():
    item = only("Health Secretary Paul Dunn said waiting lists were falling.")
    assert (item.speaker.name, item.speaker.role) == ("Paul Dunn", "Health Secretary")


def test_it_resolves_a_surname_a_pronoun_and_a_role_to_the_full_name():
    text = (
        "Lt. Sara Holm, a spokeswoman for the border agency, told reporters that the gate was shut.\n\n"
        "Holm added that it would reopen on Friday.\n\n"
        "She said the queue was two miles long.\n\n"
        "The spokeswoman said nobody had been hurt.\n"
    )
    items = extract(text)
    assert [e.speaker.name for e in items] == ["Sara Holm"] * 4
    assert [e.speaker_mention for e in items][1:] == ["Holm", "She", "The spokeswoman"]
    assert "Holm" in items[-1].speaker.aliases


def test_it_keeps_unnamed_sources_as_written():
    items = extract("Two officials from the ministry said the talks had stalled. A witness said the car did not stop.")
    assert [(e.speaker.name, e.speaker.kind) for e in items] == [
        ("Two officials from the ministry", "unnamed"),
        ("a witness", "unnamed"),
    ]


def test_it_resolves_the_officials_to_the_fuller_unnamed_source():
    text = (
        "In a statement, officials from the port authority apologised.\n\n"
        '"The delays were unacceptable," the officials said.\n'
    )
    assert only(text).speaker.name == "officials from the port authority"


def test_it_names_an_organization_speaker():
    item = only("The Harbour Department said in a statement that the pier was unsafe.")
    assert (item.speaker.name, item.speaker.kind) == ("Harbour Department", "organization")


def test_it_records_an_outlet_that_reported():
    item = only("Two ministers will resign this week, the BBC reported on Tuesday.")
    assert (item.speaker.name, item.reported_by, item.relay) == ("BBC", "BBC", (Hop("BBC", "outlet", "reported"),))


def test_it_records_according_to_an_outlet():
    item = only("According to the Washington Post, the memo was never sent.")
    assert (item.speaker.name, item.reported_by) == ("Washington Post", "Washington Post")


def test_it_records_a_speaker_who_told_an_outlet():
    item = only("Carl Berg told CNN the evacuation went smoothly.")
    assert (item.speaker.name, item.reported_by) == ("Carl Berg", "CNN")
    assert item.relay == (Hop("CNN", "outlet", None), Hop("Carl Berg", "person", "told"))


def test_it_records_an_interview_with_an_outlet():
    item = only("Carl Berg said in an interview with Sky News that the fire was contained.")
    assert item.reported_by == "Sky News"


def test_it_recognises_an_outlet_missing_from_the_list_by_its_name():
    item = only("The Lakeside Herald reported that the mill would close.")
    assert (item.speaker.name, item.reported_by) == ("The Lakeside Herald", "The Lakeside Herald")


def test_it_records_a_dateline_outlet():
    item = only("LONDON (Reuters) - Fuel prices rose again in March, the statistics office said.")
    assert (item.speaker.name, item.reported_by) == ("the statistics office", "Reuters")


def test_it_chains_a_source_quoted_inside_an_outlet_report():
    text = "Rebels shelled the town in what officials called a “reckless” attack, the BBC reported."
    partial = only(text, kind="partial")
    assert partial.speaker.name == "officials"
    assert partial.relay == (Hop("BBC", "outlet", "reported"), Hop("officials", "unnamed", "called"))
    assert partial.reported_by == "BBC"


def test_it_reads_a_document_as_its_owners_words():
    item = only('Carl Berg\'s statement added, "We regret the delay."')
    assert item.speaker.name == "Carl Berg"


def test_it_resolves_the_officials_to_the_nearest_fuller_mention_not_an_earlier_bare_one():
    text = (
        "Officials could not say whether the bridge would reopen.\n\n"
        "In a statement, officials from the port authority defended the closure.\n\n"
        "“The bridge is unsafe and will stay shut,” the officials said.\n"
    )
    item = only(text)
    assert (item.speaker.name, item.speaker.kind, item.speaker.affiliation) == (
        "officials from the port authority", "unnamed", "port authority",
    )
    assert item.speaker_mention == "the officials" and "the officials" in item.speaker.aliases


def test_it_resolves_the_officials_to_the_nearest_of_two_fuller_mentions():
    text = (
        "Officials from the port authority said the gate was shut.\n\n"
        "Officials from the city council said the road was open.\n\n"
        "“Nobody was hurt in the collapse,” the officials said.\n"
    )
    assert extract(text)[-1].speaker.name == "Officials from the city council"


def test_it_prefers_a_fuller_description_to_a_later_bare_plural():
    text = (
        "Officials from the city council said the road was open.\n\n"
        "Officials said the ferry was late.\n\n"
        "“Nobody was hurt in the collapse,” the officials said.\n"
    )
    assert extract(text)[-1].speaker.name == "Officials from the city council"


def test_it_keeps_an_unnamed_source_with_a_capitalised_affiliation_unnamed():
    first = only("Officials from the SDF said the base was shelled.")
    second = only("A spokesman for the Home Office said the forms would change.")
    assert (first.speaker.name, first.speaker.kind, first.speaker.affiliation) == ("Officials from the SDF", "unnamed", "SDF")
    assert (second.speaker.name, second.speaker.kind, second.speaker.affiliation) == (
        "a spokesman for the Home Office", "unnamed", "Home Office",
    )


def test_it_gives_a_quote_after_an_interview_opening_to_its_subject_through_the_outlet():
    item = only("In an interview with CNN, Carl Berg defended the plan. “We had no other choice.”")
    assert (item.speaker.name, item.cue, item.reported_by) == ("Carl Berg", "In an interview with CNN", "CNN")
