"""Round 17, beliefs (second pass): an object runs on through a series, a poll share's view ends at the next share,
and a warning about a danger is speech."""

from .helpers import found


def test_an_infinitives_object_runs_on_through_a_series_of_adjectives():
    assert found("Instead, Mayor Ana Holt sought to woo younger, urban and college-educated parents in the suburbs.") == [
        ("belief", "to woo younger, urban and college-educated parents in the suburbs", "Ana Holt")]


def test_an_aimed_at_object_runs_on_through_a_list_with_its_complement():
    assert found("Senator Pim Okafor attacked party leaders, donors, and pundits for opposing the dam.") == [
        ("belief", "party leaders, donors, and pundits for opposing the dam", "Pim Okafor")]
    assert found("Governor Lisl Brandt questioned Mr. Hale's tactics, his judgment, his temper and his honesty.")[0][1] == (
        "Mr. Hale's tactics, his judgment, his temper and his honesty")
    # (a comma before a clause of its own still ends the object)
    assert found("Mayor Ana Holt endorsed Tomas Vire, and Rudi Kahn said he was pleased.")[0] == ("belief", "Tomas Vire", "Ana Holt")


def test_a_poll_shares_object_ends_where_the_next_share_begins():
    assert found("Among the riders, 23 percent favored the tram and 15 percent backed the new bus line.") == [
        ("belief", "the tram", "23 percent"), ("belief", "the new bus line", "15 percent")]


def test_a_warning_about_a_danger_is_speech_but_warning_someone_not_to_act_is_a_demand():
    assert found("Mayor Ana Holt warned against the forces of hate in the city.") == [
        ("indirect", "the forces of hate in the city", "Ana Holt")]
    assert found("Mayor Ana Holt warned the council not to raise taxes this year.")[0][0] == "belief"


def test_a_participle_after_the_clause_of_two_joined_names_is_held_by_both():
    assert found("Tara Lind and Otto Brum both campaigned hard in Vermont, hoping to win the small towns.") == [
        ("belief", "to win the small towns", "Tara Lind and Otto Brum")]
