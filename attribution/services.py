"""Every write the tracker makes. Views, the API, admin actions and commands call these.

Each function takes keyword arguments only, validates its input, and changes
several rows inside one transaction, so a failure leaves nothing half-written.
"""

import hashlib
import heapq
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Min
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import slugify

from attribution import extraction, facts, matching, selectors
from attribution.models import Article, Attribution, Claim, ClaimKey, Outlet, RelayHop, Source


class ConflictError(Exception):
    """The row changed since the caller read it: its version is stale."""

    def __init__(self, obj, expected):
        self.current_version = obj.version
        super().__init__(
            f"{type(obj).__name__} {obj.pk} is at version {obj.version}, not {expected}: "
            "someone changed it since you read it. Reload and try again."
        )


# ---------------------------------------------------------------- text


def article_text_normalize(raw):
    """Decode, validate and normalize an article's text as the tracker stores it.

    Line endings become "\\n" and a byte-order mark is dropped; everything else
    (curly quotes, non-breaking spaces) is kept, so offsets match what editors read.
    """
    if isinstance(raw, (bytes, bytearray)):
        try:
            raw = bytes(raw).decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValidationError(
                f"The article is not UTF-8 text: byte {error.start} cannot be decoded.", code="not_utf8"
            ) from None
    if not isinstance(raw, str):
        raise ValidationError("The article text must be a string.", code="invalid")
    limit = settings.ARTICLE_MAX_BYTES
    if len(raw) > limit or len(raw.encode("utf-8", "surrogatepass")) > limit:
        raise ValidationError(
            f"The article is larger than the limit of {limit} bytes (ARTICLE_MAX_BYTES).", code="too_large"
        )
    text = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise ValidationError("The article text contains NUL characters.", code="invalid")
    if not text.strip():
        raise ValidationError("The article text is empty.", code="empty")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("The article text holds unpaired surrogate characters.", code="not_utf8") from None
    return text


def article_text_fingerprint(text):
    """SHA-256 of the text with Unicode form, case of whitespace and spacing made uniform,
    so the same article sent twice (re-wrapped, different line endings) is recognised."""
    folded = unicodedata.normalize("NFKC", text)
    folded = re.sub(r"\s+", " ", folded).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str
    published: object  # a date, or None when the page gives none


def article_from_html(*, html):
    """The article text of an HTML page, without navigation, adverts or comments (trafilatura),
    with the title and publication date the page gives."""
    import trafilatura  # slow to import; only HTML ingest needs it

    if len(html) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        raise ValidationError(
            f"The HTML is larger than the limit of {settings.DATA_UPLOAD_MAX_MEMORY_SIZE} bytes.", code="too_large"
        )
    # Menus, footers and sidebars are never the article: without them, a page that is nothing
    # else has no text to store, rather than trafilatura's fallback taking the menu for it.
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, prune_xpath=["//nav", "//footer", "//aside"]
    )
    text = (document.text or "") if document else ""
    if not text.strip():
        raise ValidationError({"html": "No article text was found in this HTML."}, code="empty")
    try:
        published = date.fromisoformat(document.date) if document.date else None
    except ValueError:
        published = None
    return HtmlArticle(text=text, title=document.title or "", published=published)


# ---------------------------------------------------------------- outlets and sources


def outlet_get_or_create(*, name):
    """The outlet with that name or alias (case-insensitive), created if unknown.

    An outlet in the extractor's known-outlets list is stored under its canonical name,
    with its domain, homepage and other names."""
    name = name.strip()
    if not name:
        raise ValidationError("An outlet needs a name.", code="empty")
    known = extraction.outlet_record(name) or {}
    canonical = known.get("name", name)
    outlet = Outlet.objects.filter(name__iexact=canonical).first() or _outlet_with_alias(name)
    if outlet:
        return outlet
    return Outlet.objects.create(
        name=canonical,
        slug=_unique_slug(canonical),
        domain=known.get("domain", ""),
        homepage=known.get("homepage", ""),
        aliases=known.get("aliases", []),
    )


