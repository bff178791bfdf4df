"""Claims across outlets: each attribution joins the claim that reports the same thing, and
editors merge and split what matching got wrong."""

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Min

from attribution import facts, matching, selectors
from attribution.models import Attribution, Claim, ClaimKey
from attribution.services.versions import ConflictError, GoneError, rows_lock, version_take


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
    if filters:
        rows = selectors.attribution_rows_for_matching(Attribution.objects.filter(pk=pk, **filters))
    else:
        rows = selectors.attribution_rows_by_ids([pk])
    return rows[0] if rows else None


def attribution_appearance(attribution):
    """An Attribution (speaker and affiliation, article outlet and relay hops loaded, as
    selectors.attributions_with_relations gives them) as the matcher sees it: for pages and
    the API comparing two appearances with the same rules as matching."""
    return _appearance(facts.attribution_row(attribution))


_appearance = facts.matcher_view


def _claim_candidate_ids(text, words, *, exclude_claim=None):
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
        if claim_id != exclude_claim:
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
    rows = selectors.attribution_rows_by_ids(sorted(pk for pks in chosen.values() for pk in pks))
    for other in rows:
        members[other["claim_id"]].append(_appearance(other))
    return {claim_id: members[claim_id] for claim_id in claim_ids if members[claim_id]}


def _claim_matching(row, *, exclude_claim=None, also=()):
    """The stored claim that reports what this attribution says (compared with its other
    appearances, never with itself), or None. `exclude_claim`: a claim id not to consider;
    `also`: claim ids to consider besides those its index keys find."""
    words = matching.content_words(row["quote"])
    candidate_ids = _claim_candidate_ids(row["quote"], words, exclude_claim=exclude_claim)
    candidate_ids += [claim_id for claim_id in also if claim_id not in candidate_ids and claim_id != exclude_claim]
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
def claim_merge(*, claim, into, by, version=None, into_version=None):
    """An editor's decision that `claim` and `into` report the same thing.

    The appearances of both are pinned in `into` (a re-match never separates them), `claim`
    is deleted (its history stays) and the flags of `into` are recomputed. `version` and
    `into_version` are the versions of the two claims the editor saw (by default, those of the
    instances given): ConflictError if either changed since, GoneError if either was merged
    away meanwhile. Both are locked and read again first.
    """
    if claim.pk == into.pk:
        raise ValidationError("A claim cannot be merged into itself.", code="same")
    claim, into = rows_lock([claim, into], [version, into_version])
    reason = f"Editor merged claim #{claim.pk} into #{into.pk}"
    for attribution in Attribution.objects.filter(claim__in=[claim, into]).exclude(claim=into, claim_pinned=True):
        _attribution_claim_pin(attribution, claim=into, by=by, reason=reason)
    ClaimKey.objects.bulk_create(
        [ClaimKey(claim=into, key=key) for key in claim.index_keys.values_list("key", flat=True)],
        ignore_conflicts=True,
    )
    claim.version += 1
    claim._history_user = by
    claim._change_reason = reason
    claim.delete()
    _claim_version_bump(into, by=by, reason=reason)
    return claim_flags_refresh(claim=into, by=by)


def _claim_version_bump(claim, *, by, reason):
    """Count an editor's change to the claim (a row this transaction has locked) in its
    version, with who and why in its history."""
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
    claim_id = Attribution.objects.filter(pk=attribution.pk).values_list("claim_id", flat=True).first()
    if claim_id is None:
        raise ValidationError("This attribution has no claim to split it from.", code="no_claim")
    # The claim first, as a merge locks it, then the attribution (version_take): the same order
    # everywhere, so a split and a merge never wait for each other in a circle.
    old = Claim.objects.select_for_update().filter(pk=claim_id).first()
    if old is None:
        raise GoneError(Claim, claim_id)
    if not old.attributions.exclude(pk=attribution.pk).exists():
        raise ValidationError(
            "This attribution is the only appearance of its claim: there is nothing to split it from.",
            code="alone",
        )
    version_take(attribution, version)
    if Attribution.objects.filter(pk=attribution.pk).values_list("claim_id", flat=True).first() != old.pk:
        # Re-matching moved it to another claim between the two reads (matching takes no version).
        raise ConflictError(attribution, attribution.version - 1)
    new = Claim(canonical_text=attribution.quote)
    new._history_user = by
    new._change_reason = f"Editor split attribution #{attribution.pk} out of claim #{old.pk}"
    new.save()
    # version_take has already counted this write in attribution.version.
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
    the second time. It also stores each attribution's index keys as the word rules read them
    now, so claims stored before a change of those rules are found again. `since` (a date) limits it to attributions stored on or after that day;
    `progress(iterable, total)` may wrap the loop (a progress bar). Each attribution is its
    own transaction, so an interrupted run keeps what it did and can simply be run again.

    Two claims that now report one thing (after an editor gave a speaker its organisation, or
    looser thresholds) become one: when an appearance still held by its claim also matches an
    older claim, its claim joins the older one.
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
    moved: int = 0
    created: bool = False
    removed: bool = False


@transaction.atomic
def _attribution_rematch(pk):
    row = _matching_row(pk, claim_pinned=False)
    if row is None or row["status"] == Attribution.Status.REJECTED:
        return _RematchOutcome()
    old = Claim.objects.filter(pk=row["claim_id"]).first() if row["claim_id"] else None
    if old is not None and _claim_holds(row):
        # The index keys as the words are read now (after a change of the word rules, such
        # as a stemming rule, the stored keys may be another form of them).
        claim_keys_add(claim=old, texts=[row["quote"]])
        return _claims_join_if_matching(row, old)
    target = _claim_matching(row)
    created = False
    if target is None:
        counted_others = old.attributions.exclude(pk=pk).exclude(status=Attribution.Status.REJECTED) if old else None
        if old is not None and not counted_others.exists():
            claim_keys_add(claim=old, texts=[row["quote"]])  # its own claim still: keys as above
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
    return _RematchOutcome(moved=int(old is not None), created=created, removed=removed)


def _claims_join_if_matching(row, claim):
    """The attribution's claim still holds it; if it also matches an older claim (an editor gave
    a speaker its organisation, the thresholds were loosened), both claims report one thing:
    this one joins the older one, all its appearances with it. Not when an editor pinned any
    of them (a merge or split is the editor's decision)."""
    other = _claim_matching(row, exclude_claim=claim.pk)
    if other is None or other.pk > claim.pk or claim.attributions.filter(claim_pinned=True).exists():
        return _RematchOutcome()
    reason = f"Re-matching joined claim #{claim.pk} into #{other.pk}"
    moving = list(claim.attributions.all())
    for attribution in moving:
        _attribution_claim_record(attribution, claim=other, reason=reason)
    ClaimKey.objects.bulk_create(
        [ClaimKey(claim=other, key=key) for key in claim.index_keys.values_list("key", flat=True)],
        ignore_conflicts=True,
    )
    claim._change_reason = reason
    claim.delete()
    claim_flags_refresh(claim=other)
    return _RematchOutcome(moved=len(moving), removed=True)
