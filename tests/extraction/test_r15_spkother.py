"""Round 15 (spkother), another speaker than the one meant: a counted person after a quotation's tag whose noun the
lexicon does not know ('"...," said one Democrat who ...'), a social-media account that speaks for its owner
("Vale's account tweeted: ..."), and a platform that carries a post but never writes it ("a Facebook post said").
Every sentence is written for the tests."""

from .helpers import found, only

HEAD = "A headline for the story\n\n"


def test_a_counted_party_member_after_a_quotation_tag_speaks_though_a_who_clause_follows():
    item = only(HEAD + 'The levy drew fire on Tuesday. "We will not vote for this levy," said one Democrat who was in the room.', "direct")
    assert item.speaker.name == "one Democrat"
    assert item.cue == "said"


def test_another_counted_supporter_after_a_quotation_tag_speaks():
    item = only(HEAD + '"The bridge will open by spring," said another Vale loyalist at the depot.', "direct")
    assert item.speaker.name == "another Vale loyalist"
    # a counted time after the cue is no speaker
    assert [s for _k, _q, s in found(HEAD + 'Corin Vale spoke at the depot. "The bridge will open by spring," she said one morning.')] == ["Corin Vale"]


def test_a_possessed_account_that_tweets_a_quotation_speaks_for_its_owner():
    item = only(HEAD + 'Governor Nell Ashby criticised the ferry ruling on Friday. Ashby\'s account tweeted: "This ruling is a disgrace."', "direct")
    assert item.speaker.name == "Nell Ashby"
    assert item.cue == "tweeted"


def test_a_possessed_twitter_account_that_tweets_a_clause_speaks_for_its_owner():
    assert ("indirect", "the ruling was a disgrace", "Nell Ashby") in found(
        HEAD + "Governor Nell Ashby criticised the ferry ruling on Friday. Ashby's Twitter account tweeted that the ruling was a disgrace.")


def test_according_to_a_persons_account_gives_the_person():
    assert ("indirect", "the ferry was late every day", "Nell Ashby") in found(
        HEAD + "Nell Ashby rode the ferry for a decade. According to Ashby's account, the ferry was late every day.")


def test_a_platform_carrying_a_post_does_not_speak_for_it():
    speakers = [s for _k, _q, s in found(HEAD + "The depot closed on Monday. A Facebook post said the depot would reopen in May.")]
    assert speakers and "Facebook" not in speakers


def test_a_quoted_nickname_is_no_full_name_for_the_company_written_alone():
    text = (HEAD + 'Ferrylink has long called its app a harbour for all. Some riders call the late boats "Dockside Ferrylink," a joke. '
            "In a blog post on Friday, Ferrylink said delays were against its rules. It added that refunds would follow.")
    assert [s for k, _q, s in found(text) if k == "indirect"] == ["Ferrylink", "Ferrylink", "Ferrylink"]


def test_a_quoted_headline_is_no_full_name_for_the_person_written_with_an_honorific():
    text = (HEAD + 'Donald Marsh toured the port in May. Papers abroad mocked him ("Pope Scolds Marsh," ran one). '
            "Mr. Marsh had criticized the pope as a meddler.")
    assert [s for _k, q, s in found(text) if q == "the pope as a meddler"] == ["Donald Marsh"]


def test_a_participle_aside_opened_by_an_adverb_leaves_the_subject_before_it_as_the_speaker():
    item = only(HEAD + 'One leaflet, apparently referring to raids by the militia and its partners, said: "You will pay for this."', "direct")
    assert item.speaker.name == "One leaflet"
    assert ("indirect", "the town would rebuild", "the mayor") in found(HEAD + "The mayor, apparently referring to the flood, said the town would rebuild.")


def test_a_participle_after_most_or_very_is_an_adjective_with_no_speaker():
    assert found(HEAD + "The most telling promise Ms. Vale has made is to keep the depot open.") == []
    assert found(HEAD + "A very revealing remark about the depot came late on Friday.") == []


def test_an_as_clause_after_a_quoted_fragment_names_whose_words_they_are():
    text = HEAD + 'Its anchors often report that the tides are "a hoax invented by sailors," as the host Dana Quill said in April.'
    assert [s for k, q, s in found(text) if k == "partial"] == ["Dana Quill"]
    assert [s for k, q, s in found(HEAD + 'The ferry is "a floating disgrace," as Corin Vale put it.') if k == "partial"] == ["Corin Vale"]
    # "did" stands for the report before it
    text = HEAD + 'Its anchors often report that the tides are "a hoax invented by sailors," as Corin Vale recently did.'
    assert [s for k, q, s in found(text) if k == "partial"] == ["Corin Vale"]


def test_a_name_described_as_something_after_a_comma_describes_nobody():
    text = HEAD + 'A leaked email shows the name of Mr. Pardo, described as one of the port’s "richest traders," among the guests.'
    assert "Pardo" not in [s for _k, _q, s in found(text)]


def test_a_noun_echoed_by_someone_after_a_comma_is_that_ones_not_the_nouns():
    speakers = [s for _k, _q, s in found(HEAD + "The council urged towns to back the ruling, a call echoed by the ferry union on Saturday.")]
    assert "a call" not in speakers and "the ferry union" in speakers
