"""outlet_name rejects a phrase by its first and last words before it looks the phrase up among the known outlets
(round 18): the answers stay those of the look-up made first."""

import pytest

from attribution.extraction import outlets

# Invented people, places and clauses, and known outlets' names written every way a text may hold them:
# possessive, with and without "the", accented or not, in capitals, with odd spaces, inside a longer phrase.
EDGE_PHRASES = [
    "Dana Holt", "Sen. Omar Reyes", "Omar Reyes's", "the Fenwick Valley", "Both Dana Holt", "a vote for Holt", "the the",
    "Rolling Stone", "Rolling Stone's", "Rolling Stone’s", "the Rolling Stone", "The Rolling Stone", " Rolling Stone ",
    "Rolling\u00a0Stone", "ROLLING STONE", "rolling stone", "Rolling Stone magazine", "Rolling Stone reporter Dana Holt",
    "Der Spiegel", "Der Spiegel's", "the Der Spiegel", "Al Jazeera", "Al Jazeera English", "Voice of America", "the Voice of America's",
    "The Hill", "the Hill", "Hill", "the Hill's", "Hill's", "Dana Hill", "Capitol Hill", "the Hill Country",
    "Le Monde", "Le Monde’s", "Süddeutsche Zeitung", "Suddeutsche Zeitung", "L'Equipe", "L’Équipe", "the L'Equipe",
    "the BBC's", "The BBC’s", "THE BBC's", "BBC's", "the Politico's", "the Politico's Dana Holt", "Middle East Eye", "Middle East", "USA Today", "New York Times", "New York", "New York Gov. Dana Holt", "the Straits Times",
    "Straits Times", "Fox News's", "the KXRT-TV", "KXRT-TV", "Halden Star-Ledger", "Radio Nord", "Harlow magazine",
]


def outlet_name_looking_up_first(phrase: str, monkeypatch):
    """outlet_name as it was before the rejection came first: every phrase is looked up among the known outlets."""
    with monkeypatch.context() as patched:
        patched.setattr(outlets, "_may_name_outlet", lambda words: True)
        return outlets.outlet_name.__wrapped__(phrase)


@pytest.mark.parametrize("phrase", EDGE_PHRASES)
def test_outlet_name_rejecting_by_the_edge_words_first_answers_as_looking_up_first(phrase, monkeypatch):
    assert outlets.outlet_name.__wrapped__(phrase) == outlet_name_looking_up_first(phrase, monkeypatch)


def test_a_persons_name_is_rejected_without_a_look_up_among_the_known_outlets(monkeypatch):
    def look_up(phrase):
        raise AssertionError(f"looked up {phrase!r}")

    monkeypatch.setattr(outlets, "known_outlet", look_up)
    assert outlets.outlet_name.__wrapped__("Dana Holt") is None
    assert outlets.outlet_name.__wrapped__("the mayor of Ames") is None


def test_every_known_outlets_name_of_two_words_or_more_passes_the_edge_words_as_written_and_possessive():
    for alias in outlets._alias_index():
        words = alias.split()
        if len(words) > 1:
            assert outlets._may_name_outlet(words), alias
            assert outlets._may_name_outlet([*words[:-1], words[-1] + "'s"]), alias
