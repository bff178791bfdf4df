"""Round 19 (qrecall2): quotations after a hearer or an occasion that the audience and adverbial rules read only in part.
'told Ledger News Daily radio host Matt Boyd, "..."' and 'said in an interview with the Daily Ledger politics editor Omar
Darcy, "..."' are direct quotations with a hearer before them, not indirect reports that begin with the hearer's name and
swallow the quotation. Every sentence and name is written for the tests."""

from attribution.extraction import extract


def found(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(e.kind, e.speaker.name if e.speaker else None, e.cue, e.quote) for e in extract(text)]


def test_a_hearer_named_after_an_outlet_and_a_job_is_not_what_was_told():
    items = found('Former envoy Jon Bolt told Ledger News Daily radio host Matt Boyd, "Nobody in the capital believes her."')
    assert items == [("direct", "Jon Bolt", "told", "Nobody in the capital believes her.")]


def test_a_counted_hearer_before_a_comma_is_not_what_was_told():
    items = found('Investigators say that Ruben Kay told one FBI agent, "I would do it all again, every single day of the year."')
    assert ("direct", "Ruben Kay", "told", "I would do it all again, every single day of the year.") in items
    assert not any(kind == "indirect" and quote.startswith("one FBI agent") for kind, _, _, quote in items)


def test_a_participle_of_telling_quotes_what_follows_its_hearer():
    items = found('Kate Moran spoke at the ceremony, telling the class of 2014, "If you are too big for a small job, you are too small for a big one."')
    assert items == [("direct", "Kate Moran", "telling", "If you are too big for a small job, you are too small for a big one.")]


def test_an_outlet_abbreviated_in_brackets_stays_with_the_hearer():
    items = found('As Bishop Aram Tevan of the Old Church told the Associated Press (AP), "We have suffered the same fate, and we will not forget it."')
    assert [(kind, speaker, quote) for kind, speaker, _, quote in items] == [
        ("direct", "Aram Tevan", "We have suffered the same fate, and we will not forget it.")]


def test_a_name_closing_the_occasion_of_an_interview_is_not_a_subject():
    text = ('Then there was the radio host Carl Sykes, who complained in an interview with the Daily Ledger politics editor Omar Darcy, '
            '"We have spent 20 years attacking the press."')
    assert found(text) == [("direct", "Carl Sykes", "complained", "We have spent 20 years attacking the press.")]
    text = 'The radio host Carl Sykes said in an interview with the Daily Ledger politics editor Omar Darcy, "We have spent 20 years attacking the press."'
    assert found(text) == [("direct", "Carl Sykes", "said", "We have spent 20 years attacking the press.")]


def test_a_clause_before_the_comma_is_still_what_was_told():
    # a verb between the hearer and the comma: the words are a clause told, not a longer hearer
    items = found('Mayor Ida Lane told reporters the county was "ready for anything," and left the room.')
    assert any(kind == "indirect" and quote.startswith("the county was") for kind, _, _, quote in items)


def test_a_dashed_quotation_before_a_tag_is_the_tags_alone():
    text = 'Ms. Lane suggested that Holt\'s newest budget was a joke - "Once more, we must look at the numbers," she said.'
    assert found(text) == [("indirect", "Lane", "suggested", "Holt's newest budget was a joke"),
                           ("direct", "Lane", "said", "Once more, we must look at the numbers,")]
    text = 'Neither farmer was impressed by Mr. Holt - "Born with a silver spoon in his mouth," Mr. Ebbs said - but they would not vote for Lane.'
    assert ("direct", "Ebbs", "said", "Born with a silver spoon in his mouth,") in found(text)
    assert not any(quote.startswith("Neither farmer") for _, _, _, quote in found(text))


def test_a_loosely_named_tag_inside_dashes_speaks_for_its_quotation():
    text = ('Her allies are responding, painting Holt as a crook - "If Holt wins, they could run the county," one Lane ad declared '
            '- or branding him a "fraud."')
    assert ("direct", "one Lane ad", "declared", "If Holt wins, they could run the county,") in found(text)


def test_a_dashed_fragment_in_lower_case_goes_on_with_the_clause_before():
    # the quotation finishes the writer's clause: no tag reports it alone
    items = found('Holt has long been seen as a reformer - "not a radical," one aide said.')
    assert ("indirect", "one aide", "said", 'Holt has long been seen as a reformer - "not a radical,"') in items
    assert not any(kind == "direct" for kind, _, _, _ in items)


def test_a_title_opened_inside_a_quotation_does_not_cut_it_off_from_its_tag():
    text = ("Clark continues, “In fact, the ‘fairness’ argument is weak, so Dole wrote a column titled “‘No Thanks.’ "
            "He wrote, ‘I would vote for none of them.’”")
    items = found(text)
    assert [(kind, speaker, cue) for kind, speaker, cue, _ in items] == [("direct", "Clark", "continues")]
    assert items[0][3].startswith("In fact, the ‘fairness’ argument is weak") and items[0][3].endswith("none of them.’")


def test_a_perfect_of_writing_then_a_time_quotes_what_was_written():
    text = 'As the columnist Ada Perrin had written just a few years earlier, "We just could not have a league without him."'
    assert found(text) == [("direct", "Ada Perrin", "written", "We just could not have a league without him.")]
    assert found('Ada Perrin has written, "We just could not have a league without him."')[0][0] == "direct"
    # an object written, then a time: no report of Perrin's
    items = found('She had written the script in 1990, "a long time ago," Holt said.')
    assert not any(cue == "written" for _, _, cue, _ in items)
