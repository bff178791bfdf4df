"""Editors' review: approve, reject and correct attributions."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone

from attribution.models import Attribution, Claim
from attribution.services.claims import claim_flags_refresh, claim_keys_add
from attribution.services.versions import version_take


@transaction.atomic
def attribution_review(*, attribution, status, by, note=None, version=None):
    if status not in (Attribution.Status.APPROVED, Attribution.Status.REJECTED, Attribution.Status.PENDING):
        raise ValidationError(f"Unknown review status {status!r}.", code="invalid")
    version_take(attribution, version)
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
    version_take(attribution, version)
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


def claims_shared_approve(*, by, articles):
    """Approve the pending attributions in `articles` of every claim that two or more outlets report.

    The demo uses it on its own articles so readers have a comparison to open from the first minute;
    anything else stays pending for an editor.
    """

    shared = Claim.objects.annotate(outlets=Count("attributions__article__outlet", distinct=True)).filter(outlets__gte=2)
    pending = Attribution.objects.filter(claim__in=shared, article__in=articles, status=Attribution.Status.PENDING)
    count = 0
    for attribution in pending.select_related("article"):
        attribution_approve(attribution=attribution, by=by, note="Approved by the demo loader.")
        count += 1
    return count
