"""Round 14, matchg (sentences and names written for these tests): an article whose lede quotes a
word of a statement it quotes in full further down puts both in one claim, even when many stored
claims share the statement's words: the claims the article started are candidates too."""

from datetime import date

from attribution import services

DAY = date(2031, 3, 3)
LEDE = (
    "Orla Quennell took office on Friday as mayor of Bramhollow, vowing in a short address to reopen "
    "the paper mill and “fight” for the valley “with every breath.”\n\n"
)
STATEMENT = (
    "“I will fight for every farmer and every teacher in this valley with every breath in my "
    "lungs, and I will not rest until the paper mill reopens,” Quennell said at a crowded meeting in "
    "the town library.\n"
)
OTHER_VOICES = (
    "Tamsin Okonedo", "Piers Halloran", "Greta Vasquez", "Ambrose Tillery", "Nell Dunmore",
    "Cyrus Abernathy", "Ilse Marchetti", "Rowan Penhale", "Dora Whitcombe", "Emeric Salter", "Lyra Fenwick",
)


def test_a_word_the_lede_quotes_joins_the_full_statement_quoted_further_down(db):
    for number, voice in enumerate(OTHER_VOICES):
        services.article_ingest(
            text=f"“Every farmer and every teacher in this valley will fight for the paper mill, as in "
                 f"{1990 + number},” {voice} said on Sunday.\n",
            outlet=f"Hill Gazette {number}", title=f"Mill {number}", published=DAY,
        )
    result = services.article_ingest(
        text=LEDE + STATEMENT, outlet="Valley Courier", title="Mill closing", published=DAY
    )
    claims = {a.quote.strip("“”,. "): a.claim_id for a in result.article.attributions.all()}
    statement = next(claim for quote, claim in claims.items() if quote.startswith("I will fight"))
    assert claims["fight"] == statement
