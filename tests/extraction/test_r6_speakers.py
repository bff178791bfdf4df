"""Speakers in real US political reporting, round 6 (issue 10): who a participle or a subject phrase
points to, and an outer report that holds an inner one. Every sentence is written for the tests."""

from attribution.extraction import extract


def _speakers(text: str, cue: str) -> list[str]:
    return [e.speaker.name for e in extract(text) if e.cue == cue and e.speaker is not None]


def _quotes(text: str, cue: str) -> list[str]:
    return [e.quote for e in extract(text) if e.cue == cue]


# ---------------------------------------------------------------- a participle after a clause joined to a report


def test_a_participle_after_a_clause_joined_to_a_reports_content_is_that_clauses_subjects():
    text = ("Tenant groups say the new fees are meant to push them out, and the Harbor Renters League has already sued "
            "the city over the fees, saying they break the housing code.")
    assert _speakers(text, "saying") == ["Harbor Renters League"]


def test_a_participle_after_a_report_with_no_joined_clause_stays_the_reporters():
    text = "Tenant groups say the new fees are meant to push them out, saying they break the housing code."
    assert _speakers(text, "saying") == ["Tenant groups"]


def test_a_pronoun_in_a_joined_clause_leaves_the_participle_to_the_reporter():
    text = "Dana Holt said the council had ignored the audit, and she has since filed a complaint, saying the rules were broken."
    assert _speakers(text, "saying") == ["Dana Holt"]


# ---------------------------------------------------------------- an outer report holds the inner one whole


def test_an_outer_report_holds_a_relative_clause_with_an_inner_report():
    text = ("Marta Quist said she has had no talks with donors who have suggested that the governor leave the race "
            "or soften his attacks.")
    assert _quotes(text, "said") == [
        "she has had no talks with donors who have suggested that the governor leave the race or soften his attacks"]
    assert _speakers(text, "suggested") == ["donors"]


def test_an_outer_report_holds_an_inner_report_after_a_preposition():
    text = ("Senator Ruth Adler said she had spoken with the governor about claims that his aides made threats "
            "after county officials ruled against them.")
    assert _quotes(text, "said") == [
        "she had spoken with the governor about claims that his aides made threats after county officials ruled against them"]


def test_a_report_joined_by_and_still_ends_the_one_before():
    text = "Marta Quist said the audit was late, and the county clerk said that the budget was wrong."
    assert _quotes(text, "said") == ["the audit was late", "the budget was wrong"]


def test_a_report_after_a_time_phrase_still_ends_the_one_before():
    text = "Dana Holt said her vote was a mistake, at the forum this week she said she would not repeat it."
    first = _quotes(text, "said")[0]
    assert first.startswith("her vote was a mistake") and "repeat" not in first


# ---------------------------------------------------------------- an office written as a noun and "general"


def test_the_attorney_general_is_not_the_person_met_last():
    text = ("Dana Holt spoke in Dayton on Monday about her plan. The state attorney general of Ohio is suing Holt for $2 million, "
            "claiming the academy is a fraud.")
    assert _speakers(text, "claiming") == ["the state attorney general of Ohio"]


def test_an_inspector_general_is_not_an_attorney_general_met_before():
    text = ("The state attorney general said the audit was late. The department's inspector general had previously indicated "
            "that some of the files were missing.")
    assert _speakers(text, "indicated") == ["the department's inspector general"]


def test_the_attorney_general_is_the_person_named_with_that_office():
    text = "Attorney General Lena Park met the families on Monday. The attorney general said the inquiry would go on."
    assert _speakers(text, "said") == ["Lena Park"]


# ---------------------------------------------------------------- a quantified group after a name is no apposition


def test_many_after_a_name_and_a_comma_is_the_subject_not_an_apposition():
    text = ("Dana Holt won the county. While many farmers have voiced doubts about Holt, many said Monday "
            "that the ruling makes the race closer.")
    assert _speakers(text, "said") == ["many"]


def test_some_allies_after_a_name_and_a_comma_are_the_subject():
    text = "Omar Reyes spoke on Monday. In a year when voters distrust Mr. Reyes, even some allies questioned why the fund had not closed."
    assert _speakers(text, "questioned") == ["some allies"]


