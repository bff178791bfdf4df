"""Two wordings that share most of their words but say opposite things: one denies what the
other states, they give different numbers, or they use opposing verbs. However close their
words, they never report the same claim."""

from attribution.matching.quantities import quantities_conflict
from attribution.matching.text import content_words, negated_words

# Opposing words, as two sides: a quote with words of one side only and a quote with words of
# the other side only say different things ("fell" / "rose", "killed" / "wounded"). General
# news verbs only; a quote holding both sides ("killed or injured") opposes nothing.
OPPOSITES = (
    ("rise rose risen rising increase increased grew grow grown climbed jumped soared surged raised raise",
     "fall fell fallen falling decrease decreased dropped declined shrank slumped plunged cut lowered lower"),
    ("killed dead died death deaths", "wounded injured hurt injuries"),
    ("confirmed confirm confirms", "denied deny denies"),
    ("admitted admit admits", "denied deny denies"),
    ("accepted accept accepts", "rejected reject rejects"),
    ("approved approve approves", "rejected reject rejects blocked"),
    ("supports support supported", "opposes oppose opposed"),
    ("win wins winning", "lose lost losing loses"),
    ("gained gain gains", "lost loss losses"),
    ("allowed allow allows permitted", "banned ban bans forbade prohibited"),
    ("guilty", "innocent"),
    ("succeeded success successful", "failed failure"),
    ("higher", "lower"),
    ("arrested detained", "released freed"),
    ("strengthen strengthened", "weaken weakened"),
)


def _side(words):
    return frozenset(word for surface in words.split() for word in content_words(surface))


_OPPOSITES = tuple((_side(left), _side(right)) for left, right in OPPOSITES)


def negation_conflict(first_text, second_text, first_words, second_words):
    """One quote denies words the other states: a negation of one ("not injured", "never sent",
    "cannot confirm") governs words the other quote has, and no negation of the other governs
    any of them. Words a truncated quote left out do not count."""
    first_scopes, second_scopes = negated_words(first_text), negated_words(second_text)
    return _unmatched(first_scopes, second_scopes, set(second_words)) or _unmatched(
        second_scopes, first_scopes, set(first_words)
    )


def _unmatched(scopes, other_scopes, other_words):
    denied_there = frozenset().union(*other_scopes)
    return any(scope & other_words and not scope & denied_there for scope in scopes)


def number_conflict(first_text, second_text):
    """Each quote states a quantity the other contradicts ("within 500 meters" / "within 5
    meters", "500 metres" / "500 yards"). Values are compared, not words: "20-30" is "20 to 30"
    and "between 20 and 30", "12,000" is "twelve thousand", "8 km" is "5 miles" within rounding
    (matching.quantities, units by pint); a hedge ("more than 100" / "about 100") is no conflict,
    and neither is a truncated quote that leaves a number out."""
    return quantities_conflict(first_text, second_text)


def same_sense(first_words, second_words):
    """Words on the same side of one opposition in each ("killed" / "died", "rose" / "climbed"):
    two wordings of one kind of event."""
    first, second = set(first_words), set(second_words)
    return any(
        (first & side and second & side) for pair in _OPPOSITES for side in pair
    )


def opposite_conflict(first_words, second_words):
    first, second = set(first_words), set(second_words)
    for left, right in _OPPOSITES:
        first_left, first_right = bool(first & left), bool(first & right)
        second_left, second_right = bool(second & left), bool(second & right)
        if (first_left and not first_right and second_right and not second_left) or (
            first_right and not first_left and second_left and not second_right
        ):
            return True
    return False


def conflict(first_text, second_text, first_words, second_words):
    """Why two wordings cannot be one claim ("negation", "number", "opposite"), or ""."""
    if negation_conflict(first_text, second_text, first_words, second_words):
        return "negation"
    if number_conflict(first_text, second_text):
        return "number"
    if opposite_conflict(first_words, second_words):
        return "opposite"
    return ""
