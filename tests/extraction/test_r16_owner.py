"""Round 16 (owner): a quoted term inside one person's reported words that a clause after it gives to someone else
("which is what X called ...", "as X termed it") is that someone else's. Every sentence is written for the tests."""

from .helpers import found


def partials(text):
    return [(quote, speaker) for kind, quote, speaker in found(text) if kind == "partial"]


def test_which_is_what_someone_called_it_gives_the_quoted_term_to_the_one_who_called_it():
    assert found("Rep. Mara Quill discussed a bill that would cut money for offices showing \"gross neglect\" with records, "
                 "which is what the auditor Dan Pratt called the spending.") == [
        ("indirect", 'a bill that would cut money for offices showing "gross neglect" with records', "Mara Quill"),
        ("partial", "gross neglect", "Dan Pratt")]
    assert partials("Sen. Ivo Brandt praised the ruling against \"reckless waste,\" which was how the treasurer Lena Voss "
                    "described the contracts.") == [("reckless waste,", "Lena Voss")]
    # a clause that denies the naming, or names no term, or follows a verb of its own leaves the term to the reporter
    assert partials("Sen. Ivo Brandt praised the ruling against \"reckless waste\" in the port contracts, which is not what "
                    "the treasurer Lena Voss called it.") == [("reckless waste", "Ivo Brandt")]
    assert partials("Sen. Ivo Brandt praised the ruling against \"reckless waste\" in the port contracts, which is what the "
                    "treasurer Lena Voss said about it.") == [("reckless waste", "Ivo Brandt")]
    assert partials("Sen. Ivo Brandt praised the ruling against \"reckless waste\" and then voted against the budget, which is "
                    "what the treasurer Lena Voss called a mistake.") == [("reckless waste", "Ivo Brandt")]


def test_as_someone_termed_it_after_the_quoted_terms_phrase_gives_the_term_to_that_someone():
    assert partials("Sen. Ivo Brandt praised the ruling against \"reckless waste\" in the port contracts, as the treasurer "
                    "Lena Voss termed it.") == [("reckless waste", "Lena Voss")]