def _outlet_with_alias(name):
    lowered = name.lower()
    return next(
        (outlet for outlet in Outlet.objects.exclude(aliases=[]) if lowered in map(str.lower, outlet.aliases)),
        None,
    )


def _unique_slug(name):
    base = slugify(name)[:180] or "outlet"
    slug, n = base, 2
    while Outlet.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def source_for_speaker(*, speaker, article):
    """The Source an extracted speaker stands for, created or enriched as needed."""
    kind = speaker.kind if speaker.kind in Source.Kind.values else Source.Kind.UNNAMED
    scope = article if kind == Source.Kind.UNNAMED else None
    source = (
        Source.objects.filter(kind=kind, scope_article=scope)
        .annotate(lower_name=Lower("name"))
        .filter(lower_name=speaker.name.lower())
        .first()
    )
    if source is None:
        source = Source(kind=kind, name=speaker.name, scope_article=scope)
    changed = source.pk is None
    if speaker.title and not source.title:
        source.title, changed = speaker.title[:100], True
    if speaker.role and not source.role:
        source.role, changed = speaker.role[:300], True
    if speaker.affiliation and source.affiliation_id is None and speaker.affiliation.lower() != speaker.name.lower():
        source.affiliation, changed = _organization_named(speaker.affiliation), True
    new_aliases = [a for a in speaker.aliases if a != source.name and a not in source.aliases]
    if new_aliases:
        source.aliases, changed = [*source.aliases, *new_aliases], True
    if changed:
        source.save()
    return source


def _organization_named(name):
    organization = Source.objects.filter(
        kind=Source.Kind.ORGANIZATION, scope_article=None, name__iexact=name
    ).first()
    return organization or Source.objects.create(kind=Source.Kind.ORGANIZATION, name=name)


@transaction.atomic
def source_merge(*, source, into, by, version=None):
    """Fold `source` into `into`: its names become aliases, its attributions and
    relay hops point at `into`, and `source` is deleted (its history stays).
    `version` is the version of `source` the caller read (ConflictError if stale)."""
    if source.pk == into.pk:
        raise ValidationError("A source cannot be merged into itself.", code="same")
    _version_take(source, version)
    names = [source.name, *source.aliases]
    into.aliases = [*into.aliases, *(n for n in names if n != into.name and n not in into.aliases)]
    into.title = into.title or source.title
    into.role = into.role or source.role
    if into.affiliation_id in (None, source.pk):
        # `into` inherits the affiliation, but never one to itself or to the row about to go.
        into.affiliation_id = source.affiliation_id if source.affiliation_id not in (into.pk, source.pk) else None
    into.version += 1
    into._history_user = by
    into._change_reason = f"Merged source #{source.pk} ({source.name}) into this one"
    into.save()
    for attribution in Attribution.objects.filter(speaker=source):
        attribution.speaker = into
        attribution.version += 1
        attribution._history_user = by
        attribution._change_reason = f"Speaker #{source.pk} merged into #{into.pk}"
        attribution.save()
    RelayHop.objects.filter(source=source).update(source=into)
    for member in Source.objects.filter(affiliation=source).exclude(pk=into.pk):
        member.affiliation = into
        member.version += 1
        member._history_user = by
        member._change_reason = f"Affiliation #{source.pk} merged into #{into.pk}"
        member.save()
    source._history_user = by
    source._change_reason = f"Merged into source #{into.pk} ({into.name})"
    source.delete()
    return into


# ---------------------------------------------------------------- ingest


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool
    attribution_count: int


