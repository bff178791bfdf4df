"""Round 13, match-f (sentences and names written for these tests): a title-case phrase quoted in
plain prose names a slogan or a title, not one statement; a bare description ("a reporter") may be the
qualified one ("a Tribune reporter"); one poll's finding reworded, its figures given next to it by both reports,
is one finding; a speaker name with a non-ASCII capital is found again."""

from datetime import date

from attribution.matching import Appearance, SpeakerRef, Thresholds, compare
from attribution.matching.speakers import speakers_compatible

RULES = Thresholds()
MAYOR = SpeakerRef("Ines Okafor", aliases=("Okafor",))


def report(text, speaker, kind="partial", outlet="Outlet A", day=3, before="", after=""):
    return Appearance(
        text=text, speaker=speaker, kind=kind, outlet=outlet, published=date(2031, 6, day),
        context_before=before, context_after=after,
    )


def test_a_slogan_quoted_in_title_case_joins_no_statement_that_says_it_but_a_fragment_or_a_headline_does():
    slogan = report(
        "Keep Harbor Town Moving", MAYOR,
        before="Her rivals mocked the signs on every lamp post that carried the mayor's old motto, “",
        after="”, across the eastern districts.",
    )
    speech = report(
        "my partner on the council and in city hall ... to keep Harbor Town safe and to keep Harbor Town moving",
        MAYOR, outlet="Outlet B", day=10,
    )
    assert not compare(slogan, speech, RULES).same
    fragment = report(
        "keep Harbor Town moving", MAYOR,
        before="Okafor promised on Tuesday, as she named her partner on the council, to “",
        after="” through the winter.",
    )
    assert compare(fragment, speech, RULES).same
    headline = report(
        "Keep Harbor Town Moving", MAYOR,
        before="Okafor Vows To “",
        after="” With New Council Partner.",
    )
    assert compare(headline, speech, RULES).same


def reporter(name):
    return SpeakerRef(name, kind="unnamed")


def test_a_reporter_and_a_tribune_reporter_may_be_one_voice_but_officials_and_port_officials_are_not():
    first = Appearance(text="x", speaker=reporter("a reporter"))
    second = Appearance(text="x", speaker=reporter("a Tribune reporter"))
    assert speakers_compatible(first, second)
    first = Appearance(text="x", speaker=reporter("officials"))
    second = Appearance(text="x", speaker=reporter("port officials"))
    assert not speakers_compatible(first, second)


def test_two_reporters_questions_reworded_by_two_outlets_join():
    first = report(
        "whether listing every ferry worker in a registry would differ from the old harbor passes of the war years",
        reporter("a Tribune reporter"), kind="indirect",
    )
    second = report(
        "if the registry differed from the war years' harbor passes for ferry workers", reporter("a reporter"),
        kind="indirect", outlet="Outlet B", day=4,
    )
    assert compare(first, second, RULES).same


def test_a_speaker_named_with_a_non_ascii_capital_is_found_again(db):
    from attribution import services
    from attribution.extraction.model import Speaker
    from attribution.models import Article, Source
    from attribution.services.sources import source_for_speaker

    text = "Ólafur Ärnason said the ferry would sail."
    article = Article.objects.create(
        outlet=services.outlet_get_or_create(name="Outlet A"), title="t", text=text,
        text_sha256=services.article_text_fingerprint(text),
    )
    speaker = Speaker(name="Ólafur Ärnason", kind="person")
    first = source_for_speaker(speaker=speaker, article=article)
    second = source_for_speaker(speaker=speaker, article=article)
    assert first.pk == second.pk and Source.objects.filter(name="Ólafur Ärnason").count() == 1


def poll(name):
    return SpeakerRef(name, kind="unnamed")


def test_one_poll_s_finding_reworded_joins_when_both_reports_give_its_figures_next_to_it_not_with_other_figures():
    first = report(
        "Rivera and Stone are neck and neck in Ohio, the largest prize of the 2031 spring primaries", poll("a new poll"),
        kind="indirect", before="Poll: Rivera and Stone tied in Ohio.\n\n",
        after=", a fresh poll shows.\n\nThat poll gives Rivera a slim edge over Stone, 48 percent to 47 percent.",
    )
    second = report(
        "Rivera and Stone are locked in a tight race in Ohio, a big state and one that once seemed safe for Rivera",
        poll("a new statewide poll"), kind="indirect", outlet="Outlet B", day=4,
        before="ABSTRACT.\n\nThe poll showed Rivera leading Stone, 48 percent to 47 percent.\n\nFULL TEXT.\n\n",
        after=", a new statewide poll has found.",
    )
    assert compare(first, second, RULES).same
    first = report(
        "Rivera and Stone are neck and neck in Ohio, the largest prize of the spring primaries", poll("a new poll"),
        kind="indirect", after=", a fresh poll shows.\n\nThat poll has Rivera at 48 percent and Stone at 47 percent.",
    )
    second = report(
        "Rivera and Stone are far apart among young voters in Ohio", poll("a new statewide poll"),
        kind="indirect", outlet="Outlet B", day=4,
        after=", a new statewide poll has found.\n\nRivera leads Stone 61 percent to 30 percent among them.",
    )
    assert not compare(first, second, RULES).same
