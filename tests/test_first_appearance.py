"""The first-appearance rule (facts.first_appearance) over plain (date, outlet, illustrative) reports."""

from datetime import date

from attribution.facts import DatedReport, first_appearance

FEB_8, FEB_9 = date(2018, 2, 8), date(2018, 2, 9)


def report(key, published=None, outlet=None, illustrative=False):
    return DatedReport(key=key, published=published, outlet=outlet or f"outlet-{key}", illustrative=illustrative)


def test_the_earliest_dated_report_is_the_first_appearance_for_certain():
    first = first_appearance([report("later", FEB_9), report("earlier", FEB_8)])
    assert first.key == "earlier" and first.certain and first.first_seen == FEB_8 and first.reason == ""


def test_an_undated_report_never_wins_over_a_dated_one_whatever_the_order_given():
    for reports in ([report("undated"), report("dated", FEB_9)], [report("dated", FEB_9), report("undated")]):
        first = first_appearance(reports)
        assert first.key == "dated"
        assert not first.certain and first.reason == "undated" and first.undated == 1 and first.dates_conflict


def test_two_outlets_on_the_earliest_day_tie_and_both_are_the_earliest():
    first = first_appearance([report("a", FEB_8), report("b", FEB_8), report("c", FEB_9)])
    assert first.key == "a" and first.earliest == ("a", "b") and first.reason == "tied" and not first.certain


def test_one_outlet_twice_on_the_earliest_day_is_no_tie():
    first = first_appearance([report("a", FEB_8, outlet="Wire"), report("b", FEB_8, outlet="Wire")])
    assert first.key == "a" and first.certain


def test_several_undated_reports_name_no_first_appearance():
    first = first_appearance([report("a"), report("b")])
    assert first.key is None and first.reason == "no_dates" and first.first_seen is None and first.dates_conflict


def test_a_single_undated_report_is_the_first_appearance():
    first = first_appearance([report("only")])
    assert first.key == "only" and first.certain


def test_an_illustrative_sample_is_never_the_first_appearance_while_a_real_report_exists():
    first = first_appearance([report("sample", FEB_8, illustrative=True), report("real", FEB_9)])
    assert first.key == "real" and first.certain and first.first_seen == FEB_9


def test_a_dated_sample_and_an_undated_real_report_name_no_first_appearance():
    first = first_appearance([report("sample", FEB_8, illustrative=True), report("real")])
    assert first.key is None and first.reason == "real_undated" and first.first_seen is None


def test_samples_alone_follow_the_same_rule():
    first = first_appearance([report("b", FEB_9, illustrative=True), report("a", FEB_8, illustrative=True)])
    assert first.key == "a" and first.certain


def test_no_reports_no_first_appearance():
    first = first_appearance([])
    assert first.key is None and not first.certain