@transaction.atomic
def article_ingest(*, text, outlet, title=None, url=None, published=None, byline=None, is_illustrative=False):
    """Store an article and its extracted attributions (pending review).

    The same text again returns the existing article and writes nothing, also when another
    ingest stores it between the check and the write. `outlet` is an Outlet or an outlet name.
    """
    try:
        text = article_text_normalize(text)
    except ValidationError as error:
        raise ValidationError({"text": error.error_list}) from None
    fingerprint = article_text_fingerprint(text)
    existing = _article_with_text(fingerprint)
    # Twice at most: a concurrent ingest may store the same text, outlet or URL between the
    # checks and the write. A savepoint each time, so nothing of a lost attempt stays.
    for attempt in range(2):
        if existing is not None:
            break
        try:
            with transaction.atomic():
                return _article_store(
                    text=text, fingerprint=fingerprint, outlet=outlet, title=title, url=url,
                    published=published, byline=byline, is_illustrative=is_illustrative,
                )
        except IntegrityError:
            existing = _article_with_text(fingerprint)
    if existing is None:
        raise ValidationError("Another write changed the same rows at the same moment; send the article again.")
    return IngestResult(article=existing, created=False, attribution_count=existing.attributions.count())


def _article_with_text(fingerprint):
    return Article.objects.filter(text_sha256=fingerprint).first()


def _article_store(*, text, fingerprint, outlet, title, url, published, byline, is_illustrative):
    if isinstance(outlet, str):
        outlet = outlet_get_or_create(name=outlet)
    url = (url or "").strip()
    if url and Article.objects.filter(url=url).exists():
        raise ValidationError({"url": f"Another article already has the URL {url}."}, code="duplicate_url")
    article = Article(
        outlet=outlet,
        title=(title or _title_from_text(text))[:500],
        url=url,
        byline=(byline or "")[:300],
        published=published,
        text=text,
        text_sha256=fingerprint,
        is_illustrative=is_illustrative,
        extractor_version=extraction.EXTRACTOR_VERSION,
    )
    # The database's unique index decides a race on the text, so it raises IntegrityError.
    article.full_clean(exclude=["text_sha256"])
    article.save()
    found = extraction.extract(text)
    for item in found:
        attribution_create_from_extracted(article=article, item=item)
    return IngestResult(article=article, created=True, attribution_count=len(found))


def _title_from_text(text):
    first_line = text.strip().split("\n", 1)[0].strip()
    return first_line[:200]


def attribution_create_from_extracted(*, article, item):
    speaker = source_for_speaker(speaker=item.speaker, article=article) if item.speaker else None
    attribution = Attribution.objects.create(
        article=article,
        start=item.start,
        end=item.end,
        quote=article.text[item.start : item.end],
        kind=item.kind,
        cue=(item.cue or "")[:100],
        speaker=speaker,
        speaker_mention=(item.speaker_mention or "")[:300],
        speaker_name_written=_speaker_name_written(item.speaker)[:300],
        speaker_role_written=((item.speaker.role if item.speaker else None) or "")[:300],
        confidence=min(max(item.confidence, 0.0), 1.0),
        origin=Attribution.Origin.EXTRACTED,
        extractor_version=extraction.EXTRACTOR_VERSION,
    )
    for position, hop in enumerate(item.relay):
        relay_hop_create(attribution=attribution, position=position, hop=hop, speaker=speaker)
    attribution_claim_assign(attribution=attribution)
    return attribution


def _speaker_name_written(speaker):
    if speaker is None:
        return ""
    return f"{speaker.title} {speaker.name}" if speaker.title else speaker.name


def relay_hop_create(*, attribution, position, hop, speaker):
    if hop.kind == "outlet":
        return RelayHop.objects.create(
            attribution=attribution, position=position, outlet=outlet_get_or_create(name=hop.name), cue=hop.cue or ""
        )
    if speaker is not None and hop.name.lower() in (n.lower() for n in speaker.all_names):
        source = speaker
    else:
        source = source_for_speaker(
            speaker=extraction.Speaker(name=hop.name, kind=hop.kind), article=attribution.article
        )
    return RelayHop.objects.create(attribution=attribution, position=position, source=source, cue=hop.cue or "")


# ---------------------------------------------------------------- claims across outlets


