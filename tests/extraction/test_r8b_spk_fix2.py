"""Round 8b (issue 10, real news): wrong speakers left after the merge. Every sentence is written for the tests."""

from attribution.extraction import extract

HEAD = "A headline for the story\n\n"


def speakers(text: str, cue: str) -> list[str]:
    return [item.speaker.name if item.speaker else None for item in extract(HEAD + text) if item.cue == cue]


def quotes(text: str, cue: str) -> list[str]:
    return [item.quote for item in extract(HEAD + text) if item.cue == cue]


# ---------------------------------------------------------------- a state before a plural noun only says which ones


def test_the_politicians_of_a_state_speak_not_the_state():
    assert speakers("Oregon politicians are furious at the mill and want their money back.", "want") == ["Oregon politicians"]


def test_a_two_word_state_before_voters_is_their_modifier():
    assert speakers("New York voters are tired of the fight and want a change.", "want") == ["New York voters"]


def test_a_state_that_sues_still_speaks():
    assert speakers("Texas sues the agency, saying the rule is illegal.", "saying") == ["Texas"]
    assert speakers("Vermont wants the plant closed.", "wants") == ["Vermont"]


# ---------------------------------------------------------------- "boasted only one paid staffer": boasting of having


def test_a_boast_of_a_count_with_a_participle_adjective_is_no_report():
    assert quotes("Walsh noted that Vermont boasted only two paid organizers before the last vote.", "boasted") == []


def test_a_boast_of_a_clause_is_still_reported():
    assert quotes("The mayor boasted the town hired 20 more officers.", "boasted") == ["the town hired 20 more officers"]
    assert quotes("Lee admitted two failed bids had cost him.", "admitted") == ["two failed bids had cost him"]


# ---------------------------------------------------------------- a participle after an "in which" clause is that clause's


AD = ('The campaign is starting slowly. Its first salvo began with a short Web ad, "Toy Town," in which children use a doll '
      'to knock over a tower, yelling "zoning board!" A TV ad followed.')


def test_the_children_in_the_ad_yell_not_the_salvo():
    assert speakers(AD, "yelling") == ["children"]


def test_the_mayor_in_the_video_warns():
    text = "The group released a video in which the mayor walks through the park, warning that it would close."
    assert speakers(text, "warning") == ["the mayor"]


def test_a_main_verb_after_an_in_which_clause_keeps_the_sentence_subject():
    text = ("The advocacy group Friends of the Valley, in which Hale played a founding role, and which backed his rise, "
            "is planning a vote to close the quarry.")
    assert "Hale" not in speakers(text, "planning")


# ---------------------------------------------------------------- a paragraph that opens with a closing glyph


STRAY = ("Even before the vote, Lee was favored to win.\n\n"
         "” … in the case of Oregon, the Lee bandwagon has already left the depot,” wrote the Harbor Gazette. "
         "“Lee’s grip on the county meetings followed his aggressive organizing.”")


def test_a_quotation_opened_with_a_closing_glyph_at_the_paragraph_start_is_paired():
    assert quotes(STRAY, "wrote")[0] == "… in the case of Oregon, the Lee bandwagon has already left the depot,"


def test_the_quotation_after_the_tag_keeps_the_magazine_as_its_speaker():
    assert speakers(STRAY, "wrote") == ["Harbor Gazette", "Harbor Gazette"]


def test_a_closing_mark_after_a_word_at_a_paragraph_start_still_closes():
    text = "“We will build it, Lee said.\n\nThe plan”s critics were loud."
    assert all("critics" not in quote for quote in quotes(text, "said"))


# ---------------------------------------------------------------- a name after "in" is a place, not who speaks next


def test_a_town_after_in_is_not_the_mayor():
    assert speakers("At the rally in Oak Hollow, the mayor said the town would grow.", "said") == ["the mayor"]


def test_a_person_named_in_a_place_still_speaks_as_he():
    text = ("Reid Tallis, a 52-year-old builder in Fern Valley, Ore., gave the campaign $300 last spring. "
            "'I know our voters are here,' he said.")
    assert speakers(text, "said") == ["Reid Tallis"]


