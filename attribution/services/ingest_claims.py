"""Claims for a new article's attributions, safe when several workers ingest at once.

Matching (services.claims) reads the stored claims and decides: join one, or start a new one.
Two ingests of the same quote at the same moment would each see no claim and each start one.
A lock around all of matching would make the workers take turns for most of an ingest, so it
is split in two:

1. In parallel with other ingests, each attribution is matched against the claims committed so
   far. One that matches joins that claim. One that matches none waits, with the candidate
   claims it was compared with.
2. Under one lock (a PostgreSQL advisory lock held until the transaction commits, so the next
   holder reads everything this one wrote): each waiting attribution looks at its candidates
   again. Only if a claim appeared since (another ingest's, committed meanwhile) is it matched
   again in full; if still nothing matches, its new claim is started. The claims this article
   started that share a content word with the quote are candidates too: a lede's word or two of a
   statement quoted in full further down has started a claim the statement's many index keys may
   rank below CANDIDATE_CLAIMS others sharing a common word. So are the claims its partial quotes
   joined in step 1, for the paraphrase holding them: it is the same report, matched before its
   quoted words were. A quotation the article cuts in two around its tag in mid-sentence ('"It is
   welcome," she said, "but it comes late."') is one statement: a piece matching no claim goes to
   the claim of its other piece, so another outlet's whole quotation of the sentence, which joins
   one piece's claim, joins both. Then the claims this article joined
   or started get their index keys and their flags, from every appearance committed by now.

Whatever ingest commits later takes the lock later and sees this one's claims, so no two
claims are started for one quote, and no claim's flags miss an appearance. On SQLite a writer
holds the whole database from the start of its transaction, and this reduces to matching in turn.
"""

import re
from collections import defaultdict

from django.db import connection

from attribution import matching
from attribution.extraction.tokens import ABBREVIATIONS
from attribution.models import Attribution, Claim
from attribution.services import claims as claim_matching
from attribution.services.locks import advisory_lock_wait, lock_id

CLAIMS_LOCK = lock_id("ingest:claims")


def claims_assign_for_ingest(attributions):
    """Put each of a new article's attributions in its claim (see the module's docstring).
    Call inside the article's transaction; the lock is held until it ends."""
    waiting, quotes_by_claim, fragments_joined = [], defaultdict(list), []
    for attribution in attributions:
        row = claim_matching._matching_row(attribution.pk)
        seen = _candidates(row)
        claim = claim_matching._claim_matching(row) if seen else None
        if claim is None:
            waiting.append((attribution, row, seen))
        else:
            _join(attribution, claim, quotes_by_claim)
            if attribution.kind == Attribution.Kind.PARTIAL:
                fragments_joined.append((attribution.start, attribution.end, claim.pk))
    _claims_lock()
    # Index keys are written under the lock only: two ingests adding keys to one claim at once
    # could each wait for the other's rows.
    for claim_id, quotes in quotes_by_claim.items():
        claim_matching.claim_keys_add(claim=Claim(pk=claim_id), texts=quotes)
    started = {}  # claim id -> the content words of the quote that started it
    pieces = _sentence_pieces(attributions)
    for attribution, row, seen in waiting:
        # A claim that appeared since: another ingest's, or one this article just started that shares a word with
        # this quote (comparing every quote with every claim its article started made a long article's ingest
        # a quarter slower).
        words = set(matching.content_words(row["quote"]))
        related = [claim_id for claim_id, started_words in started.items() if words & started_words]
        held = [claim_id for start, end, claim_id in fragments_joined if attribution.start <= start and end <= attribution.end]
        appeared = (set(_candidates(row)) | set(related) | set(held)) - set(seen)
        claim = claim_matching._claim_matching(row, also=list(dict.fromkeys(related + held))) if appeared or held else None
        if claim is None:
            claim = _other_piece_claim(attribution, pieces)
        if claim is None:
            claim = Claim.objects.create(canonical_text=attribution.quote)
            started[claim.pk] = words
        _join(attribution, claim, quotes_by_claim)
        claim_matching.claim_keys_add(claim=claim, texts=[attribution.quote])
    # Read again under the lock: another ingest may have changed these claims since.
    for claim in Claim.objects.filter(pk__in=quotes_by_claim).order_by("pk"):
        claim_matching.claim_flags_refresh(claim=claim)


# Between the two pieces of one sentence: the closing mark, the tag and the opening mark, on one
# line ('," said Ann Lee, the county's director, "'). The tag may hold a title's or an initial's
# period ("Sen.", "J.", "U.S."), never another word's: '," said Ann Lee. If it fails, she said, "'
# is two sentences.
_TAG_BETWEEN = re.compile(r"^[\s\"”’,]*[^!?;\n\"“”]{1,150}?,\s*[\"“‘']$")
_PERIOD = re.compile(r"(\S+)\.\s")
_NO_END = re.compile(r"(?:[A-Z]\.)*[A-Z]|%s" % "|".join(ABBREVIATIONS))


def _sentence_pieces(attributions):
    """{attribution id: the attribution holding the other piece of its sentence}: a direct quote
    ending in a comma and the same speaker's next direct quote, opening in lower case, with only
    the tag between them."""
    quotes = sorted(
        (a for a in attributions if a.kind == Attribution.Kind.DIRECT and a.speaker_id is not None),
        key=lambda a: a.start,
    )
    pieces = {}
    for first, second in zip(quotes, quotes[1:]):
        if first.speaker_id != second.speaker_id or not second.quote[:1].islower():
            continue
        between = first.article.text[first.end:second.start]
        if not (first.quote.rstrip().endswith(",") or between.lstrip(" \"”’").startswith(",")):
            continue
        if _TAG_BETWEEN.match(between) and all(_NO_END.fullmatch(word) for word in _PERIOD.findall(between)):
            pieces[first.pk], pieces[second.pk] = second, first
    return pieces


def _other_piece_claim(attribution, pieces):
    other = pieces.get(attribution.pk)
    if other is None or other.claim_id is None:
        return None
    return Claim.objects.filter(pk=other.claim_id).first()


def _join(attribution, claim, quotes_by_claim):
    claim_matching._attribution_claim_record(attribution, claim=claim, reason=f"Matching put it in claim #{claim.pk}")
    quotes_by_claim[claim.pk].append(attribution.quote)


def _candidates(row):
    return claim_matching._claim_candidate_ids(row["quote"], matching.content_words(row["quote"]))


def _claims_lock():
    if connection.vendor != "postgresql":
        return
    with advisory_lock_wait("claims"), connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CLAIMS_LOCK])