@transaction.atomic
def attribution_claim_assign(*, attribution):
    """Put the attribution in the claim that already reports the same thing, or start a new claim."""
    row = _matching_row(attribution.pk)
    claim = _claim_matching(row)
    if claim is None:
        claim = Claim.objects.create(canonical_text=attribution.quote)
    _attribution_claim_record(attribution, claim=claim, reason=f"Matching put it in claim #{claim.pk}")
    claim_keys_add(claim=claim, texts=[attribution.quote])
    claim_flags_refresh(claim=claim)
    return claim


def _attribution_claim_record(attribution, *, claim, reason):
    """Move the attribution to `claim` with a history record of why, so the move is not shown
    as part of the next editor's change. Matching's own moves: no user, no version taken."""
    attribution.claim = claim
    attribution._change_reason = reason
    attribution.save(update_fields=["claim"])


def _matching_thresholds():
    return matching.Thresholds.from_settings(settings.CLAIM_MATCHING)


def _matching_row(pk, **filters):
    rows = selectors.attribution_rows_for_matching(Attribution.objects.filter(pk=pk, **filters))
    return rows[0] if rows else None


def attribution_appearance(attribution):
    """An Attribution (speaker and affiliation, article outlet and relay hops loaded, as
    selectors.attributions_with_relations gives them) as the matcher sees it: for pages and
    the API comparing two appearances with the same rules as matching."""
    return _appearance(facts.attribution_row(attribution))


_appearance = facts.matcher_view


def _claim_candidate_ids(text, words):
    """The claims sharing the most index keys with the text, best first.

    Each key reads at most CLAIMS_PER_KEY of its newest claims through the (key, claim)
    index, so the cost does not grow with the number of stored claims; a key few claims
    share counts for more than one that many share.
    """
    config = settings.CLAIM_MATCHING
    keys = matching.lookup_keys(text, words, limit=config["LOOKUP_KEYS"])
    if not keys:
        return []
    quote = connection.ops.quote_name
    table, key_column, claim_column = quote(ClaimKey._meta.db_table), quote("key"), quote("claim_id")
    # One round trip for all keys. Raw SQL because the ORM cannot put LIMIT inside the parts
    # of a UNION on SQLite.
    part = (
        f"SELECT * FROM (SELECT {key_column}, {claim_column} FROM {table} WHERE {key_column} = %s "
        f"ORDER BY {claim_column} DESC LIMIT %s) AS part{{}}"
    )
    sql = " UNION ALL ".join(part.format(n) for n in range(len(keys)))
    with connection.cursor() as cursor:
        cursor.execute(sql, [value for key in keys for value in (key, config["CLAIMS_PER_KEY"])])
        rows = cursor.fetchall()
    claims_per_key = Counter(key for key, _ in rows)
    weight = defaultdict(float)
    for key, claim_id in rows:
        weight[claim_id] += 1 / claims_per_key[key]
    chosen = heapq.nlargest(config["CANDIDATE_CLAIMS"], weight, key=lambda claim_id: (weight[claim_id], claim_id))
    # Among claims sharing the keys equally, the oldest first: best_match keeps the first of
    # equally good candidates, so a quote fitting two claims equally well joins the one there first.
    return sorted(chosen, key=lambda claim_id: (-weight[claim_id], claim_id))


def _claim_members(claim_ids, *, exclude):
    """The appearances of each claim that matching compares with, in `claim_ids` order: one per
    distinct wording, kind and speaker (a quote a hundred outlets share is compared once), at
    most MEMBERS_PER_CLAIM per claim, longest wordings first (the fuller quotes a truncated one
    is checked against). Rejected attributions are no appearance of anything."""
    counted = Attribution.objects.filter(claim_id__in=claim_ids).exclude(pk=exclude).exclude(
        status=Attribution.Status.REJECTED
    )
    distinct = counted.values("claim_id", "quote", "kind", "speaker_id").annotate(first=Min("id"))
    chosen = defaultdict(list)
    for group in sorted(distinct, key=lambda group: (-len(group["quote"]), group["first"])):
        if len(chosen[group["claim_id"]]) < settings.CLAIM_MATCHING["MEMBERS_PER_CLAIM"]:
            chosen[group["claim_id"]].append(group["first"])
    members = defaultdict(list)
    rows = selectors.attribution_rows_for_matching(
        Attribution.objects.filter(pk__in=[pk for pks in chosen.values() for pk in pks]).order_by("pk")
    )
    for other in rows:
        members[other["claim_id"]].append(_appearance(other))
    return {claim_id: members[claim_id] for claim_id in claim_ids if members[claim_id]}


