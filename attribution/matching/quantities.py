"""Quantities a quote states, compared by value: units converted by pint ("8 km" agrees with
"5 miles", "500 metres" does not with "500 yards"), ranges read one way ("20-30", "20 to 30",
"between 20 and 30"), and hedges kept apart from values ("more than 100" and "about 100" state
the same number with a different hedge: a wording difference, not a different claim)."""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Dashes read as a range sign, the rest as the matcher folds text.
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"})


def fold(text):
    return unicodedata.normalize("NFKC", text).translate(_DASHES).lower()

# Two values agree within rounding: "8 km" is 4.97 miles, "5 miles" is close enough; "500
# yards" is 457 metres, 9% off "500 metres", and is not.
TOLERANCE = 0.05

# Hedges by what they say of the value: at least it, about it, at most it.
HEDGES = {
    "more than": "at least", "over": "at least", "at least": "at least", "upwards of": "at least",
    "in excess of": "at least", "no fewer than": "at least", "no less than": "at least",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "nearly": "about", "almost": "about", "close to": "about", "an estimated": "about", "estimated": "about",
    "up to": "at most", "fewer than": "at most", "less than": "at most", "under": "at most", "at most": "at most",
    "no more than": "at most",
}
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12,
}
_MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_HEDGE = "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True))
_VALUE = r"\d+(?:[.,]\d+)*|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGE})\s+)?(?:\bbetween\s+)?(?<![\w.])(?P<low>{_VALUE})(?:\s+(?P<low_mult>hundred|thousand|million|billion))?"
    rf"(?:\s*(?:-|to|and)\s*(?P<high>{_VALUE})(?:\s+(?P<high_mult>hundred|thousand|million|billion))?)?"
    r"(?:\s+(?P<unit>[a-z]+(?:\s+per\s+[a-z]+)?))?\b"
)
# Units worth converting; anything else after a number ("rounds", "people") is a count.
_DIMENSIONS = ("[length]", "[mass]", "[length] ** 2", "[length] ** 3", "[length] / [time]", "[temperature]")
# Words pint reads as a unit that, after a number in news, are not one ("in", "a", "at", "are").
_NOT_UNITS = frozenset({"a", "at", "are", "in", "as", "is", "it", "to", "or", "and", "of", "on", "by", "per", "s", "t", "g"})


# Amounts stated only by their order of magnitude: "thousands of emails", "several thousand
# emails", "a few hundred", "tens of thousands", "dozens". Each reads as the span of its order
# (two to nine of it), so the vague wordings of one order agree with each other, and with no
# exact figure: "thousands" is not "3,000", and not "hundreds".
_ORDERS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDER = "|".join(_ORDERS)
_VAGUE = re.compile(
    rf"\b(?:(?P<tens>tens|hundreds)\s+of\s+(?P<of>thousands|millions|billions)"
    rf"|(?:several|a\s+few|a\s+couple\s+of)\s+(?P<few>{_ORDER})s?"
    rf"|(?P<plural>{_ORDER})s(?:\s+of)?)\b"
)


def _vague(folded):
    """(Quantity, span) for each amount stated by its order of magnitude only."""
    found = []
    for match in _VAGUE.finditer(folded):
        if match.group("tens"):
            order = _ORDERS[match.group("of")[:-1]] * (10 if match.group("tens") == "tens" else 100)
        else:
            order = _ORDERS[match.group("few") or match.group("plural")]
        found.append((Quantity(2 * order, 9 * order, None, "about", vague=True), match.span()))
    return found


_NOT_A_COUNT_BEFORE_ONE = frozenset({"no", "any", "every", "each", "some", "the", "this", "that", "which"})
# "one" standing for a noun said before it: "a big state, and one that seemed safe".
_NOT_A_COUNT_AFTER_ONE = frozenset({"that", "who", "which", "whose"})


def _before(text, match):
    words = text[: match.start()].split()
    return words[-1] if words else ""


def _after(text, match):
    words = text[match.end("low"):].split(maxsplit=1)
    return words[0].strip(",.;:") if words else ""


@dataclass(frozen=True)
class Quantity:
    low: float
    high: float
    unit: object = None  # a pint unit, or None for a count
    hedge: str = ""  # "at least" | "about" | "at most" | ""
    vague: bool = False  # stated by its order of magnitude only ("thousands of")

    @property
    def telling(self):
        """A figure that tells one fact from another: a measure, an amount, a count above a
        dozen that is no year. "two countries", "one of them", "in 2016" are said of many things."""
        if self.unit is not None or self.vague:
            return True
        return self.high > 12 and not (self.low == self.high and self.low.is_integer() and 1900 <= self.low <= 2100)

    def agrees(self, other):
        """The same value or range within rounding, converted to one unit; a count agrees with
        a measure of the same value ("500" and "500 metres": the unit was left out)."""
        if self.unit is None or other.unit is None:
            # Counts are stated exactly: 2014 is not 2015, 100 is not 101.
            return _close(self.low, other.low, 1e-9) and _close(self.high, other.high, 1e-9)
        if self.unit.dimensionality != other.unit.dimensionality:
            return False
        low, high = _convert(other.low, other.unit, self.unit), _convert(other.high, other.unit, self.unit)
        return _close(self.low, low, TOLERANCE) and _close(self.high, high, TOLERANCE)