def test_a_description_after_a_name_is_still_its_apposition():
    text = "Omar Reyes, a farmer from Dayton, said the ruling makes the race closer."
    assert _speakers(text, "said") == ["Omar Reyes"]


# ---------------------------------------------------------------- a relative clause's object pronoun is no speaker


def test_organizations_that_endorsed_him_are_the_speakers_not_him():
    text = "Omar Reyes is running for mayor. Organizations that have endorsed him say the race is close."
    assert _speakers(text, "say") == ["Organizations"]


def test_a_that_clause_after_a_verb_is_no_relative_clause():
    text = "Omar Reyes is running for mayor. He argued that voters who have met him say he listens."
    assert "Omar Reyes" in _speakers(text, "argued")


# ---------------------------------------------------------------- a participle after a dash hangs on the clause before


def test_a_participle_after_a_dash_is_the_reporters_not_the_clause_before_it():
    text = ("Dana Holt says she will vote for the levy but has withheld her support, meaning she will not campaign for it "
            "- essentially conceding that she doubts it will pass.")
    assert _speakers(text, "conceding") == ["Dana Holt"]
    assert _quotes(text, "says") == ["she will vote for the levy but has withheld her support, meaning she will not campaign for it"]


def test_an_adverb_before_a_participle_is_not_left_at_the_end_of_the_content():
    text = "Omar Reyes said he was pleased but still hoping the council would act."
    assert _quotes(text, "said") == ["he was pleased"]


# ---------------------------------------------------------------- ", which" after a name's description


def test_which_after_a_described_name_leaves_the_name_speaking():
    text = ("Omar Reyes, a farmer, said the vote was close. Dana Holt, the president of the Prairie Growers Union, which "
            "endorsed Mr. Moss in May, said that the levy would pass.")
    assert _speakers(text, "said") == ["Omar Reyes", "Dana Holt"]


def test_a_share_of_them_set_off_by_commas_describes_the_speakers():
    text = "Her critics in the county, many of them retired farmers, argue that the levy is unfair."
    assert _speakers(text, "argue") == ["Her critics in the county"]


# ---------------------------------------------------------------- a party tag ending in a full stop ends no sentence


def test_a_participle_aside_after_a_party_tag_leaves_the_senator_speaking():
    text = ("Sen. Dana Holt (R-Mo.), facing a stiff challenge from Secretary of State Omar Reyes, noted that "
            "the campaign manager is from the state.")
    assert _speakers(text, "noted") == ["Dana Holt"]


# ---------------------------------------------------------------- a long "who" clause after a described name


def test_a_cue_deep_in_a_who_clause_leaves_the_described_name_speaking():
    text = ("Omar Reyes, a plumbing contractor who came to the rally with Dana Holt, blamed the council for the flooding. "
            "Lena Park, a farmer who has given thousands of dollars to groups backing Senator Ann Lee of Ohio, said the levy would fail.")
    assert _speakers(text, "said") == ["Lena Park"]
    assert _speakers(text, "blamed") == ["Omar Reyes"]


def test_a_participle_after_people_inside_a_who_clause_is_theirs():
    text = "Lena Park, a farmer who has given thousands of dollars to groups backing Senator Ann Lee of Ohio, said the levy would fail."
    assert _speakers(text, "backing") == ["groups"]
    assert _speakers(text, "said") == ["Lena Park"]


def test_a_participle_after_people_after_into_is_theirs():
    text = "Omar Reyes has poured thousands of dollars into groups backing Senator Ann Lee of Ohio."
    assert _speakers(text, "backing") == ["groups"]


# ---------------------------------------------------------------- a belief adjective after a comma


def test_a_trailing_belief_adjective_is_the_clause_subjects_belief():
    text = ("Holt aides spent Saturday giving pep talks to precinct captains and key workers in the county, "
            "confident that voters would back the levy.")
    assert _speakers(text, "confident") == ["Holt aides"]


def test_a_belief_adjective_set_off_inside_the_subject_stays_the_subjects():
    text = "Farmers, confident that the levy would fail, have stayed quiet."
    assert _speakers(text, "confident") == ["Farmers"]


# ---------------------------------------------------------------- "are quick to point out"


def test_a_readiness_adjective_before_the_cue_leaves_the_subject_whole():
    text = "Advisers to Mr. Reyes are quick to point out that she has finished ahead in three counties."
    assert _speakers(text, "point out") == ["Advisers to Mr. Reyes"]