def _claim_matching(row):
    """The stored claim that reports what this attribution says (compared with its other
    appearances, never with itself), or None."""
    words = matching.content_words(row["quote"])
    candidate_ids = _claim_candidate_ids(row["quote"], words)
    if not candidate_ids:
        return None
    members = _claim_members(candidate_ids, exclude=row["id"])
    claim_id = matching.best_match(_appearance(row), members, _matching_thresholds())
    return None if claim_id is None else Claim.objects.get(pk=claim_id)


def _claim_holds(row):
    """True when the attribution's current claim still matches it through another appearance."""
    members = _claim_members([row["claim_id"]], exclude=row["id"])
    return matching.best_match(_appearance(row), members, _matching_thresholds()) is not None


def claim_keys_add(*, claim, texts):
    keys = set()
    for text in texts:
        keys |= matching.index_keys(text)
    ClaimKey.objects.bulk_create([ClaimKey(claim=claim, key=key) for key in keys], ignore_conflicts=True)


def _claim_keys_rebuild(claim):
    ClaimKey.objects.filter(claim=claim).delete()
    quotes = claim.attributions.exclude(status=Attribution.Status.REJECTED).values_list("quote", flat=True)
    claim_keys_add(claim=claim, texts=set(quotes))


def _claim_remove_if_empty(claim, *, by=None, reason):
    """Delete a claim left with no appearances (its history stays); True if it was removed."""
    if claim.attributions.exists():
        return False
    claim._history_user = by
    claim._change_reason = reason
    claim.delete()
    return True


def claim_flags_refresh(*, claim, by=None):
    """Recompute what the tracker learns from the claim's appearances (facts.claim_facts over
    those not rejected): the first appearance and first_seen, dates_conflict, wording_differs
    and attribution_differs, and the text while its wording is still among them. Saves only on change."""
    rows = selectors.claim_appearances_counted(claim=claim)
    if not rows:
        return claim
    found = facts.claim_facts(rows, text=claim.canonical_text)
    values = {
        "canonical_text": found.text,
        "first_appearance_id": found.first_appearance_id,
        "first_seen": found.first_seen,
        "dates_conflict": found.dates_conflict,
        "wording_differs": found.wording_differs,
        "attribution_differs": found.attribution_differs,
    }
    changed = {name: value for name, value in values.items() if getattr(claim, name) != value}
    if changed:
        for name, value in changed.items():
            setattr(claim, name, value)
        claim._history_user = by
        claim._change_reason = "Flags recomputed from its appearances"
        claim.save()
    return claim


def _attribution_claim_pin(attribution, *, claim, by, reason):
    attribution.claim = claim
    attribution.claim_pinned = True
    attribution.version += 1
    attribution._history_user = by
    attribution._change_reason = reason
    attribution.save()


@transaction.atomic
def claim_merge(*, claim, into, by, version=None):
    """An editor's decision that `claim` and `into` report the same thing.

    The appearances of both are pinned in `into` (a re-match never separates them), `claim`
    is deleted (its history stays) and the flags of `into` are recomputed. `version` is
    the version of `claim` the editor saw.
    """
    if claim.pk == into.pk:
        raise ValidationError("A claim cannot be merged into itself.", code="same")
    _version_take(claim, version)
    reason = f"Editor merged claim #{claim.pk} into #{into.pk}"
    for attribution in Attribution.objects.filter(claim__in=[claim, into]).exclude(claim=into, claim_pinned=True):
        _attribution_claim_pin(attribution, claim=into, by=by, reason=reason)
    ClaimKey.objects.bulk_create(
        [ClaimKey(claim=into, key=key) for key in claim.index_keys.values_list("key", flat=True)],
        ignore_conflicts=True,
    )
    claim._history_user = by
    claim._change_reason = reason
    claim.delete()
    _claim_version_bump(into, by=by, reason=reason)
    return claim_flags_refresh(claim=into, by=by)


