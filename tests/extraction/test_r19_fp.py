"""Round 19 (fp): quotations that are nobody's words — a term a sentence is about, a programme's name — and a
broadcaster's hosts heard as an audience, not as what was said. Every sentence is written for the tests."""

from .helpers import found

HEAD = "A headline for the story\n\n"


def test_a_short_quoted_term_opening_its_sentence_as_a_subject_is_nobodys_words():
    text = HEAD + ('"We will not retreat," the mayor, Ann Lee, said on Tuesday. "We have the votes."\n\n'
                   '"Containment" has been the city\'s policy toward the strikers since 1998, and few expect a change.')
    assert [q for k, q, s in found(text) if k == "direct"] == ["We will not retreat,", "We have the votes."]
    text = HEAD + 'The ministry said it has marked 14 files as "restricted." "Restricted" is the lowest grade of secrecy.'
    assert "Restricted" not in [q for k, q, s in found(text)]
    text = HEAD + ('"We are proud of the new name," the chairwoman, Ann Lee, said.\n\n'
                   '"Harbor Trust," which opens in May, is the fund\'s third name in a decade.')
    assert found(text) == [("direct", "We are proud of the new name,", "Ann Lee")]


def test_a_quoted_subject_with_a_cue_later_or_a_whole_sentence_quoted_stays_the_speakers():
    assert found(HEAD + '"Family farms" are "the backbone of this county," Lee said.')[0] == ("direct", "Family farms", "Lee")
    assert found(HEAD + '"No," Lee said. "That is not happening."') == [("direct", "No,", "Lee"), ("direct", "That is not happening.", "Lee")]


def test_a_programme_owned_by_a_broadcaster_named_in_a_plural_possessive_is_no_quotation():
    text = HEAD + ("President Lane stood by her in a televised interview in March on CBS' ''Night Desk.'' "
                   "''I don't think it posed a problem,'' he said.")
    assert ("partial", "Night Desk.", "Lane") not in found(text)
    assert ("direct", "I don't think it posed a problem,", "Lane") in found(text)
    text = HEAD + "The governor repeated the claim on CBS' \"60 Hours\" on Sunday night."
    assert [k for k, q, s in found(text) if q.startswith("60 Hours")] == []


def test_the_hosts_of_a_programme_are_who_heard_it_not_what_was_said():
    text = HEAD + '"She ran a good race," Ms. Lee told the NBC hosts of "Morning Briefing," adding that she would call her rival.'
    assert found(text) == [("direct", "She ran a good race,", "Lee"), ("indirect", "she would call her rival", "Lee")]
    text = HEAD + '"She ran a good race," Ms. Lee told the CNN anchor, adding that she would call her rival.'
    assert found(text) == [("direct", "She ran a good race,", "Lee"), ("indirect", "she would call her rival", "Lee")]


def test_a_quotation_after_a_phrase_whose_next_word_is_no_verb_has_no_subject_speaking():
    # the capitalised word opening the sentence only opens a longer noun phrase: nobody "health"s or "percent"s
    assert found(HEAD + 'Generous health care and vacations disguised as "study tours" are handed to them every year.') == []
    assert found(HEAD + 'Thirty percent of renters "strongly agree" that rents are too high.') == []
    assert found(HEAD + 'Walsh\'s predecessor sent what was described as a "field army" into the state.') == []


def test_an_owners_words_noun_an_adverb_or_a_short_past_still_let_the_subject_speak():
    assert found(HEAD + 'Mayor Ann Lee\'s appeal for "calm streets" drew applause from the crowd.') == [("partial", "calm streets", "Ann Lee")]
    assert found(HEAD + 'Governor Tom Ray however said he would welcome a "fair deal" with the union.') == [("partial", "fair deal", "Tom Ray")]
    assert found(HEAD + 'Governor Tom Ray used his speech to offer "encouragement" to the crowd.') == [("partial", "encouragement", "Tom Ray")]
