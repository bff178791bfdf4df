"""Every write the tracker makes. Views, the API, admin actions and commands call these.

Each function takes keyword arguments only, validates its input, and changes
several rows inside one transaction, so a failure leaves nothing half-written.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import slugify

from attribution import extraction
from attribution.models import Article, Attribution, Claim, Outlet, RelayHop, Source


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


# ---------------------------------------------------------------- outlets and sources


def outlet_get_or_create(*, name):
    """The outlet with that name or alias (case-insensitive), created if unknown."""
    name = name.strip()
    if not name:
        raise ValidationError("An outlet needs a name.", code="empty")
    outlet = Outlet.objects.filter(name__iexact=name).first()
    if outlet:
        return outlet
    lowered = name.lower()
    for candidate in Outlet.objects.exclude(aliases=[]):
        if lowered in (alias.lower() for alias in candidate.aliases):
            return candidate
    slug = _unique_slug(name)
    return Outlet.objects.create(name=name, slug=slug)


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
def source_merge(*, source, into, by):
    """Fold `source` into `into`: its names become aliases, its attributions and
    relay hops point at `into`, and `source` is deleted (its history stays)."""
    if source.pk == into.pk:
        raise ValidationError("A source cannot be merged into itself.", code="same")
    names = [source.name, *source.aliases]
    into.aliases = [*into.aliases, *(n for n in names if n != into.name and n not in into.aliases)]
    into.title = into.title or source.title
    into.role = into.role or source.role
    into.affiliation_id = into.affiliation_id or (
        source.affiliation_id if source.affiliation_id != into.pk else None
    )
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
    Source.objects.filter(affiliation=source).exclude(pk=into.pk).update(affiliation=into)
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

    The same text again returns the existing article and writes nothing.
    `outlet` is an Outlet or an outlet name.
    """
    text = article_text_normalize(text)
    fingerprint = article_text_fingerprint(text)
    existing = Article.objects.filter(text_sha256=fingerprint).first()
    if existing:
        return IngestResult(article=existing, created=False, attribution_count=existing.attributions.count())
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
    article.full_clean()
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
        confidence=min(max(item.confidence, 0.0), 1.0),
        origin=Attribution.Origin.EXTRACTED,
        extractor_version=extraction.EXTRACTOR_VERSION,
    )
    for position, hop in enumerate(item.relay):
        relay_hop_create(attribution=attribution, position=position, hop=hop, speaker=speaker)
    attribution_claim_assign(attribution=attribution)
    return attribution


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


def attribution_claim_assign(*, attribution):
    """Give the attribution a claim of its own. Claim matching across reports replaces this."""
    claim = Claim.objects.create(canonical_text=attribution.quote, first_seen=attribution.article.published)
    attribution.claim = claim
    attribution.save(update_fields=["claim"])
    return claim


# ---------------------------------------------------------------- review


def _claim_version(obj, expected):
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
    _claim_version(attribution, version)
    attribution.status = status
    attribution.reviewer = by if status != Attribution.Status.PENDING else None
    attribution.reviewed_at = timezone.now() if status != Attribution.Status.PENDING else None
    if note is not None:
        attribution.editor_note = note
    attribution._history_user = by
    attribution.save()
    return attribution


def attribution_approve(*, attribution, by, note=None, version=None):
    return attribution_review(attribution=attribution, status=Attribution.Status.APPROVED, by=by, note=note, version=version)


def attribution_reject(*, attribution, by, note=None, version=None):
    return attribution_review(attribution=attribution, status=Attribution.Status.REJECTED, by=by, note=note, version=version)


_UNCHANGED = object()


@transaction.atomic
def attribution_correct(
    *,
    attribution,
    by,
    version=None,
    speaker=_UNCHANGED,
    speaker_mention=None,
    kind=None,
    cue=None,
    start=None,
    end=None,
    editor_note=None,
):
    """An editor's fix of speaker, kind, cue or span. The span is re-checked against the article text."""
    _claim_version(attribution, version)
    if speaker is not _UNCHANGED:
        attribution.speaker = speaker
    if kind is not None:
        if kind not in Attribution.Kind.values:
            raise ValidationError({"kind": f"Kind must be one of {', '.join(Attribution.Kind.values)}."})
        attribution.kind = kind
    if cue is not None:
        attribution.cue = cue
    if speaker_mention is not None:
        attribution.speaker_mention = speaker_mention
    if editor_note is not None:
        attribution.editor_note = editor_note
    if start is not None or end is not None:
        new_start = attribution.start if start is None else start
        new_end = attribution.end if end is None else end
        text = attribution.article.text
        if not (0 <= new_start < new_end <= len(text)):
            raise ValidationError(
                {"end": f"The span {new_start}–{new_end} must lie inside the article (0–{len(text)}) with start before end."}
            )
        attribution.start, attribution.end = new_start, new_end
        attribution.quote = text[new_start:new_end]
    attribution.full_clean(exclude=["claim", "speaker", "reviewer", "article"])
    attribution._history_user = by
    try:
        with transaction.atomic():
            attribution.save()
    except IntegrityError:
        raise ValidationError("Another attribution of this article already has that span and kind.") from None
    return attribution


# ---------------------------------------------------------------- people and demo


EDITORS_GROUP = "editors"


def user_admin_ensure(*, username, password):
    """A superuser who is also an editor, with this password (set again if the user exists)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user, _ = get_user_model().objects.get_or_create(username=username)
    user.is_staff = user.is_superuser = True
    user.set_password(password)
    user.save()
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def claims_shared_approve(*, by):
    """Approve the pending attributions of every claim that two or more outlets report.

    The demo uses it so readers have a comparison to open from the first minute.
    """
    from django.db.models import Count

    shared = Claim.objects.annotate(outlets=Count("attributions__article__outlet", distinct=True)).filter(outlets__gte=2)
    pending = Attribution.objects.filter(claim__in=shared, status=Attribution.Status.PENDING)
    count = 0
    for attribution in pending.select_related("article"):
        attribution_approve(attribution=attribution, by=by, note="Approved by the demo loader.")
        count += 1
    return count