def _claim_version_bump(claim, *, by, reason):
    """Count an editor's change to the claim in its version, with who and why in its history."""
    claim.refresh_from_db()
    claim.version += 1
    claim._history_user = by
    claim._change_reason = reason
    claim.save()


@transaction.atomic
def attribution_claim_split(*, attribution, by, version=None):
    """An editor's decision that the attribution does not report the same thing as the rest
    of its claim: it moves to a new claim of its own. Both sides are pinned, so a re-match
    never puts them back together. `version` is the attribution's version the editor saw."""
    old = attribution.claim
    if old is None:
        raise ValidationError("This attribution has no claim to split it from.", code="no_claim")
    if not old.attributions.exclude(pk=attribution.pk).exists():
        raise ValidationError(
            "This attribution is the only appearance of its claim: there is nothing to split it from.",
            code="alone",
        )
    _version_take(attribution, version)
    new = Claim(canonical_text=attribution.quote)
    new._history_user = by
    new._change_reason = f"Editor split attribution #{attribution.pk} out of claim #{old.pk}"
    new.save()
    # _version_take has already counted this write in attribution.version.
    attribution.claim = new
    attribution.claim_pinned = True
    attribution._history_user = by
    attribution._change_reason = new._change_reason
    attribution.save()
    left_reason = f"Editor split attribution #{attribution.pk} out of this claim"
    for left in old.attributions.filter(claim_pinned=False):
        _attribution_claim_pin(left, claim=old, by=by, reason=left_reason)
    _claim_version_bump(old, by=by, reason=left_reason)
    _claim_keys_rebuild(old)
    claim_keys_add(claim=new, texts=[attribution.quote])
    claim_flags_refresh(claim=old, by=by)
    return claim_flags_refresh(claim=new, by=by)


@dataclass(frozen=True)
class RematchResult:
    checked: int
    moved: int
    claims_created: int
    claims_removed: int


def claims_rematch(*, since=None, progress=None):
    """Run matching again over stored attributions (after the thresholds change).

    Attributions an editor pinned by a merge or split are never moved. An attribution stays
    in its claim while that claim still matches it, so running this twice changes nothing
    the second time. `since` (a date) limits it to attributions stored on or after that day;
    `progress(iterable, total)` may wrap the loop (a progress bar). Each attribution is its
    own transaction, so an interrupted run keeps what it did and can simply be run again.
    """
    # A rejected attribution is no appearance of anything: it neither moves nor anchors a claim.
    queryset = Attribution.objects.filter(claim_pinned=False).exclude(status=Attribution.Status.REJECTED)
    if since is not None:
        queryset = queryset.filter(created_at__date__gte=since)
    # Newest first: when two lone appearances turn out to match, the later one joins the older
    # claim, so the claims people have already linked to stay.
    ids = list(queryset.order_by("-created_at", "-pk").values_list("pk", flat=True))
    moved = created = removed = 0
    for pk in progress(ids, len(ids)) if progress else ids:
        outcome = _attribution_rematch(pk)
        moved += outcome.moved
        created += outcome.created
        removed += outcome.removed
    return RematchResult(checked=len(ids), moved=moved, claims_created=created, claims_removed=removed)


@dataclass(frozen=True)
class _RematchOutcome:
    moved: bool = False
    created: bool = False
    removed: bool = False


