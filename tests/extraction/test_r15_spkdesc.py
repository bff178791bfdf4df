"""Round 15 (spkdesc), descriptions resolved to a named person ("the chairman", "the actress", "the candidate"): a wrong
link is worse than none, so a description stays as written when the article does not say who it means, and another
holder of the office named nearer is the one meant. Every sentence and name is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def speakers_of(text, quote_start):
    return [speaker for _kind, quote, speaker in found(HEAD + text) if quote.startswith(quote_start)]


def test_this_reporter_is_the_writer_of_the_article_and_no_one_it_names():
    assert speakers_of("Tenney Road campaigners fought Harbor Trust boss Ray Dunwell for years. As this reporter revealed, "
                       "Dunwell is not even a member of the trust he leads.", "Dunwell is not") == ["this reporter"]


def test_a_description_by_office_means_the_holder_of_it_who_opened_a_sentence_since_the_other_was_heard():
    assert speakers_of("Rules Committee Chairman Bram Okafor attacked Party Chairman Reuben Stallworth in an email on Saturday.\n\n"
                       "\"It is a serious breach,\" Okafor wrote.\n\n"
                       "Stallworth has fought those claims and lobbied against any changes. The chairman said on Sunday "
                       "that he opposes any change of the rules this week.", "he opposes") == ["Reuben Stallworth"]


def test_the_office_of_another_named_body_is_not_the_office_of_the_person_met_before():
    assert speakers_of("Delia Farrow, a Vale supporter and president of the Harbor Trust, asked the mayor about the ferries. She said "
                       "she asked the question \"to build on the mayor's promise.\"\n\n"
                       "Farrow has invited Ned Quillan, the president of the Delmar Institute, who often criticizes the port authority, "
                       "to testify.", "the port authority") == ["the president of the Delmar Institute"]


def test_a_role_noun_stays_as_written_when_a_person_just_introduced_may_be_the_one_it_means():
    text = ("Actress Mira Castellane wrote a blog about the studios and said the roles \"keep shrinking.\"\n\n"
            "The studios said little. Their lawyers said less. The guild met twice in March and once in April, and its members "
            "voted to keep talking with the studios about pay and the hours of the shoots. Nobody at the guild would say when "
            "the next vote would be held, or what the talks had achieved so far, though some members hoped for news before the "
            "summer. The studios, for their part, have hired more writers this year than last, and they plan to shoot two more "
            "seasons of their most watched shows in the north of the country, where the costs are lower.\n\n"
            "\"Harbor Lights\" star Lenora Vasquez opened up about being called \"a real woman\" in a blog post. The actress said "
            "the phrase was \"a backhanded compliment.\"")
    assert speakers_of(text, "the phrase was") == ["the actress"]
    assert speakers_of(text, "a blog about") == ["Mira Castellane"]


def test_a_description_stays_as_written_when_its_sentence_names_several_people_before_it():
    assert speakers_of("Corin Vale campaigned in Ashford on Monday. The \"dirty tricks\" that Ben Hatcher accused Tom Ruddick's "
                       "campaign of playing are not as bad as Nell Ashby's handling of the flood, the candidate said on Friday.",
                       "The \"dirty tricks\"") == ["the candidate"]


def test_a_description_is_not_the_person_its_own_clause_names():
    assert speakers_of("Dan Hale said the race was \"rigged.\" He tells crowds she may be charged over her emails. \"It doesn't "
                       "make me nervous,\" the cautious candidate said of a race against Mr. Hale.", "It doesn't") == [
        "the cautious candidate"]


def test_a_group_described_as_another_kind_than_its_name_says_is_someone_else():
    assert speakers_of("The Northern Front has urged attacks with trucks before, according to the Coastline Intelligence Group, which "
                       "tracks extremist statements. Backers of the militia were sharing the news and cheering, it said. Web boards "
                       "shared old posts where the terrorist group told its fans to strike at ports.", "to strike") == [
        "the terrorist group"]


def test_the_group_stays_as_written_when_another_group_was_described_since_the_named_one():
    assert speakers_of("Holt Health Group said on Monday that it may leave the exchanges next year.\n\n"
                       "Only this week, the trade group for the Marlow Care plans, which run many county exchanges, set out its worries "
                       "as it commented on the draft rules. \"Our members face a lopsided pool,\" the group wrote.", "Our members") == [
        "the group"]
