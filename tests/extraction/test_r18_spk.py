"""Round 18 (spk): real speaker errors on news. A participle that hangs on a clause an "according to" source vouches for
is said by the clause's subject, not by the source; a noun of saying after an owner's possessive and a describing word,
or after a verb of making public, is no verb with a subject of its own; a sign, a cover or a printed card right before a
participle says what it reports, unless people carry it. Every sentence and name is written for the tests."""

from attribution.extraction import extract


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.speaker.name if e.speaker else None, e.cue) for e in extract(text)]


def test_a_participle_after_a_mid_sentence_according_to_source_is_said_by_the_clause_subject():
    text = ("The Sentinel reported, according to sources at the dinner, Dana Holt tried to calm the donors by telling them "
            "the plant would stay open.")
    assert ("Dana Holt", "telling") in speakers(text)
    assert ("sources at the dinner", "telling") not in speakers(text)
    text = "Dana Holt tried to calm the donors, according to two guests, by telling them the plant would stay open."
    assert speakers(text) == [("Dana Holt", "telling")]


def test_claims_after_an_owners_possessive_and_a_describing_word_is_a_noun_with_no_subject_before_it():
    text = "Voters in both towns will be targets for Holt's false claims that the mill will reopen."
    assert not any(name and name.startswith("Voters") for name, _cue in speakers(text))
    # a noun of people between the possessive and the verb is the verb's subject
    assert speakers("Holt's campaign claims that the mill will reopen.") == [("Holt's campaign", "claims")]


def test_notes_right_after_a_verb_of_making_public_and_before_a_preposition_is_a_noun():
    text = "It was after Weller released notes from Dana Holt to the mayor that reporters saw the pattern."
    assert ("Weller", "notes") not in speakers(text)


def test_printed_cards_handed_out_or_a_road_sign_say_what_the_participle_after_them_reports():
    assert speakers("Visitors are given color-coded, printed cards telling them when to board the ferry.") == [("cards", "telling")]
    assert speakers("Commuters saw a digital road sign warning of delays on the bridge.") == [("a digital road sign", "warning of")]
    # people who wave banners still say what the banners say
    text = "Hundreds gathered at the plaza. Many waved banners supporting Governor Alma Reyes or denouncing the new tax."
    assert [name for name, _cue in speakers(text)] == ["Many"]


def test_a_cover_a_paper_prints_says_its_words_and_posters_a_union_runs_are_the_unions():
    text = 'Dana Holt wants a debate in Ames. This prompted the tabloid to print a cover saying "Come home, Dana!" on Friday.'
    assert ("a cover", "saying") in speakers(text)
    assert speakers('The union ran posters calling the plan "a theft" in every station.') == [("the union", "calling")]



def test_a_participle_joined_by_and_to_one_after_people_a_comma_and_with_bring_in_is_theirs():
    text = ("The council warned the mill owners on Saturday, with senior city officials underlining the town's legal power and "
            "vowing to remain the main regulator for years to come.")
    assert speakers(text) == [("senior city officials", "vowing")]


def test_a_tag_after_a_sentence_that_opens_with_a_clause_of_report_is_said_of_the_main_clause():
    text = "When Dana Holt said he would not want the mayor's backing, he \"got the feeling of the teachers,\" said Ann Ferris."
    found = [(e.speaker.name if e.speaker else None, e.quote) for e in extract(text)]
    assert found == [("Dana Holt", "he would not want the mayor's backing"), ("Ann Ferris", "got the feeling of the teachers,")]
    text = "Though farmers in Ames boast of record harvests, there is no link between harvests and prices, economists say."
    found = [(e.speaker.name if e.speaker else None, e.quote) for e in extract(text)]
    assert ("economists", "there is no link between harvests and prices") in found
    # a tag inside a bracketed aside reports only its own quotation
    text = ('When Holt said the plant would close, the mayor gave the papers a gift ("Holt Shuts Ames," declared the Ledger in '
            'Iowa), but again showed his knack for drama.')
    assert [e.quote for e in extract(text) if e.speaker and e.speaker.name == "Ledger"] == ["Holt Shuts Ames,"]
