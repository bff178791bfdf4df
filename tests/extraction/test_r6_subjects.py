"""The subject side of speech cues in real US political reporting, round 6 (issue 10): what stands between a
subject and its "said", and which words of a long subject speak. Every sentence is written for the tests."""

from attribution.extraction import extract


def _said(text: str, cue: str = "said") -> list[tuple[str | None, str, str]]:
    """(speaker name, speaker kind, content) of every attribution whose cue is ``cue``."""
    return [(e.speaker.name if e.speaker else None, e.speaker.kind if e.speaker else None, e.quote) for e in extract(text) if e.cue == cue]


# ---------------------------------------------------------------- a date between the subject and its verb


def test_a_weekday_after_on_between_a_name_and_said_is_not_part_of_the_name():
    assert _said("Dana Holt on Tuesday said that the levy is unfair to farmers.") == [
        ("Dana Holt", "person", "the levy is unfair to farmers")]


def test_a_described_name_before_on_and_a_weekday_still_speaks():
    assert _said("Republican mayoral candidate Dana Holt on Friday said the levy is unfair to farmers.") == [
        ("Dana Holt", "person", "the levy is unfair to farmers")]


def test_a_weekday_with_its_part_of_the_day_is_skipped_as_a_whole():
    assert _said("The county clerk late Monday night said the count would resume at dawn.", "said") == [
        ("the county clerk", "unnamed", "the count would resume at dawn")]


def test_a_month_and_day_after_on_is_skipped_before_told():
    assert [s for s, _k, _q in _said("Omar Reyes on Sept. 14 told reporters the plant would close.", "told reporters")] == ["Omar Reyes"]


def test_a_date_after_a_party_tag_is_skipped():
    assert _said("Sen. Dana Holt (R-Ohio) on Tuesday said the bill would raise prices.") == [
        ("Dana Holt", "person", "the bill would raise prices")]


def test_a_date_after_a_comma_closing_a_party_tag_is_skipped():
    assert _speakers("Sen. Dana Holt, R-Ohio, on Tuesday said the bill would raise prices.") == ["Dana Holt"]


def test_in_and_a_year_between_a_name_and_said_is_not_part_of_the_name():
    assert _said("Dana Holt in 2012 said the plant would close.") == [("Dana Holt", "person", "the plant would close")]


def test_on_and_a_weekday_after_a_comma_stay_out_of_the_subject():
    assert [s for s, _k, _q in _said("The vote was close, and Omar Reyes on Monday said the plant would close.")] == ["Omar Reyes"]


# ---------------------------------------------------------------- a relative clause inside the subject


def test_the_object_of_a_relative_clause_in_the_subject_never_speaks():
    assert _said("Farm unions that have endorsed him say they expect the levy to fall.", "say") == [
        ("Farm unions", "unnamed", "they expect the levy to fall")]


def test_a_that_clause_with_a_verb_and_its_object_describes_the_people_before_it():
    assert [s for s, _k, _q in _said("Groups that back the mayor say the budget is too small.", "say")] == ["Groups"]


def test_a_that_clause_with_a_named_object_describes_the_people_before_it():
    assert [s for s, _k, _q in _said("Unions that support Dana Holt say the budget is too small.", "say")] == ["Unions"]


def test_those_who_and_their_clause_are_the_speaker_together():
    assert [s for s, _k, _q in _said("But those who back her rivals say the coverage has hurt her campaign.", "say")] == [
        "those who back her rivals"]


def test_a_that_clause_whose_subject_follows_the_pronoun_is_what_was_said():
    # "officials" is the subject of "say"; the plan is what they talk about, not who speaks
    assert [s for s, _k, _q in _said("The plan that officials say will cut costs was dropped.", "say")] == ["officials"]


def test_a_relative_clause_before_and_leaves_the_coordinated_verb_to_the_main_subject():
    text = "Farm unions have thanked the groups that backed them and say they will keep up the pressure."
    assert "the groups" not in [s for s, _k, _q in _said(text, "say")]


