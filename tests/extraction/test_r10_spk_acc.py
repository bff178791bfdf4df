from attribution.extraction import extract


def _speakers(text):
    return [(e.speaker.name if e.speaker else None, e.quote) for e in extract(text)]


def test_a_report_to_be_released_is_named_without_to_be():
    found = _speakers("The agency ignored its own rules, according to a report from the county auditor to be released Thursday.")
    assert ("a report from the county auditor", "The agency ignored its own rules") in found


def test_a_poll_that_was_published_is_named_without_that_was():
    found = _speakers("Most residents oppose the new toll, according to a survey by the transit board that was published Monday.")
    assert ("a survey by the transit board", "Most residents oppose the new toll") in found


def test_she_in_which_she_said_is_the_woman_whose_remarks_a_man_criticised():
    text = ("Senator Dana Whitfield toured the plant on Monday. \"We are not going anywhere,\" one union organizer said. "
            "Marcus Hale said some of Whitfield's speeches had been careless, noting her remarks to a radio host in March "
            "in which she said the plant would close.")
    assert ("Dana Whitfield", "the plant would close") in _speakers(text)


def test_the_one_reported_to_have_called_them_a_name_is_its_speaker():
    found = _speakers("Governor Tom Harlan also is reported to have called the ranchers \u201cfree loaders\u201d who take too much.")
    assert ("Tom Harlan", "free loaders") in found


def test_the_one_said_to_have_told_aides_something_is_its_speaker():
    assert ("Tom Harlan", "the toll plan would fail") in _speakers("Tom Harlan is said to have told aides that the toll plan would fail.")
