"""Outlets and sources (speakers): found or created by name, and merged by editors."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.text import slugify

from attribution import extraction
from attribution.aliases import names_only
from attribution.models import Attribution, Outlet, RelayHop, Source
from attribution.services.versions import version_take


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
    # Aliases are names: how an article referred to the speaker ("She", "the spokesman") is not one.
    new_aliases = [a for a in names_only(speaker.aliases) if a != source.name and a not in source.aliases]
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
    version_take(source, version)
    names = names_only([source.name, *source.aliases])
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
