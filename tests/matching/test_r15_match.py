"""Round 15, match (sentences and names written for these tests): the outlet's paraphrase around a
partial quote it holds is the same report as that quote, and goes where its quoted words went."""

from datetime import date

from attribution.matching import Appearance, SpeakerRef, Thresholds, best_match, compare

RULES = Thresholds()
MAYOR = SpeakerRef("Ines Okafor", aliases=("Okafor",), key=7)
CLERK = SpeakerRef("Tomas Lindqvist", aliases=("Lindqvist",), key=8)
SAID = "Okafor told reporters on Monday that she would “"
AFTER = "” put a levy on harbor parking."


def report(text, speaker, kind, article, before="", after=""):
    return Appearance(
        text=text, speaker=speaker, kind=kind, outlet=f"Outlet {article}", article=article,
        published=date(2031, 6, 3), context_before=before, context_after=after,
    )


def the_levy_claim():
    statement = report("I would certainly sign that levy, absolutely", MAYOR, "direct", article=2)
    fragment = report("absolutely", MAYOR, "partial", article=1, before=SAID, after=AFTER)
    assert compare(fragment, statement, RULES).same
    return {11: [statement, fragment]}


def test_a_paraphrase_joins_the_claim_its_own_quoted_word_joined_but_not_another_articles_or_speakers():
    paraphrase = report("she would “absolutely” put a levy on harbor parking", MAYOR, "indirect", article=1)
    assert best_match(paraphrase, the_levy_claim(), RULES) == 11
    elsewhere = report("she would “absolutely” put a levy on harbor parking", MAYOR, "indirect", article=3)
    assert best_match(elsewhere, the_levy_claim(), RULES) is None
    clerk = report("the mayor would “absolutely” put a levy on harbor parking", CLERK, "indirect", article=1)
    assert best_match(clerk, the_levy_claim(), RULES) is None


def test_an_ingested_paraphrase_holding_a_quoted_word_of_a_stored_statement_joins_its_claim(db):
    from attribution import services

    stored = services.article_ingest(
        text="“I would certainly sign that levy, absolutely,” Mayor Ines Okafor said on Sunday at the pier.\n",
        outlet="Pier Weekly", title="Levy", published=date(2031, 6, 2),
    )
    statement = stored.article.attributions.get()
    result = services.article_ingest(
        text="Mayor Ines Okafor spoke at the harbor on Monday. Okafor told reporters that she would "
             "“absolutely” put a levy on harbor parking. The council meets in June.\n",
        outlet="Harbor Herald", title="Parking", published=date(2031, 6, 3),
    )
    claims = {a.kind: a.claim_id for a in result.article.attributions.all()}
    assert claims == {"partial": statement.claim_id, "indirect": statement.claim_id}
    assert services.claims_rematch().moved == 0  # matching again keeps it there


COUNCIL = SpeakerRef("Harbor Town Council", kind="organization", key=9)


def test_a_paraphrase_naming_whose_call_it_reports_is_that_speakers_whoever_it_is_credited_to():
    call = report("Mayor Ines Okafor’s call for a curfew on the pier after midnight", COUNCIL, "indirect", article=1)
    statement = report("there should be a curfew on the old pier after midnight", MAYOR, "indirect", article=2)
    assert compare(call, statement, RULES).same
    unnamed = report("the mayor’s call for a curfew on the pier after midnight", COUNCIL, "indirect", article=1)
    assert not compare(unnamed, statement, RULES).same
    clerks = report("Tomas Lindqvist’s call for a curfew on the pier after midnight", COUNCIL, "indirect", article=1)
    assert not compare(clerks, statement, RULES).same
    about_it = report(
        "Mayor Ines Okafor’s call for a curfew on the pier after midnight is what the council will debate",
        COUNCIL, "indirect", article=1,
    )
    assert not compare(about_it, statement, RULES).same
