"""Round 9 (real news): what a pronoun or a description resolves to, and an outlet named as the article names it.
Every sentence is written for the tests."""

from attribution.extraction import extract

HEAD = "A headline for the story\n\n"


def speakers(text):
    return [(e.speaker.name, e.speaker_mention) for e in extract(text)]


# ---------------------------------------------------------------- an outlet named as the article names it


def test_an_outlet_the_article_names_by_its_short_name_keeps_that_name():
    text = HEAD + "BuzzFeed reported that the council would vote again in March."
    assert speakers(text) == [("BuzzFeed", "BuzzFeed")]
    # (its full name when the article writes it; its usual one when the article only adds a small "the")
    text = HEAD + "BuzzFeed News reported that the council would vote again in March."
    assert speakers(text) == [("BuzzFeed News", "BuzzFeed News")]
    text = HEAD + "The vote was close, the Guardian reported on Monday, and the mayor would appeal."
    assert [name for name, _ in speakers(text)] == ["The Guardian"]


def test_an_outlet_the_article_names_by_its_older_name_keeps_that_name():
    text = HEAD + "The Huffington Post reported that the vote on the harbor plan was delayed."
    assert speakers(text) == [("The Huffington Post", "The Huffington Post")]


# ---------------------------------------------------------------- "he" is never a name written after "the"


def test_he_is_the_writer_not_the_weekly_he_writes_for():
    text = HEAD + ("The council met on Tuesday to weigh the harbor plan.\n\n"
                   "Stephen R. Calder of the Weekly Harbinger has fought the plan for months. "
                   "\u201cThey have not read a single study,\u201d he said.")
    assert speakers(text) == [("Stephen R. Calder", "he")]


def test_she_is_the_senator_not_the_act_named_after_her():
    text = HEAD + ("Marisol Quintero spent a decade on the bill. The Coastal Waters Act passed on Friday. "
                   "\u201cIt took far too long,\u201d she said.")
    assert [name for name, _ in speakers(text)] == ["Marisol Quintero"]


def test_a_doubled_space_before_a_name_leaves_no_space_in_it():
    text = HEAD + ("The vote on the harbor plan was close, and Sen.  Dana Holt voted against it.\n\n"
                   "\u201cWe will try again in the spring,\u201d she said.")
    assert speakers(text) == [("Dana Holt", "she")]


# ---------------------------------------------------------------- "the group" is no newspaper with a hyphened name


def test_the_group_is_not_the_newspaper_with_a_hyphened_name():
    text = HEAD + ("The rally drew 300 people, the Halden Sun-Times reported.\n\n"
                   "\u201cWe will be back every week,\u201d the group said in a statement.")
    assert speakers(text) == [("Halden Sun-Times", "the Halden Sun-Times"), ("the group", "the group")]


# ---------------------------------------------------------------- a description after a quotation: the sentence's subject


def test_the_senator_after_a_quotation_is_the_person_the_sentence_opens_with():
    text = HEAD + ("Marcus Lindqvist is running for a second term. His rivals call him a career politician.\n\n"
                   "Recall Sen. Dana Holt losing her seat in 2010 after a single bad debate.\n\n"
                   "Lindqvist defends his record in an ad running on local TV: "
                   "\u201cWe kept the plant open when others gave up,\u201d the senator says.")
    assert ("Marcus Lindqvist", "the senator") in speakers(text)
    assert ("Dana Holt", "the senator") not in speakers(text)


# ---------------------------------------------------------------- "she" in a clause right after the surname that opens the sentence


def test_she_after_a_surname_and_though_is_that_person():
    text = HEAD + ("Maria Okafor chairs the committee. \u201cThe bill is dead,\u201d Lindsey Marsh said.\n\n"
                   "Okafor, though she praised the bill, said it would have to wait until spring.")
    assert speakers(text)[1:] == [("Maria Okafor", "she"), ("Maria Okafor", "she")]


# ---------------------------------------------------------------- an outlet's short name after its full one


def test_the_times_after_the_new_york_times_is_that_paper():
    text = HEAD + ("The New York Times reported on Sunday that the mayor had used a private account.\n\n"
                   "The Times said the messages covered city business.")
    assert speakers(text) == [("New York Times", "The New York Times"), ("New York Times", "The Times")]
    # (with two papers of that name met, it stays as written)
    text = HEAD + ("The New York Times reported on Sunday that the mayor had used a private account. "
                   "The Washington Times reported that she had not.\n\n"
                   "The Times said the messages covered city business.")
    assert speakers(text)[-1] == ("The Times", "The Times")


# ---------------------------------------------------------------- a name written alone: a person's when a given name or "he" says so


def test_a_given_name_written_alone_is_a_person_he_can_stand_for():
    text = HEAD + ("Tom Reyes runs the depot on the east side.\n\nBob told reporters the depot would close in May.\n\n"
                   "\u201cIt was a long time coming,\u201d he said.")
    items = extract(text)
    assert [(e.speaker.name, e.speaker.kind) for e in items] == [("Bob", "person"), ("Bob", "person")]


def test_a_surname_alone_followed_by_he_is_a_person_and_it_stays_a_body():
    text = HEAD + ("Tom Reyes runs the depot on the east side.\n\nOkafor said he would fight the closing in court.\n\n"
                   "\u201cIt was a long time coming,\u201d he said.")
    assert speakers(text) == [("Okafor", "Okafor"), ("Okafor", "he")]
    text = HEAD + ("Tom Reyes runs the depot on the east side.\n\nHalvex said it would fight the closing in court.\n\n"
                   "\u201cIt was a long time coming,\u201d he said.")
    assert [(e.speaker.name, e.speaker.kind) for e in extract(text)] == [("Halvex", "organization"), ("Tom Reyes", "person")]


# ---------------------------------------------------------------- "Pres." is a title


def test_the_president_is_the_person_titled_pres():
    text = HEAD + ("In a long interview, Pres. Okafor admits the plan did not work.\n\nThe governor, Dana Holt, called it a failure.\n\n"
                   "Asked about the plan, Okafor defended the process. \u201cWe did what we could,\u201d the president said.")
    assert speakers(text)[-1] == ("Okafor", "the president")


def test_a_no_break_space_inside_a_name_is_a_plain_space_in_the_speakers_name():
    text = HEAD + "Former mayor Dana\u00a0Holt said the depot would close in May."
    assert [e.speaker.name for e in extract(text)] == ["Dana Holt"]


def test_she_is_the_lawyer_not_the_town_written_after_a():
    text = HEAD + ("Dana M. Holt, a Harbor Point lawyer who represents club owners, has helped the clubs adapt to what she said "
                   "is a new demand for tennis courts.")
    assert speakers(text) == [("Dana M. Holt", "she")]


def test_a_surname_an_outlet_shares_is_the_person_named_in_full_before():
    text = HEAD + ("Mayor Ellis Guardian welcomed the visit on Tuesday.\n\n"
                   "Guardian said he expected the old casino to reopen by the summer.")
    assert speakers(text) == [("Ellis Guardian", "Guardian")]


def test_a_name_written_once_without_its_accents_is_the_same_person():
    text = ("Francois Lemaire Says The Port Plan Is Dead\n\n"
            "Fran\u00e7ois Lemaire said on Monday that the port plan would not survive the winter.")
    assert {e.speaker.name for e in extract(text)} == {"Fran\u00e7ois Lemaire"}
