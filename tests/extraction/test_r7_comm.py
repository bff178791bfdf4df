"""Round 7, communication verbs other than "say" and "tell": sentences written for these tests."""

from attribution.extraction import extract

from .helpers import found


def test_an_opening_participle_of_saying_reports_its_that_clause_for_the_main_subject():
    items = found('Noting that only one senator crossed the aisle, Ruiz added: "That is where the problem is."')
    assert ("indirect", "only one senator crossed the aisle", "Ruiz") in items
    assert ("direct", "That is where the problem is.", "Ruiz") in items


def test_pointing_out_that_opens_a_report_too():
    item = next(e for e in extract("Pointing out that the mill had closed, the mayor asked the state for help.") if e.cue == "Pointing out")
    assert (item.quote, item.speaker.name) == ("the mill had closed", "the mayor")


def test_a_promise_opening_the_sentence_stays_unread():
    assert found("Promising that his next book would say more, Okafor said that the voters should decide.") == [
        ("indirect", "the voters should decide", "Okafor")]


def test_a_denial_reports_the_charge_it_answers():
    assert found("Mr. Okafor denied the allegations through his lawyer.") == [("indirect", "the allegations through his lawyer", "Okafor")]


def test_a_denial_of_wrongdoing_ends_where_the_next_verb_starts():
    assert found("The Ruiz office denies any wrongdoing and points out that the rival signed the same form.")[0] == (
        "indirect", "any wrongdoing", "the Ruiz office")


def test_disputed_and_rebut_report_an_account_or_a_claim():
    assert found("A council spokeswoman disputed their account.") == [("indirect", "their account", "a council spokeswoman")]
    assert found("Democrats rebut claim of progress on the harbour inquiry.") == [("indirect", "claim of progress on the harbour inquiry", "Democrats")]


def test_a_denial_of_something_that_is_no_charge_reports_nothing():
    assert found("The court denied the motion on Tuesday.") == []
    assert found("The council denied him a permit.") == []


def test_note_in_the_present_after_a_plural_subject_reports_a_clause():
    assert found("But economists note that despite the new limits, many plants are still being built.") == [
        ("indirect", "despite the new limits, many plants are still being built", "economists")]


def test_note_as_a_noun_or_after_to_reports_nothing():
    assert found("The yield on the ten-year Treasury note fell to 1.4 percent.") == []
    assert found("It is important to note that the court has ruled only on emergency filings.") == []


def test_the_following_statement_hands_the_next_paragraph_of_quotation_to_its_issuer():
    text = 'After the storm, Mayor Ana Ruiz issued the following statement:\n\n"Our thoughts are with every family that lost a home."\n'
    assert found(text) == [("direct", "Our thoughts are with every family that lost a home.", "Ana Ruiz")]


def test_a_long_title_case_headline_credits_its_claim_to_the_name_before_the_cue():
    text = ("Mayor Ana Ruiz Just Revealed Who She Would Pick To Run The Harbour Board Next Year – The Answer Might Surprise You.\n\n"
            "The harbour board meets on Monday. Its chair retires in May.\n")
    items = found(text)
    assert items and items[0][2] == "Ana Ruiz" and items[0][1].startswith("Who She Would Pick")


def test_recalled_reports_what_the_speaker_remembers_aloud():
    assert found("Okafor recalled a visit to the shipyard by the young senator.") == [
        ("indirect", "a visit to the shipyard by the young senator", "Okafor")]
    assert found("But Ruiz, who recalled taking the service lift to the top floor, said the book was a warning.")[0] == (
        "indirect", "taking the service lift to the top floor", "Ruiz")


def test_recalled_after_a_quotation_or_before_someone_elses_words_reports_no_object():
    items = found("'I want to try something here,' Mr. Okafor recalled the governor telling him.")
    assert ("direct", "I want to try something here,", "Okafor") in items
    assert all(quote != "the governor telling him" for _kind, quote, _speaker in items)
    assert found("Mr. Okafor recalled last week that the plan had failed.") == [("indirect", "the plan had failed", "Okafor")]


def test_echoed_reports_the_words_it_repeats():
    assert found("Senator Okafor, who echoed Mayor Ruiz's denunciation of the plan, left early.") == [
        ("indirect", "Mayor Ruiz's denunciation of the plan", "Okafor")]
    assert found("Democrats largely echoed the criticism.") == [("indirect", "the criticism", "Democrats")]


def test_echoed_without_words_reports_nothing():
    assert found("Okafor has echoed the success of the mayor online.") == []
    assert found("The hall echoed with music.") == []


def test_a_verb_of_saying_after_continued_to_is_said_by_the_subject_of_continued():
    assert found("Senator Ray continues to insist that she will press on until the final vote.") == [
        ("indirect", "she will press on until the final vote", "Ray")]
    assert found("Okafor continued to assert that he never touched the ballots.") == [
        ("indirect", "he never touched the ballots", "Okafor")]


def test_a_released_document_says_what_its_participle_lays_out_for_whoever_released_it():
    assert found("Mayor Ruiz released a statement highlighting the role the council played in the rescue.") == [
        ("indirect", "the role the council played in the rescue", "Ruiz")]
    assert found("The harbour board published a report on Monday detailing the damage the storm had done.") == [
        ("indirect", "the damage the storm had done", "the harbour board")]


def test_a_listing_that_is_no_released_document_reports_nothing():
    assert found("The library posted a list of books.") == []
    assert found("Okafor spent the morning listing the reasons for the delay.") == []


def test_recalling_hung_on_a_clause_is_the_clause_speakers_memory():
    items = found('"He would weep speaking about the harbour," Mr. Okafor said, recalling a visit to the docks by the governor.')
    assert ("indirect", "a visit to the docks by the governor", "Okafor") in items


def test_claim_to_reports_what_the_speakers_claim_of_themselves():
    assert found("At least four senators claim to object to the harbour plan.") == [
        ("indirect", "to object to the harbour plan", "At least four senators")]


def test_assured_takes_a_hearer_before_what_it_reports():
    assert found("The harbour office assured the residents that the water was safe.") == [
        ("indirect", "the water was safe", "the harbour office")]
    assert found("Mr. Okafor assured him it was done without his knowledge.") == [
        ("indirect", "it was done without his knowledge", "Okafor")]
    assert found("Ruiz is assured of winning at least 118 delegates.") == []
