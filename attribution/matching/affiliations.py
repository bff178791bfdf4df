"""What a speaker belongs to, read from how articles name them (no database, no lists of
organisations): "a spokesman for the Pentagon" speaks for the Pentagon, "FBI Director James
Comey" belongs to the FBI, "a State Department official" to the State Department, "the Speaker's
office" to the Speaker, and "Combined Joint Task Force (CJTF)" gives a short form of a long one.

services.sources stores what these find as the Source's affiliation and aliases, where editors
can correct them in admin; matching then treats a speaker and what they belong to as one voice.
"""

import re
import unicodedata

# Words that name a job, a group of people or a document, not an organisation: what is left
# of a name without them ("State Department", "FBI") is what the speaker belongs to.
ROLE_WORDS = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople official officials aide aides adviser advisers advisor
    advisors staff staffer staffers source sources member members officer officers representative
    representatives director deputy chief head secretary press chairman chairwoman chair president
    vice senior top former acting assistant general commander lawyer lawyers attorney attorneys
    statement statements release report reports letter letters memo summary investigation investigators
    investigator analysis document documents readout transcript filing data poll survey account
    leadership leader leaders team
    """.split()
)
# An organisation's part that belongs to a larger one: "the Speaker's office", "the Clinton campaign".
PART_WORDS = frozenset({"office", "campaign", "committee", "bureau", "unit", "division", "command", "staff"})
_ARTICLES = frozenset({"a", "an", "the", "one", "two", "three", "some", "several", "many", "other", "another"})
_WORD = re.compile(r"[A-Za-z0-9][\w.&'’\-]*")
_OF = re.compile(r"\b(?:of|for|at|with|from)\s+(?:the\s+)?(?P<name>[A-Z][\w.&'’\-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z0-9][\w.&'’\-]*)*)")


def _fold(text):
    return unicodedata.normalize("NFKC", text).replace("’", "'").strip()


def _is_name_word(word):
    return word[:1].isupper() or word[:1].isdigit()


def affiliation_from_name(name, kind):
    """The organisation an unnamed speaker or an organisation's part names: "a State Department
    spokesman" → "State Department", "an FBI investigation" → "FBI", "House Speaker Paul Ryan's
    office" → "House Speaker Paul Ryan", "the Clinton campaign" → "Clinton". "" when none."""
    name = _fold(name)
    owner = re.match(r"^(?:the\s+)?(?P<owner>.+?)'s?\s+(?P<part>[a-z][\w\s]*)$", name)
    if owner and set(owner.group("part").split()) <= (ROLE_WORDS | PART_WORDS):
        found = _leading_name(owner.group("owner"))
        if found:
            return found
    of = _OF.search(name)
    if of and kind == "unnamed":
        return of.group("name")
    if kind == "organization":
        # "the Pentagon press office": a lower-case part after a name ("U.S. Central Command"
        # is a name of its own).
        words = name.split()
        if len(words) > 1 and words[-1] in PART_WORDS:
            words = words[:-1]
            while len(words) > 1 and words[-1] in ROLE_WORDS:
                words = words[:-1]
            return _leading_name(" ".join(words))
        return ""
    if kind != "unnamed":
        return ""
    words = [w for w in _WORD.findall(name)]
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    while words and words[-1].lower() in ROLE_WORDS:
        words = words[:-1]
    if words and words[-1].lower() in PART_WORDS and len(words) > 1:
        words = words[:-1]
    if words and all(_is_name_word(w) for w in words):
        return " ".join(words)
    return ""


def _leading_name(text):
    words = [w for w in _WORD.findall(text) if w.lower() not in _ARTICLES]
    return " ".join(words) if words and all(_is_name_word(w) for w in words) else ""