def test_an_infinitive_after_a_relative_clause_is_not_read_as_its_subject():
    text = "The mayor won an unexpectedly strong vote that led her to declare that the race was over."
    assert "vote" not in " ".join(str(s) for s, _k, _q in _said(text, "declare"))


# ---------------------------------------------------------------- speakers joined by "and"


def _speakers(text: str, cue: str = "said") -> list[str | None]:
    return [s for s, _k, _q in _said(text, cue)]


def test_a_name_and_his_wife_named_in_apposition_speak_together():
    assert _speakers("Omar Reyes and his wife, Lina, said they would vote in May.") == ["Omar Reyes and his wife, Lina"]


def test_a_pronoun_and_a_described_person_speak_together():
    assert _speakers("She and another volunteer said the organizer had pushed them.") == ["She and another volunteer"]


def test_two_groups_joined_by_and_speak_together_inside_the_content():
    found = _said("The source of the anger, union members and leaders say, is the trade deal.", "say")
    assert [(s, q) for s, _k, q in found] == [("union members and leaders", "The source of the anger, union members and leaders say, is the trade deal")]


def test_a_list_of_names_ending_in_a_group_speaks_together():
    assert _speakers("Ann Lee, Mary Rao and other big donors in both parties said their networks had changed.") == [
        "Ann Lee, Mary Rao and other big donors in both parties"]


def test_two_roles_of_one_person_are_not_two_speakers():
    assert _speakers("The county treasurer and mayoral candidate Dana Holt said the audit was late.") == ["Dana Holt"]


def test_an_organizations_name_holding_and_is_not_read_as_a_group_of_two():
    assert [k for _s, k, _q in _said("The Office for Roads and Bridges said the repairs will cost $2 million.")] == ["organization"]


def test_a_share_that_blames_someone_is_a_clause_not_a_speaker_beside_the_next():
    text = "Forty percent blame his aides and 22 percent say he is not responsible."
    assert all(not str(s).startswith("Forty") for s in _speakers(text, "say"))


def test_a_later_plural_head_points_back_to_the_group_it_ends():
    text = ("Police experts said the county had no choice. Attorneys and legal experts said the charge would not stand. "
            "The experts said a first offense is rarely punished with jail.")
    found = [(e.speaker.name if e.speaker else None) for e in extract(text)]
    assert found[-1] == "Attorneys and legal experts"


# ---------------------------------------------------------------- a described subject


def test_a_magnate_described_without_a_name_speaks_an_unquoted_clause():
    assert _said("The shipping magnate says a new tariff now costs the port its best customers.", "says") == [
        ("the shipping magnate", "unnamed", "a new tariff now costs the port its best customers")]


def test_a_described_magnate_is_the_person_named_before():
    text = "Tom Ray toured the docks on Monday. The shipping magnate says a new tariff now costs the port its best customers."
    assert [s for s, _k, _q in _said(text, "says")] == ["Tom Ray"]


# ---------------------------------------------------------------- the speaker after a clause's comma


def test_a_group_after_the_comma_that_ends_a_who_clause_speaks():
    text = "Many contracts never reach a court because they frighten workers who signed them, labor lawyers say."
    assert _said(text, "say") == [("labor lawyers", "unnamed", "Many contracts never reach a court because they frighten workers who signed them")]


def test_an_organization_after_the_comma_that_ends_a_who_clause_speaks():
    assert _speakers("The contracts frighten workers who signed them, the union said on Monday.") == ["the union"]


def test_a_group_opening_the_clause_after_a_who_phrase_speaks():
    assert _speakers("Like other growers who expect a boom, many farmers say the price is too high.", "say") == ["many farmers"]


def test_a_number_split_by_its_comma_is_not_a_speaker_after_a_who_clause():
    text = "Ann Lee, who gave $50,000 to a group backing the mayor, was thanked."
    assert all("000" not in (e.speaker.name if e.speaker else "") for e in extract(text))


def test_a_counted_group_after_an_inverted_said_speaks():
    text = "The mayor's rise surprised the old guard more than anyone else, said several observers."
    assert _said(text) == [("several observers", "unnamed", "The mayor's rise surprised the old guard more than anyone else")]


