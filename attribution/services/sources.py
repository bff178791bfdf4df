"""Outlets and sources (speakers): found or created by name, and merged by editors."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import TextField, Value
from django.db.models.functions import Cast, Lower
from django.utils.text import slugify

from attribution import extraction
from attribution.matching import affiliations
from attribution.aliases import names_only
from attribution.models import Attribution, Outlet, RelayHop, Source
from attribution.services.versions import rows_lock


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
    """The Source an extracted speaker stands for, created or enriched as needed.

    What the speaker belongs to is learned from the article (`matching.affiliations`): the
    organisation the extractor read ("a spokesman for X"), the one its role names ("FBI
    Director"), the one its unnamed name names ("a State Department official"), or, for a bare
    document ("the statement"), whoever the article credited just before. Short forms the
    article gives in brackets become aliases. Editors correct all of it in admin."""
    kind = speaker.kind if speaker.kind in Source.Kind.values else Source.Kind.UNNAMED
    scope = article if kind == Source.Kind.UNNAMED else None
    source = (
        Source.objects.filter(kind=kind, scope_article=scope)
        .annotate(lower_name=Lower("name"))
        # The database lowers both sides, as the unique constraint does: SQLite's LOWER leaves
        # non-ASCII capitals ("Ă", "É") as they are, where Python's str.lower() would not.
        .filter(lower_name=Lower(Value(speaker.name, output_field=TextField())))
        .first()
    )
    if source is None:
        source = Source(kind=kind, name=speaker.name, scope_article=scope)
    changed = source.pk is None
    if speaker.title and not source.title:
        source.title, changed = speaker.title[:100], True
    if speaker.role and not source.role:
        source.role, changed = speaker.role[:300], True
    short_forms = _short_forms(article)
    if source.affiliation_id is None:
        parent = _affiliation_learned(speaker, kind=kind, article=article, source=source)
        if parent is not None:
            source.affiliation, changed = parent, True
    learned = [*names_only(speaker.aliases), *_other_forms(source.name, short_forms)]
    new_aliases = [a for a in dict.fromkeys(learned) if a != source.name and a not in source.aliases]
    if new_aliases:
        source.aliases, changed = [*source.aliases, *new_aliases], True
    if changed:
        source.save()
    return source


# Speakers that are a document, not who issued it: "the statement" is whoever issued it.
_DOCUMENT_SPEAKERS = frozenset(
    f"{article} {noun}"
    for article in ("the", "a", "an", "that", "this")
    for noun in ("statement", "release", "press release", "letter", "report", "memo", "readout", "announcement")
)


def _affiliation_learned(speaker, *, kind, article, source):
    """The Source this speaker belongs to, or None."""
    if kind == Source.Kind.UNNAMED and speaker.name.strip().lower() in _DOCUMENT_SPEAKERS:
        return _issuer_before(article, source)
    if kind == Source.Kind.PERSON:
        names = [affiliations.person_affiliation(speaker.affiliation, speaker.role)]
    else:
        names = [speaker.affiliation or "", affiliations.affiliation_from_role(speaker.role)]
        names.append(affiliations.affiliation_from_name(speaker.name, kind))
    for name in names:
        name = (name or "").strip(" ,.")
        if name and name.lower() != speaker.name.lower() and name.lower() not in map(str.lower, speaker.aliases):
            return _organization_named(name, article=article)
    return None


def _issuer_before(article, source):
    """The organisation or person the article credited most recently: who issued "the statement"."""
    earlier = (
        Attribution.objects.filter(article=article, speaker__kind__in=[Source.Kind.ORGANIZATION, Source.Kind.PERSON])
        .exclude(speaker=source if source.pk else None)
        .select_related("speaker")
        .order_by("-pk")
        .first()
    )
    return earlier.speaker if earlier else None


def _short_forms(article):
    """The article's bracketed short forms, read once per article."""
    cached = getattr(article, "_short_forms", None)
    if cached is None:
        cached = article._short_forms = affiliations.short_forms(article.text or "")
    return cached


def _other_forms(name, short_forms):
    lowered = name.strip().lower().removeprefix("the ")
    found = []
    for long_form, short in short_forms:
        if lowered == long_form.lower().removeprefix("the "):
            found.append(short)
        elif lowered == short.lower():
            found.append(long_form)
    return found


def _organization_named(name, *, article=None):
    """The organisation of that name or alias, created if unknown (with what the article says
    it belongs to, and its short form in brackets as an alias)."""
    organization = Source.objects.filter(
        kind=Source.Kind.ORGANIZATION, scope_article=None, name__iexact=name
    ).first() or _organization_with_alias(name)
    if organization is not None:
        return organization
    aliases = _other_forms(name, _short_forms(article)) if article is not None else []
    organization = Source.objects.create(kind=Source.Kind.ORGANIZATION, name=name, aliases=aliases)
    parent_name = affiliations.affiliation_from_name(name, Source.Kind.ORGANIZATION)
    if parent_name and parent_name.lower() != name.lower():
        organization.affiliation = _organization_named(parent_name, article=article)
        organization.save(update_fields=["affiliation"])
    return organization


def _organization_with_alias(name):
    """An organisation that has `name` among its aliases (stored as a JSON list)."""
    lowered = name.strip().lower()
    # The JSON list read as text narrows the rows in SQL; the names are then compared exactly.
    candidates = (
        Source.objects.filter(kind=Source.Kind.ORGANIZATION, scope_article=None)
        .annotate(alias_text=Cast("aliases", TextField()))
        .filter(alias_text__icontains=name.strip())
    )
    return next((s for s in candidates if lowered in map(str.lower, s.aliases)), None)


@transaction.atomic
def source_merge(*, source, into, by, version=None, into_version=None):
    """Fold `source` into `into`: its names become aliases, its attributions and
    relay hops point at `into`, and `source` is deleted (its history stays).

    `version` and `into_version` are the versions of the two rows the caller read (by default,
    those of the instances given): ConflictError if either changed since, GoneError if either
    was merged away meanwhile. Both rows are locked and read again first, so two merges that
    cross (A into B while C goes into A) never bring a deleted source back."""
    if source.pk == into.pk:
        raise ValidationError("A source cannot be merged into itself.", code="same")
    source, into = rows_lock([source, into], [version, into_version])
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
    source.version += 1
    source._history_user = by
    source._change_reason = f"Merged into source #{into.pk} ({into.name})"
    source.delete()
    return into