def test_the_mayor_named_before_stays_the_mayor():
    text = "Dana Holt, the mayor, spoke first. At the rally in Oak Hollow, the mayor said the town would grow."
    assert speakers(text, "said") == ["Dana Holt"]


# ---------------------------------------------------------------- streets and movements are nobody "she" can be


def test_a_street_is_not_who_she_is():
    text = "Marchers gathered on Elm Street on Monday. The leader noted an interview in which she said she keeps salt in her purse."
    assert "Elm Street" not in speakers(text, "said")


def test_a_three_word_name_before_movement_is_no_person():
    text = ("Lena Voss marched on Monday. Green Lives Count rallied too. Members of the Green Lives Count movement cheered.\n\n"
            "Later she said the march would return.")
    assert speakers(text, "said") == ["Lena Voss"]


def test_a_person_before_a_group_word_keeps_being_a_person():
    text = "Members of the Mary Lee Holt group cheered. Later she said the march would return."
    assert speakers(text, "said") == ["Mary Lee Holt"]


# ---------------------------------------------------------------- a source close to someone is not that someone


def test_an_aide_close_to_a_senator_is_an_unnamed_aide():
    assert speakers("An aide close to Senator Dana Holt said the plan was over.", "said") == ["an aide close to Senator Dana Holt"]


def test_a_person_close_to_a_family_after_the_quote_is_the_whole_phrase():
    text = "“The slide comes from the letters,” said a person close to the Holts. “That’s why Lee rose too.”"
    assert speakers(text, "said") == ["a person close to the Holts", "a person close to the Holts"]


def test_a_named_person_close_to_someone_still_speaks():
    assert speakers("Dana Holt, close to the mayor, said the plan was over.", "said") == ["Dana Holt"]


# ---------------------------------------------------------------- two roles joined by "and" before an inverted name


def test_two_joined_roles_before_the_name_after_said_make_the_speaker():
    text = ("He lobbied for the firm on taxes in the capital and in the state houses of Maine and Vermont, "
            "said lobbyist and party strategist Tom Reed, his former partner.")
    assert speakers(text, "said") == ["Tom Reed"]
    assert quotes(text, "said")[0].startswith("He lobbied")


def test_a_long_lower_case_run_without_and_is_still_no_role():
    text = "The vote was close, said the very old and tired Tom Reed."
    assert "Vermont" not in speakers(text, "said")


# ---------------------------------------------------------------- the article's own typo doubles "the"


def test_a_doubled_article_is_read_once():
    text = "Hackers also read the mayor's mail, according to the the committee report."
    assert speakers(text, "according to") == ["the committee report"]


def test_a_doubled_article_finds_the_report_met_before():
    text = ("A committee report found the agency hid the break-ins.\n\n"
            "Hackers also read the mayor's mail, according to the\u00a0the committee report.")
    assert speakers(text, "according to") == ["A committee report"] or speakers(text, "according to") == ["a committee report"]


# ---------------------------------------------------------------- "who" after a source familiar with something


def test_who_after_a_source_familiar_with_talks_is_the_source():
    text = "\"It wasn't a good case,\" said one Democrat familiar with the talks, who added that the staff seemed rattled."
    assert set(speakers(text, "added")) == {"one Democrat familiar with the talks"}


def test_officials_familiar_with_a_laptop_speak_not_the_laptop():
    text = ("Federal officials familiar with the laptop, speaking privately because they had no "
            "leave to discuss the case, said that it did seem to have some simple locks.")
    assert speakers(text, "said") == ["Federal officials familiar with the laptop"]


def test_a_clause_after_a_source_familiar_with_a_probe_keeps_its_own_subject():
    text = ('A source familiar with the probe said the parts of the network that were hit suggested the intruders '
            'were seeking "trade secrets."')
    assert all("said the parts" not in (name or "") for name in speakers(text, "suggested"))