def test_a_counted_thing_after_an_inverted_said_is_no_speaker():
    assert _said("The plan failed, said several times.") == []


# ---------------------------------------------------------------- a described name, and a long "who" clause


def test_a_name_with_an_age_and_a_description_holding_who_speaks():
    text = "Dana Holt, 49, a Navy veteran who now works for the county, said the mayor should expect questions."
    assert _said(text) == [("Dana Holt", "person", "the mayor should expect questions")]


def test_a_who_clause_through_commas_and_or_describes_the_people_before_it():
    text = "Yet some voters who have heard his speeches over the years, on television or at small events, said he had less spark."
    assert _said(text) == [("some voters", "unnamed", "he had less spark")]


def test_a_described_name_whose_who_clause_names_a_group_in_apposition_speaks():
    text = "Omar Reyes, a pollster who works with Fair Vote, a reform group, said the primaries had hurt the mayor."
    assert _speakers(text) == ["Omar Reyes"]


def test_a_name_inside_a_that_clause_after_a_who_clause_is_that_clauses_subject():
    text = ("The remark angered a mayor who is popular in the county, and drew charges that Dana Holt, for one, "
            "called unfair.")
    assert "mayor" not in " ".join(str(s) for s in _speakers(text, "called"))


def test_a_name_before_the_and_a_role_whose_organization_a_which_clause_describes_speaks():
    text = "Ann Lee, the president of the Farm Workers Union, which endorsed Mr. Reyes in May, said the mayor was lagging."
    assert _said(text) == [("Ann Lee", "person", "the mayor was lagging")]


def test_a_name_before_the_and_a_role_and_a_who_clause_speaks():
    assert _speakers("Omar Reyes, the owner of the mill, who spoke in Dover, said the plant would close.") == ["Omar Reyes"]


def test_in_the_past_between_an_auxiliary_and_said_is_skipped():
    assert _speakers("Her close friends and aides have in the past said she would keep silent.") == ["Her close friends and aides"]


def test_in_recent_weeks_between_a_subject_and_its_verb_is_skipped():
    assert _speakers("The mayor in recent weeks has said the plant would close.") == ["the mayor"]


def test_two_modifiers_sharing_a_plural_head_speak_after_a_long_clause():
    text = "Agents want to know whether the aides knew they were sending secrets by email, current and former officials said."
    assert _said(text) == [("current and former officials", "unnamed",
                            "Agents want to know whether the aides knew they were sending secrets by email")]


def test_those_and_a_phrase_saying_who_they_are_speak():
    assert _speakers("Those over 60 say they prefer the bus by three to one.", "say") == ["Those over 60"]


def test_two_things_joined_by_and_are_no_speakers():
    assert _said("Prices and wages said nothing.") == []


# ---------------------------------------------------------------- dashes


def test_names_joined_by_and_before_a_dashed_aside_speak_together():
    text = "Ann Lee and Tom Ray — two former county judges — have also said they back the mayor."
    assert _speakers(text) == ["Ann Lee and Tom Ray"]


def test_a_horizontal_bar_sets_off_an_aside_as_a_dash_does():
    text = "Ann Lee and Tom Ray ― two former county judges ― have also said they back the mayor."
    assert _speakers(text) == ["Ann Lee and Tom Ray"]


def test_a_dateline_ended_by_a_horizontal_bar_is_not_part_of_the_speaker():
    assert _speakers("DOVER ― The county board said it would reopen the bridge in May.") == ["the county board"]


# ---------------------------------------------------------------- "all but"


def test_all_but_a_number_speak_together():
    assert _speakers("All but two said the council should take up the matter in May.") == ["All but two"]


def test_the_one_left_out_by_everyone_but_is_not_the_speaker():
    assert _speakers("Everyone but the mayor said the plan would fail.") == ["Everyone but the mayor"]


def test_but_joining_two_clauses_leaves_the_second_subject_speaking():
    assert _speakers("The vote was close, but two senators said the plan would fail.") == ["two senators"]