@transaction.atomic
def _attribution_rematch(pk):
    row = _matching_row(pk, claim_pinned=False)
    if row is None or row["status"] == Attribution.Status.REJECTED:
        return _RematchOutcome()
    old = Claim.objects.filter(pk=row["claim_id"]).first() if row["claim_id"] else None
    if old is not None and _claim_holds(row):
        return _RematchOutcome()
    target = _claim_matching(row)
    created = False
    if target is None:
        counted_others = old.attributions.exclude(pk=pk).exclude(status=Attribution.Status.REJECTED) if old else None
        if old is not None and not counted_others.exists():
            return _RematchOutcome()
        target = Claim.objects.create(canonical_text=row["quote"])
        created = True
    _attribution_claim_record(
        Attribution.objects.get(pk=pk), claim=target, reason=f"Re-matching moved it to claim #{target.pk}"
    )
    claim_keys_add(claim=target, texts=[row["quote"]])
    claim_flags_refresh(claim=target)
    removed = False
    if old is not None:
        removed = _claim_remove_if_empty(old, reason=f"Re-matching moved its last appearance to claim #{target.pk}")
        if not removed:
            _claim_keys_rebuild(old)
            claim_flags_refresh(claim=old)
    return _RematchOutcome(moved=old is not None, created=created, removed=removed)


# ---------------------------------------------------------------- review


def _version_take(obj, expected):
    """Take the row for this write, or raise ConflictError if `expected` is stale.

    The conditional UPDATE is atomic on every database, so of two editors who read
    the same version only the first one's write goes through.
    """
    if expected is None:
        expected = obj.version
    updated = type(obj).objects.filter(pk=obj.pk, version=expected).update(version=expected + 1)
    if not updated:
        obj.refresh_from_db(fields=["version"])
        raise ConflictError(obj, expected)
    obj.version = expected + 1


@transaction.atomic
def attribution_review(*, attribution, status, by, note=None, version=None):
    if status not in (Attribution.Status.APPROVED, Attribution.Status.REJECTED, Attribution.Status.PENDING):
        raise ValidationError(f"Unknown review status {status!r}.", code="invalid")
    _version_take(attribution, version)
    # A rejected attribution no longer counts towards its claim's first appearance and flags.
    counted_changes = Attribution.Status.REJECTED in (attribution.status, status) and attribution.status != status
    attribution.status = status
    attribution.reviewer = by if status != Attribution.Status.PENDING else None
    attribution.reviewed_at = timezone.now() if status != Attribution.Status.PENDING else None
    if note is not None:
        attribution.editor_note = note
    attribution._history_user = by
    attribution.save()
    if counted_changes and attribution.claim_id is not None:
        claim_flags_refresh(claim=attribution.claim, by=by)
    return attribution


def attribution_approve(*, attribution, by, note=None, version=None):
    return attribution_review(attribution=attribution, status=Attribution.Status.APPROVED, by=by, note=note, version=version)


def attribution_reject(*, attribution, by, note=None, version=None):
    return attribution_review(attribution=attribution, status=Attribution.Status.REJECTED, by=by, note=note, version=version)


_UNCHANGED = object()


def attribution_correction_check(*, attribution, kind=None, start=None, end=None):
    """Raise ValidationError for a correction that cannot be saved: an unknown kind, a span outside
    the article, or the span and kind of another attribution of the same article.
    Returns the corrected (start, end)."""
    new_kind = attribution.kind if kind is None else kind
    if new_kind not in Attribution.Kind.values:
        raise ValidationError({"kind": f"Kind must be one of {', '.join(Attribution.Kind.values)}."})
    new_start = attribution.start if start is None else start
    new_end = attribution.end if end is None else end
    length = len(attribution.article.text)
    if not (0 <= new_start < new_end <= length):
        raise ValidationError(
            {"end": f"The span {new_start}–{new_end} must lie inside the article (0–{length}) with start before end."}
        )
    if not attribution.article.text[new_start:new_end].strip():
        raise ValidationError({"end": f"The span {new_start}–{new_end} holds only white space."})
    twin = (
        Attribution.objects.filter(article_id=attribution.article_id, start=new_start, end=new_end, kind=new_kind)
        .exclude(pk=attribution.pk)
        .values_list("pk", flat=True)
        .first()
    )
    if twin is not None:
        raise ValidationError(f"Attribution #{twin} of this article already has that span and kind.")
    return new_start, new_end


