"""Round 7b (issue 10, real news): "said", "says" and "told" whose speaker the sentence shape hid.
Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


# ---------------------------------------------------------------- "they" for a capitalised group


def test_they_stands_for_a_capitalised_group_that_opened_a_clause_before():
    text = HEAD + "Whatever drew them in, the Rovers have found a home in the league. Playing at night, they said, can be tiring."
    assert ("indirect", "Playing at night, they said, can be tiring", "Rovers") in found(text)


def test_a_capitalised_first_word_also_written_in_lower_case_is_no_group():
    text = HEAD + "A plan was drafted. Rents remain high in the city, where rents rose. Living there, they said, can be costly."
    assert not any(speaker == "Rents" for _kind, _text, speaker in found(text))


# ---------------------------------------------------------------- a tag between a clause and the next one


def test_a_definite_noun_tagged_between_commas_speaks_for_the_clause_before_and():
    text = HEAD + "The delay was caused by a storm, the railway added, and trains would run again on Monday."
    assert found(text) == [("indirect", "The delay was caused by a storm", "the railway")]


def test_an_indefinite_noun_tagged_before_and_is_nobody_known():
    text = HEAD + "The delay was caused by a storm, a railway added, and trains would run again on Monday."
    assert found(text) == []


# ---------------------------------------------------------------- "say experts" after the clause's subject


def test_a_bare_group_after_an_inverted_say_is_the_speaker():
    text = HEAD + "The real trouble, say engineers, is the clay under the road."
    assert found(text) == [("indirect", "The real trouble, say engineers, is the clay under the road", "engineers")]


def test_a_group_like_a_named_expert_after_say_is_that_expert():
    text = HEAD + "Part of the trouble with the road, say experts like Nora Vance, a Danish geologist, is the clay under it."
    assert [speaker for _kind, _text, speaker in found(text)] == ["Nora Vance"]


def test_a_participle_cue_before_a_group_names_no_speaker():
    text = HEAD + "She won a majority of the regular, pledged delegates on Tuesday."
    assert found(text) == []


# ---------------------------------------------------------------- a bracketed description after a name


def test_a_name_with_a_bracketed_description_after_a_clause_speaks():
    text = HEAD + "Few mayors would say so, but Mayor Ana Ortiz (a Democrat from Toledo) says she was lost in her first year."
    assert found(text) == [("indirect", "she was lost in her first year", "Ana Ortiz")]



# ---------------------------------------------------------------- people named by a plural in "-ers"


def test_a_plural_of_people_who_do_something_speaks():
    text = HEAD + "If costs keep rising, forecasters say the town will run out of money by 2030."
    assert found(text) == [("indirect", "the town will run out of money by 2030", "forecasters")]


def test_a_plural_in_ers_that_names_things_speaks_for_nobody():
    text = HEAD + "In the old mill, helicopters suggest that the owners had money to spare."
    assert not any(speaker == "helicopters" for _kind, _text, speaker in found(text))


def test_a_name_ending_in_ers_is_not_a_group():
    text = HEAD + "Ortiz now leads Sanders by about 270 pledged delegates as the season ends."
    assert found(text) == []


def test_they_reaches_past_a_margin_and_a_verb_after_that_to_the_group():
    text = HEAD + "Millennials have reached a consensus on a question that divides the town: By nearly 2-1, they say the levy should go."
    assert found(text) == [("indirect", "the levy should go", "Millennials")]


def test_a_short_plural_in_ers_names_people_too():
    text = HEAD + "Glass makers, for instance, argue that the levy would close their plants."
    assert found(text) == [("indirect", "the levy would close their plants", "Glass makers")]
