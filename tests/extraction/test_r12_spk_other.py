"""Speakers that were the wrong entity in real news (round 12): quoted words given to the wrong
person of the sentence. Every sentence and name is invented for the tests."""

from attribution.extraction import extract


def _partials(text):
    return [(e.quote, e.speaker.name) for e in extract(text) if e.kind == "partial"]


def test_the_words_of_someone_inside_a_report_are_the_tellers_when_no_noun_gives_them_to_the_one_named():
    text = ('Senator Dale Morrow spoke on Monday.\n\n"I never said that," Morrow said, after WXYZ\'s Nora Pell said the senator had '
            'called Gov. Ted Lamb the "pet governor" of Carl Brandt.\n\n'
            'Olsen told Mack that he is writing a book that chronicles the "hidden life" of Carl Brandt and his company.')
    assert _partials(text) == [("pet governor", "Nora Pell"), ("hidden life", "Olsen")]


def test_a_company_before_a_role_and_a_name_is_no_owner_of_the_words_before_it():
    text = 'Ed Park spoke.\n\nVoters cheered the "fresh start" of Brightline mogul Carl Brandt last year.'
    assert ("fresh start", "Brightline") not in _partials(text)


def test_an_interviewer_who_pressed_asks_the_question_before_the_tag_and_after_it():
    text = ('Governor Tom Brill took questions from the host, Lena Ames.\n\n'
            '"Would it be negotiable?" Ames pressed. "Maybe let some of them stay?"\n\n'
            '"I would say this," Brill answered.')
    assert [(e.quote, e.speaker.name) for e in extract(text) if e.kind == "direct"] == [
        ("Would it be negotiable?", "Lena Ames"), ("Maybe let some of them stay?", "Lena Ames"), ("I would say this,", "Tom Brill")]


def test_pressing_someone_to_act_is_an_intention_of_the_one_who_pressed():
    items = extract("Ray Dunn pressed the mayor to sign the harbor deal before the vote.")
    assert [(e.kind, e.speaker.name, e.cue) for e in items] == [("belief", "Ray Dunn", "pressed")]


def test_a_verb_after_and_takes_the_bare_plural_people_that_open_its_clause():
    items = extract("Guests are given timed tickets, and military aides are on hand to check their names and announce them "
                    "when it is their turn.")
    assert [(e.speaker.name, e.cue) for e in items if e.cue == "announce"] == [("military aides", "announce")]


def test_a_fragment_after_a_participle_belongs_to_the_relative_clause_it_hangs_on():
    items = extract("Mayor Dana Voss spoke on Monday.\n\nVoss spoke outside the hotel, where about 50 workers had gathered on "
                    'Monday morning, chanting "no deal, no peace" before noon.\n\nVoss spoke at the rally, waving "a flag of hope" at the crowd.')
    assert [(e.quote, e.speaker.name) for e in items if e.kind == "partial"] == [
        ("no deal, no peace", "about 50 workers"), ("a flag of hope", "Dana Voss")]


def test_a_reporting_form_after_a_count_is_a_plural_noun_not_a_verb_of_the_name_before_it():
    items = extract("Late last month, the company wrote a letter to the college's president, Dana Voss, calling the two lengthy "
                    'investigative reports "inaccurate and deliberately misleading."')
    assert [(e.quote, e.speaker.name) for e in items if e.kind == "partial"] == [("inaccurate and deliberately misleading.", "the company")]
    assert not any(e.cue == "reports" for e in items)


def test_a_trailing_tag_said_at_the_time_reports_the_clause_before_it():
    items = extract("Three-quarters of the union's executive board voted to endorse Lee, Maria Ortiz said at the time.")
    assert [(e.quote, e.speaker.name) for e in items] == [("Three-quarters of the union's executive board voted to endorse Lee", "Maria Ortiz")]


def test_a_who_clause_without_comma_describes_the_people_right_before_it_not_the_name_before_about():
    items = extract("At a town hall in Ohio, a young woman asked Mrs. Lee about several women who said they were harassed by Mr. Lee.")
    assert [(e.quote, e.speaker.name) for e in items if e.cue == "said"] == [("they were harassed by Mr. Lee", "several women")]


def test_a_counted_time_opens_the_sentence_and_the_people_of_a_relative_clause_act():
    items = extract('Each campaign season, there\'s a threat many voters make but few carry out: "If so-and-so wins, I\'m moving to Canada!"')
    assert [(e.quote, e.speaker.name) for e in items] == [("If so-and-so wins, I'm moving to Canada!", "many voters")]


def test_a_counted_day_opening_a_sentence_is_no_speaker_of_its_participle():
    items = extract("One Sunday in late 2001, Carla Fiorina sat in her study and called a dozen directors, asking each for an answer.")
    assert not any(e.speaker.name == "One Sunday" for e in items)


def test_a_capitalised_preposition_opening_a_sentence_is_no_part_of_the_name_after_it():
    items = extract("The debate turned to taxes.\n\nAbsent Harris' tax plan, which he has not released, Ann Lee pointed to her own.\n\n"
                    'When Ames noted that Harris refers to it as "a fair share," Lee smiled.')
    assert [(e.quote, e.speaker.name) for e in items if e.kind == "partial"] == [("a fair share,", "Harris")]


def test_a_digest_item_signed_by_research_after_a_dash_is_the_research_bodys():
    items = extract("This is the Pollster digest for Monday.\n\nONLINE PANELS LEAN TOWARD THE ENGAGED - Estimates of civic engagement are "
                    'particularly shaky - Gallup Research: "All the samples include more engaged people than benchmarks suggest."')
    assert [(e.kind, e.speaker.name) for e in items] == [("direct", "Gallup")]


def test_a_quotation_after_the_dash_closing_an_aside_is_no_object_of_the_cue_inside_the_aside():
    text = ('"This is an attack on our party," said Ann Dunn, who ran the campaign.\n\nIf Russia is indeed behind the hack - as many '
            'researchers believe, but Moscow strongly denies - "why wouldn\'t you want to raise the potential for tampering?" asked Dunn.')
    assert [(e.speaker.name, e.cue) for e in extract(text) if e.quote.startswith("why")] == [("Ann Dunn", "asked")]
