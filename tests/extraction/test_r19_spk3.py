"""Round 19 (spk3): real speaker errors. A title-case headline's subject stops before its auxiliaries ("Lee May Not Have
Said ..."), before a capitalised "On" ("Ledger Editor On Holt: ..."), and a title whose subject is a clause ("Actor Who
Endorsed ...", "Lee Defends Himself Against Claims ...") credits nobody. Every sentence and name is written for the tests."""

from attribution.extraction import extract

BODY = "\n\nThe story below the title runs on for a few more words."


def speakers(text: str) -> dict[str, str | None]:
    return {e.cue: e.speaker.name if e.speaker else None for e in extract(text)}


def test_a_titles_auxiliaries_are_no_part_of_its_subject():
    assert speakers("Holt May Not Have Predicted The Flood, But She Warned Of It." + BODY) == {"Predicted": "Holt"}
    assert speakers("Ann Holt Has Endorsed Tom Lee For Governor." + BODY) == {"Endorsed": "Ann Holt"}
    # a modal alone is a name's word
    assert speakers("Theresa May Says The Ferry Will Run On Time." + BODY) == {"Says": "Theresa May"}


def test_a_capitalised_on_ends_the_subject_of_a_title():
    found = [(e.speaker.name, e.quote) for e in extract("Ledger Editor On Holt: ‘We Never Pay For Interviews.’" + BODY)]
    assert found == [("Ledger Editor", "We Never Pay For Interviews.")]


def test_a_title_whose_subject_is_a_clause_credits_nobody():
    assert speakers("Singer Who Backed Holt Just Gave The Mayor A 2 Word Nickname." + BODY) == {}
    assert speakers("Dana Holt Defends Herself Against Claims She Hid Her Taxes." + BODY) == {}
    assert speakers("Man Comes Forward With Shocking Story: The Mayor Lied To Me." + BODY) == {}


def test_a_bracketed_aside_holding_a_clause_names_no_subject():
    text = ("The campaign, pushing the idea that the mayor is unfit (like the harbor aide Tom Ruiz, who called him “a menace” "
            "last week), has repeatedly emphasized that his record is weak.")
    assert speakers(text) == {"called": "Tom Ruiz", "emphasized": "the campaign"}
    text = "The union (like the former governor Tom Ruiz, who called him a liar last week), has argued that the mayor is weak."
    assert speakers(text)["argued"] == "the union"


def test_a_quotation_does_not_go_on_in_the_voice_of_a_group_met_in_passing():
    text = ("The new rules require two visits for patients who want the treatment, and close half the clinics.\n\n"
            "“This is a right on paper only. The state has made it impossible to use.”\n\n"
            "The director of the clinic network said the rules would be challenged.")
    assert [e.quote for e in extract(text) if e.speaker is not None and e.speaker.name == "patients"] == ["the treatment"]
    text = ("Mr. Orla Vance is hopeful, in part because he sees the mayor as a uniter.\n\n"
            "“Not only can she win in the fall, she is the one with the best chance.”")
    found = [e for e in extract(text) if e.quote.startswith("Not only")]
    assert [e.speaker.name for e in found] == ["Orla Vance"]