def test_was_quick_to_add_reports_the_subjects_words():
    text = "Dana Holt was quick to add that the levy had failed."
    assert _speakers(text, "add") == ["Dana Holt"]


# ---------------------------------------------------------------- "sent a letter urging"


def test_a_participle_after_sent_a_letter_is_the_senders():
    text = "The Prairie Growers Union sent a letter to its members urging them to vote against the levy."
    assert _speakers(text, "urging") == ["Prairie Growers Union"]


def test_a_participle_after_put_out_a_statement_is_the_issuers():
    text = "The mayor's office put out a statement saying the bridge would reopen in May."
    assert _speakers(text, "saying") == ["the mayor's office"]


# ---------------------------------------------------------------- someone tied to a named person is not that person


def test_a_spokesman_for_a_named_person_is_not_that_person():
    text = "A spokesman for Senator Dana Holt declined to comment on the levy."
    found = [e for e in extract(text) if e.cue == "declined"]
    assert [e.speaker.name for e in found] == ["a spokesman for Senator Dana Holt"]
    assert found[0].speaker.kind == "unnamed"


def test_an_adviser_to_a_named_person_is_not_that_person():
    text = "Omar Reyes lost the vote. A longtime adviser to Omar Reyes said the count was wrong."
    assert _speakers(text, "said") == ["a longtime adviser to Omar Reyes"]


def test_yelling_and_quip_report_the_speaker_of_the_quotation():
    text = ('Some of his supporters shoved a protester, with Holt reportedly yelling: "Get him out of here!" '
            'The timing was so odd that a spokesman for the Reyes campaign could only quip: "I guess the holiday was booked."')
    assert _speakers(text, "yelling") == ["Holt"]
    assert _speakers(text, "quip") == ["a spokesman for the Reyes campaign"]


# ---------------------------------------------------------------- a state's name is nobody "he" can be


def test_he_after_a_state_director_is_the_director_not_the_state():
    text = ("Chris Dale, South Carolina director for the Reyes campaign, said the campaign had opened its 11th office.\n\n"
            '"Time is always a challenge for us," he said.')
    assert _speakers(text, "said") == ["Chris Dale", "Chris Dale"]


def test_he_after_a_list_of_states_is_the_person_speaking():
    text = ("Dana Wiley walked the donors through a slide show. And in other farming states, like Iowa and Nebraska, "
            "he said the council could push its rival to raise fees.")
    assert _speakers(text, "said") == ["Dana Wiley"]


def test_groups_that_back_someone_are_the_speakers():
    text = "Farm groups that back the mayor say the budget is too small."
    assert _speakers(text, "say") == ["Farm groups"]


def test_a_that_clause_after_an_apposition_leaves_the_name_speaking():
    text = "But Dana Holt, the president of Farm Watch, a group that has sued the county, said that the damage is done."
    assert _speakers(text, "said") == ["Dana Holt"]


# ---------------------------------------------------------------- people from a place; a comparative "the more"


def test_voters_outside_a_place_are_people_not_the_place():
    text = "Many voters outside New York say the mayor is unknown to them."
    assert _speakers(text, "say") == ["Many voters outside New York"]


def test_the_more_voters_is_no_group_met_before():
    text = ("Voters in Ohio say the levy is fair. The more budgets get squeezed, the more voters fear the candidate "
            "furthest from them.")
    assert _speakers(text, "fear") == ["the more voters"]


def test_a_possessive_before_a_full_name_is_not_part_of_the_name():
    text = "Florida's Rick Walton said the party had to reach more voters."
    found = [e for e in extract(text) if e.cue == "said"]
    assert [e.speaker.name for e in found] == ["Rick Walton"]


# ---------------------------------------------------------------- "he" after a subordinator: the main clause's subject


def test_he_after_when_is_the_person_opening_the_sentence_not_the_object():
    text = ('Omar Reyes told the Ledger that he did not want the endorsement.\n\n'
            'Dana Holt went after Reyes at the debate, refusing to take back her remarks, when she called the businessman "reckless."\n\n'
            'Michael Moss went after Reyes at the forum, when he called the developer "unfit."')
    assert _speakers(text, "called") == ["Dana Holt", "Michael Moss"]