def _close(a, b, tolerance):
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _convert(value, source, target):
    registry = _registry()
    return registry.Quantity(value, source).to(target).magnitude


@lru_cache(maxsize=1)
def _registry():
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=2_000)
def _unit(word):
    if not word or word in _NOT_UNITS:
        return None
    import pint

    try:
        unit = _registry().parse_units(word)
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, AssertionError):
        return None
    return unit if str(unit.dimensionality) in _DIMENSIONS else None


def _value(token, multiplier):
    if token[0].isdigit():
        try:
            value = float(token.replace(",", ""))
        except ValueError:
            value = float(token.split(".")[0].replace(",", ""))
    else:
        value = float(_NUMBER_WORDS[token])
    return value * _MULTIPLIERS.get(multiplier or "", 1)


@lru_cache(maxsize=20_000)
def _stated(text):
    """((Quantity, its hedge as written or ""), ...) for the quantities the text states, in order."""
    folded = fold(text)
    vague = _vague(folded)
    found = [(span, quantity, folded[span[0]:span[1]]) for quantity, span in vague]
    for match in _QUANTITY.finditer(folded):
        if any(start < match.end() and match.start() < end for _, (start, end) in vague):
            continue  # the "thousand" of "several thousand"
        if match.group("low") == "one" and not match.group("high") and (
            _before(folded, match) in _NOT_A_COUNT_BEFORE_ONE or _after(folded, match) in _NOT_A_COUNT_AFTER_ONE
        ):
            continue  # "no one", "every one of them", "one that ...": not the number 1
        low = _value(match.group("low"), match.group("low_mult") or match.group("high_mult"))
        high = _value(match.group("high"), match.group("high_mult")) if match.group("high") else low
        unit_words = (match.group("unit") or "").split()
        unit = None
        for size in (3, 1):  # "miles per hour", then "miles"
            unit = _unit(" ".join(unit_words[:size])) if len(unit_words) >= size else None
            if unit is not None:
                break
        hedge = HEDGES.get(match.group("hedge") or "", "")
        # The figure's own words: up to its unit when pint knows the unit or it is a share
        # ("100 percent"); a counted thing ("100 fighters") says what the figure is about.
        if unit is not None or unit_words[:1] == ["percent"]:
            end = match.end()
        else:  # a group left out ends at -1
            end = max(match.end(group) for group in ("low", "low_mult", "high", "high_mult"))
        found.append(((match.start(), end), Quantity(min(low, high), max(low, high), unit, hedge), match.group("hedge") or ""))
    return tuple((quantity, written, span) for span, quantity, written in sorted(found, key=lambda item: item[0]))


@lru_cache(maxsize=20_000)
def without_quantities(text):
    """The text (folded) with the words stating its quantities blanked out: "thousands of
    emails were recovered" gives "          emails were recovered"; what is left says what
    the figures are about."""
    folded = fold(text)
    for _, _, (start, end) in _stated(text):
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


def quantities(text):
    """The quantities the text states, in order, as a tuple of Quantity."""
    return tuple(quantity for quantity, _, _ in _stated(text))


def quantities_conflict(first_text, second_text):
    """Each quote states a quantity the other contradicts or leaves out: "within 500 metres" /
    "within 500 yards", "8 km" / "80 km". A truncated quote that leaves a number out, or one
    that states the same value in other units, does not conflict."""
    first, second = quantities(first_text), quantities(second_text)
    unmatched_first = [q for q in first if not any(q.agrees(o) for o in second)]
    unmatched_second = [q for q in second if not any(q.agrees(o) for o in first)]
    return bool(unmatched_first) and bool(unmatched_second)


def shared_quantity(first_text, second_text):
    """True when both state a quantity and every one of them agrees with one the other states."""
    first, second = quantities(first_text), quantities(second_text)
    if not first or not second:
        return False
    return all(any(q.agrees(o) for o in second) for q in first) and all(any(q.agrees(o) for o in first) for q in second)


def quantities_within(first_text, second_text):
    """True when one text states telling figures (Quantity.telling) and each agrees with one
    the other states: a paraphrase that leaves out one of the figures the fuller report gives.
    Here a count agrees only with a count and a measure with a measure: "about 500 fighters" is
    not "500 metres"."""
    first, second = quantities(first_text), quantities(second_text)
    if not first or not second:
        return False

    def each_agrees(some, others):
        return all(q.telling and any(q.agrees(o) and (q.unit is None) == (o.unit is None) for o in others) for q in some)

    return each_agrees(first, second) or each_agrees(second, first)


def hedge_differences(first_text, second_text):
    """(first hedge, second hedge) for each value both state with different hedges:
    "more than 100" / "about 100" gives [("more than", "about")] as written."""
    differences = []
    for q, written, _ in _stated(first_text):
        for o, other_written, _ in _stated(second_text):
            if q.agrees(o) and q.hedge != o.hedge:
                differences.append((written or "exactly", other_written or "exactly"))
    return differences
