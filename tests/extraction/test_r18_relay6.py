"""Round 18 (relay6): outlets the chain missed on the fourth fresh sample. Sentences and names are invented."""

from .test_r16_relay3 import reported_by_of, reports  # noqa: F401  (one helper for the outlet-chain tests)


def test_a_survey_an_outlet_made_relays_nothing_as_its_poll_would_not():
    assert reported_by_of("Most ferry riders back the new levy, according to a Quayside Courier survey.", "back the new levy") is None
    found = [e for e in reports("A Quayside Courier survey found that most ferry riders back the new levy.") if "most ferry riders" in e.quote]
    assert found and found[0].reported_by is None and found[0].speaker.name == "a Quayside Courier survey"


def test_a_wire_dateline_relays_the_survey_findings_it_carries():
    text = ("HARLOW, May 3 (AFP) - Ferry riders were split on the levy.\n\n"
            "According to a Quayside Courier survey, 51 percent of those asked said they would back the levy.")
    assert reported_by_of(text, "they would back the levy") == "AFP"


def test_a_united_press_international_dateline_relays_the_story():
    text = "HARLOW, May 3 (UPI) — The ferry will run late all summer, the harbour master said."
    assert reported_by_of(text, "The ferry will run late all summer") == "UPI"


def test_a_news_site_named_by_its_kind_reports_what_it_reported():
    assert reported_by_of("The skipper often sailed at night, the news site Harlow Info reported.", "often sailed at night") == "Harlow Info"
    # a site that is not named as news is no outlet
    assert reported_by_of("The skipper often sailed at night, the fundraising site GiveHub said.", "often sailed at night") is None


def test_a_listed_outlet_named_before_its_kind_speaks_through_an_op_ed():
    text = 'But as the conservative Daily Mail tabloid noted in an editorial Thursday, the harbour master "has few friends left."'
    assert reported_by_of(text, "has few friends left") == "Daily Mail"
    # a town before the kind of outlet names no outlet
    assert reported_by_of("The skipper often sailed at night, a Harlow newspaper reported.", "often sailed at night") is None


def test_a_hearer_named_by_the_short_name_of_an_outlet_written_in_full_before_relays_the_words():
    text = ("The Quayside Post asked the ferry company for comment. "
            "Four former employees each told The Post that the company paid no overtime.")
    assert reported_by_of(text, "the company paid no overtime") == "Quayside Post"
    # two outlets with that short name: which one heard is not known
    text = ("The Quayside Post and the Denton Post asked the ferry company for comment. "
            "Four former employees told The Post that the company paid no overtime.")
    assert reported_by_of(text, "the company paid no overtime") is None


def test_a_days_broadcast_of_an_outlets_show_closing_the_report_relays_it():
    text = 'The harbour master said that he had "no plan" to resign on Tuesday\'s broadcast of CNN\'s "Early Desk."'
    assert reported_by_of(text, "no plan") == "CNN"
    text = 'The harbour master said the ferry would run on time during Tuesday\'s edition of MSNBC\'s "Harbor Hour."'
    assert reported_by_of(text, "the ferry would run on time") == "MSNBC"
    # a broadcast the words only speak of, not the last words of the sentence, is not where they were said
    text = 'The harbour master said the ferry would be shown on Tuesday\'s broadcast of CNN\'s "Early Desk" next week.'
    assert reported_by_of(text, "the ferry would be shown") is None


def test_a_meeting_with_an_outlets_editorial_board_opening_the_sentence_relays_what_follows():
    text = 'In a meeting with the Boston Globe\'s editorial board, the harbour master said: "The ferry will keep its winter timetable."'
    assert reported_by_of(text, "The ferry will keep its winter timetable") == "Boston Globe"
    # a meeting with anyone else relays nothing
    text = 'In a meeting with the harbour board, the harbour master said: "The ferry will keep its winter timetable."'
    assert reported_by_of(text, "The ferry will keep its winter timetable") is None
