from attribution.extraction import extract


def _speaker_of(text, fragment):
    for record in extract(text):
        if record.quote.startswith(fragment):
            return record.speaker.name if record.speaker else None
    raise AssertionError(f"no record holds {fragment!r}")


def test_the_ones_who_called_her_to_say_it_speak_not_the_woman_they_called():
    text = ("Kim Osei said the party was losing members. She added that many Democrats have called her to say "
            "they might skip the vote.\n")
    assert _speaker_of(text, "they might skip the vote") == "many Democrats"


def test_the_one_who_pleaded_with_them_to_reject_a_plan_holds_the_view_not_the_people_he_pleaded_with():
    text = ("Both parents spoke at the rally on Sunday. In an appeal to voters inclined to back the mayor, "
            "Mr. Holt pleaded with them to reject his kind of politics.\n")
    assert all(record.speaker.name == "Holt" for record in extract(text) if "kind of politics" in record.quote)


def test_a_plain_verb_joined_to_a_verb_in_s_belongs_to_the_plural_subject_not_to_she():
    text = ("Lena Park backed the treaty as governor and opposed it as a candidate. Supporters of Tom Reyes still question "
            "whether she truly opposes the treaty and worry that she might support a vote on it after the election.\n")
    assert _speaker_of(text, "she might support a vote") == "Supporters of Tom Reyes"


def test_they_after_several_threatened_is_those_several_not_a_group_heard_from_before():
    text = ("Valley Democrats said the count was fair. Mr. Reyes's supporters gave no sign of retreat on Tuesday. "
            "In interviews, several vowed to disrupt the convention over a delegate system that they say "
            "has cheated Mr. Reyes.\n")
    says = [record for record in extract(text) if record.quote.startswith("that they say")]
    assert [record.speaker.name for record in says] == ["several"]


def test_he_in_what_he_calls_is_the_one_person_his_sentence_names_not_the_last_speaker():
    text = ("Tom Vance leads the race. Paul Dorn joined his campaign in March.\n\n"
            "\"We have started those talks,\" Mr. Dorn said. The remarks suggest Mr. Vance is running a double campaign, "
            "railing against what he calls a ''rigged'' process in public while sending Mr. Dorn to calm party leaders.\n")
    assert _speaker_of(text, "rigged") == "Tom Vance"


def test_a_name_after_the_alleged_gunman_opens_the_sentence_so_the_next_he_is_that_man():
    text = ("\"We will vote on the bill,\" said Sen. Mark Dole.\n\n"
            "The alleged gunman, Robert Lee Dart, is likely to appear in court Wednesday. Police sources have said he said "
            "\"no more lies\" in comments to officers after the shooting.\n")
    assert _speaker_of(text, "no more lies") == "Robert Lee Dart"


def test_a_share_with_a_bracketed_share_added_says_what_they_believe_not_a_source_heard_before():
    text = ("Fact Finder said the claim was false. True or not, the doubt has had an effect: 31 percent "
            "(and 45 percent of Republicans) said they believe the mayor is a spy.\n")
    assert _speaker_of(text, "they believe the mayor is a spy") == "31 percent"


def test_a_participle_after_a_letter_someone_sent_is_the_senders_claim_not_the_sentence_opening_her():
    text = ("\"We did nothing wrong,\" Ms. Dana Holt said on Fox. Her remarks answer a letter the Reyes "
            "campaign sent the party on Monday alleging that the fund was improper.\n")
    assert _speaker_of(text, "the fund was improper") == "the Reyes campaign"



def test_his_attacks_in_a_sentence_naming_one_person_are_that_persons_not_the_last_speakers():
    text = ("Tom Vance and Paul Dorn are running for the seat. Dorn said he would win.\n\n"
            "Lee attacked Dorn relentlessly in Ohio, questioning whether he was eligible to run because Dorn was born abroad. "
            "But Dorn's backers stayed loyal despite those attacks.\n\n"
            "In the other race, Vance's candidacy grew out of anger on the left.\n\n"
            "Vance also won fans with his attacks on big money in politics, railing against donors.\n")
    assert _speaker_of(text, "big money in politics") == "Tom Vance"


def test_it_after_although_is_the_text_that_opens_the_sentence_not_a_person_quoted_before():
    text = ("\"We will see,\" Wallace said on Sunday.\n\n"
            "The state constitution makes no specific mention of guns, although it does say that residents may defend themselves.\n")
    assert _speaker_of(text, "residents may defend themselves") == "the state constitution"