def affiliation_from_role(role):
    """The organisation a role names: "FBI Director" → "FBI", "director of the Federal Bureau
    of Investigation" → "Federal Bureau of Investigation", "spokesman for the Inherent Resolve
    coalition" → "Inherent Resolve coalition". "" when the role names none."""
    if not role:
        return ""
    role = _fold(role)
    of = _OF.search(role)
    if of:
        found = of.group("name")
        tail = role[of.end():].split()
        # "the Inherent Resolve coalition": a lower-case head noun still belongs to the name.
        if tail and tail[0].islower() and tail[0] not in ROLE_WORDS and len(tail) == 1:
            found = f"{found} {tail[0]}"
        return found
    # "FBI Director", "chief Pentagon spokesperson": the run of name words right before a job.
    words = _WORD.findall(role)
    found, run = "", []
    for word in words:
        if word.lower() in ROLE_WORDS:
            if run:
                found = " ".join(run)
            run = []
        elif _is_name_word(word):
            run.append(word)
        else:
            run = []
    return found


_NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "&", "de"})
JOB_TITLE_MAX_WORDS = 8
ORGANISATION_MAX_WORDS = 6


def organisation_name(name):
    """True when `name` reads as an organisation's proper name ("Harvard Law School", "Department
    of Harbours", "CNN"): a few capitalised words, small connectors between them, not a job
    ("Staff") and not a clause the extractor read past ("Britons vote to abandon the EU")."""
    words = _fold(name or "").split()
    if not words or len(words) > ORGANISATION_MAX_WORDS or not _is_name_word(words[0]):
        return False
    # A lower-case head noun may end it: "the Clinton campaign", "the Inherent Resolve coalition".
    body = words[:-1] if len(words) > 1 and words[-1].isalpha() and words[-1].islower() else words
    if not all(_is_name_word(word) or word.lower() in _NAME_CONNECTORS for word in body):
        return False
    return not all(word.lower().removesuffix("'s") in ROLE_WORDS | PART_WORDS for word in words)


def person_affiliation(affiliation, role):
    """The organisation a named person belongs to, from what the extractor read next to the name
    ("Lena Park of the Water Directorate") or from a job title ("Water Directorate spokeswoman",
    "director of the Water Directorate"). A person's affiliation stays with them in every later
    article, so only clear cases count: a job title (a job word, a few words), and an
    organisation's name. "a graduate of Harvard Law School" is where someone studied, not who
    they speak for; a long clause mistaken for a role names nobody."""
    if affiliation and organisation_name(affiliation):
        return affiliation.strip(" ,.")
    words = _WORD.findall(_fold(role or ""))
    if not words or len(words) > JOB_TITLE_MAX_WORDS or not any(w.lower() in ROLE_WORDS for w in words):
        return ""
    found = affiliation_from_role(role).strip(" ,.").removesuffix("'s").removesuffix("’s")
    return found if organisation_name(found) else ""


_BRACKETED = re.compile(
    r"(?P<long>(?:[A-Z][\w&'’\-]*\s+)(?:(?:of|for|and|the|on|in|to|–|-)\s+|[A-Z][\w&'’\-]*\s+)*[A-Z][\w&'’\-]*)"
    r"\s*\((?P<short>[A-Z][A-Za-z0-9&.\-]{1,14})\)"
)


def _initialled(long_form, short):
    """The end of `long_form` whose initials spell `short` ("Officials of the Joint Task Force"
    and "JTF" give "Joint Task Force"); the whole of it when none does."""
    letters = re.sub(r"[^A-Za-z0-9]", "", short).lower()
    words = long_form.split()
    for start in range(len(words)):
        if not words[start][:1].isupper() or words[start].lower() in {"the", "a", "an"}:
            continue
        tail = [w for w in words[start:] if re.match(r"\w", w)]
        for skip_small in (True, False):
            initials = "".join(
                w[0].lower() for w in tail if not (skip_small and w.lower() in {"of", "the", "for", "and", "on", "in", "to"})
            )
            if initials == letters:
                return " ".join(words[start:])
    return long_form


def short_forms(text):
    """Pairs (long form, short form) an article gives in brackets: "Combined Joint Task Force –
    Operation Inherent Resolve (CJTF-OIR)", "Syrian Democratic Forces (SDF)"."""
    pairs = []
    for match in _BRACKETED.finditer(text):
        long_form, short = match.group("long").strip(), match.group("short")
        # "President Barack Obama (D)" or "(R-Texas)": a party tag, not a short form.
        if len(short) <= 1 or re.fullmatch(r"[RDI](?:-[A-Za-z.]+)?", short):
            continue
        pairs.append((_initialled(long_form, short), short))
    return pairs