@transaction.atomic
def attribution_correct(
    *,
    attribution,
    by,
    version=None,
    speaker=_UNCHANGED,
    speaker_mention=None,
    speaker_name_written=None,
    speaker_role_written=None,
    kind=None,
    cue=None,
    start=None,
    end=None,
    editor_note=None,
):
    """A fix of speaker, kind, cue or span. The span is re-checked against the article text.

    A reviewed attribution whose content is changed by someone who may not review goes back to
    pending: approval covers what the reviewer saw, not what was written over it later."""
    new_start, new_end = attribution_correction_check(attribution=attribution, kind=kind, start=start, end=end)
    _version_take(attribution, version)
    def content(row):
        return (row.speaker_id, row.speaker_name_written, row.speaker_role_written, row.kind, row.cue, row.start, row.end)

    content_before = content(attribution)
    if speaker is not _UNCHANGED and getattr(speaker, "pk", None) != attribution.speaker_id:
        attribution.speaker = speaker
        # The words the article used named the speaker the editor just replaced.
        attribution.speaker_name_written = attribution.speaker_role_written = ""
    if kind is not None:
        attribution.kind = kind
    if cue is not None:
        attribution.cue = cue
    if speaker_mention is not None:
        attribution.speaker_mention = speaker_mention
    if speaker_name_written is not None:
        attribution.speaker_name_written = speaker_name_written
    if speaker_role_written is not None:
        attribution.speaker_role_written = speaker_role_written
    if editor_note is not None:
        attribution.editor_note = editor_note
    attribution.start, attribution.end = new_start, new_end
    attribution.quote = attribution.article.text[new_start:new_end]
    if (
        content(attribution) != content_before
        and attribution.is_reviewed
        and not by.has_perm("attribution.review_attribution")
    ):
        attribution.status = Attribution.Status.PENDING
        attribution.reviewer = None
        attribution.reviewed_at = None
    attribution.full_clean(exclude=["claim", "speaker", "reviewer", "article"])
    attribution._history_user = by
    try:
        with transaction.atomic():
            attribution.save()
    except IntegrityError:
        # Another write took the span between the check and the save.
        raise ValidationError("Another attribution of this article already has that span and kind.") from None
    if attribution.claim_id is not None:
        # A new speaker or span can change who the claim is credited to and how it is worded.
        claim_keys_add(claim=attribution.claim, texts=[attribution.quote])
        claim_flags_refresh(claim=attribution.claim, by=by)
    return attribution


# ---------------------------------------------------------------- people and demo


EDITORS_GROUP = "editors"


def user_admin_ensure(*, username, password=None):
    """A superuser who is also an editor. Returns (user, password): a new account gets `password`
    or a random one; an existing account keeps its password unless one is given."""
    import secrets

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user, created = get_user_model().objects.get_or_create(username=username)
    user.is_staff = user.is_superuser = True
    if created or password:
        password = password or secrets.token_urlsafe(9)
        user.set_password(password)
    user.save()
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user, password


def database_statistics_refresh():
    """Let the query planner see how the tables have grown: SQLite keeps no statistics
    until ANALYZE runs, and without them picks the status index over the foreign keys."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def claims_shared_approve(*, by, articles):
    """Approve the pending attributions in `articles` of every claim that two or more outlets report.

    The demo uses it on its own articles so readers have a comparison to open from the first minute;
    anything else stays pending for an editor.
    """
    from django.db.models import Count

    shared = Claim.objects.annotate(outlets=Count("attributions__article__outlet", distinct=True)).filter(outlets__gte=2)
    pending = Attribution.objects.filter(claim__in=shared, article__in=articles, status=Attribution.Status.PENDING)
    count = 0
    for attribution in pending.select_related("article"):
        attribution_approve(attribution=attribution, by=by, note="Approved by the demo loader.")
        count += 1
    return count