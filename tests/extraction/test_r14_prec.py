"""Round 14, prec: predictions that are no attribution, or whose content runs past it (sentences and names invented
for these tests). A programme's title owned by a broadcaster or a day is no partial quotation; an aim whose object is
the noun before its subject ends before the sentence's own verb; a colon headline over a noun phrase or a question
credits no claim; a quoted label ("Related:") or web address says nothing; after a quotation's tag, the hearer
and a participle of manner ("she told the hosts, sounding weary") are no content."""
from attribution.extraction import extract


def found(text):
    return [(e.kind, e.quote) for e in extract(text)]


def test_a_programme_title_owned_by_a_network_is_no_partial_quotation_but_one_owned_by_a_person_is():
    assert ("partial", "Morning Desk.") not in found(
        "Ann Vale said she had no idea whether the plan would pass, speaking on CNN's \u201cMorning Desk.\u201d")
    assert ("partial", "Fair Deal") in found("Vale mocked Lind's \u201cFair Deal\u201d as a sham, and the council cheered.")


def test_a_programme_title_owned_by_the_day_it_aired_is_no_partial_quotation():
    assert ("partial", "Evening Report,") not in found("Ann Vale defended the plan on Friday's \u201cEvening Report,\u201d calling it fair.")


def test_an_aim_whose_object_is_the_noun_before_its_subject_stops_before_the_main_verb():
    text = "Mayor Ann Vale spoke on Monday. Now the divides she promised to bridge have only grown deeper."
    assert found(text) == [("belief", "the divides she promised to bridge")]


def test_an_aim_with_a_gap_stops_before_a_singular_main_verb():
    text = "Mayor Ann Vale spoke on Monday. The prize she hopes to win carries a large cash award."
    assert found(text) == [("belief", "The prize she hopes to win")]


def test_a_plural_head_takes_a_plain_main_verb_right_after_the_aim():
    text = "Mayor Ann Vale spoke on Monday. The voters she wants to reach live in the suburbs."
    assert found(text) == [("belief", "The voters she wants to reach")]


def test_a_colon_headline_over_a_noun_phrase_credits_no_claim_but_one_over_a_clause_does():
    assert found("Vale Column: A Week at the Capitol.\n\nMayor Ann Vale spent the week at the Capitol.") == []
    text = "Ann Vale: The Budget Fails Its Test.\n\nMayor Ann Vale spent the week at the Capitol."
    assert found(text) == [("indirect", "The Budget Fails Its Test")]


def test_a_colon_headline_over_a_question_credits_no_claim():
    assert found("Ann Vale: Reformer or insider?\n\nMayor Ann Vale spent the week at the Capitol.") == []


def test_a_quoted_label_ending_in_a_colon_is_no_quotation():
    text = 'Mayor Ann Vale spoke on Monday. "We will fix the roads," Vale said.\n\n"Related:"\n\nMore road news.'
    assert found(text) == [("direct", "We will fix the roads,")]


def test_a_quoted_web_address_is_no_partial_quotation():
    text = ("The county health office reported 300 new flu cases on Friday, officials said, which lifts the count for the winter "
            'past 900.See our clip at <a href="http://video.example.com">video.example.com</a>.\n\nMore news.')
    assert all(kind != "partial" for kind, _ in found(text))


def test_the_hearer_after_a_quotation_tag_is_no_content_before_a_participle_of_manner():
    text = "Mayor Ann Vale spoke on Monday. \u201cIt is a mess,\u201d she told the hosts on WXYZ, sounding weary."
    assert found(text) == [("direct", "It is a mess,")]
