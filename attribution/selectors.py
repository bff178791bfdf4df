"""Every read the pages and the API make, with the joins they need so no list does N+1 queries."""

import functools
import json
from collections import defaultdict

from django.conf import settings
from django.db import connection
from django.db.models import Count, Exists, F, IntegerField, Max, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce, Lower

from attribution import facts
from attribution.models import Article, Attribution, Claim, Outlet, RelayHop, Source


def attributions_with_relations():
    """Attributions with article, outlet, speaker (and affiliation), claim and relay hops loaded."""
    return Attribution.objects.select_related(
        "article__outlet", "speaker__affiliation__affiliation", "claim", "reviewer"
    ).prefetch_related(
        Prefetch("relay_hops", queryset=RelayHop.objects.select_related("outlet", "source").order_by("position"))
    )


def attributions_visible_to(user):
    """Readers see approved attributions (and pending ones, with READERS_SEE_UNREVIEWED);
    editors also see pending and rejected ones."""
    queryset = attributions_with_relations()
    if user_is_editor(user):
        return queryset
    return queryset.filter(status__in=reader_statuses())


def reader_statuses():
    """What readers (anyone not an editor) may see: approved attributions, and pending ones
    too when settings.READERS_SEE_UNREVIEWED is on (each is marked unreviewed wherever shown).
    Read on every call, so the setting applies to the pages, downloads and the API alike."""
    if settings.READERS_SEE_UNREVIEWED:
        return [Attribution.Status.APPROVED, Attribution.Status.PENDING]
    return [Attribution.Status.APPROVED]


def user_is_editor(user):
    return user is not None and user.is_authenticated and user.has_perm("attribution.review_attribution")


# ---------------------------------------------------------------- reader pages


def statuses_shown_on_pages(user):
    """Readers see approved attributions (and pending ones with READERS_SEE_UNREVIEWED); an
    editor also sees pending ones. Pending ones are marked unreviewed. Rejected attributions
    were wrong, so no page shows them."""
    if user_is_editor(user):
        return [Attribution.Status.APPROVED, Attribution.Status.PENDING]
    return reader_statuses()


def sees_unreviewed(user):
    """Whether the user is shown pending attributions (so every one a claim's facts count)."""
    return Attribution.Status.PENDING in statuses_shown_on_pages(user)


def attributions_on_pages(user):
    return attributions_visible_to(user).filter(status__in=statuses_shown_on_pages(user))


def _earliest_report_first(queryset):
    # facts.report_order in SQL: real reports before illustrative samples, undated reports
    # after dated ones (their place in the order is unknown).
    return queryset.order_by(
        "article__is_illustrative", F("article__published").asc(nulls_last=True), "article__created_at", "article_id",
        "start", "id",
    )


def claim_appearances(*, claim, user):
    """The claim's appearances the user may see, earliest report first (without article texts),
    each report once (facts.one_per_report): a list."""
    return facts.reports(_earliest_report_first(attributions_on_pages(user).filter(claim=claim)).defer("article__text"))


_MATCHING_FIELDS = (
    "id", "claim_id", "start", "end", "quote", "kind", "status", "speaker_id", "speaker__name", "speaker__kind", "speaker__aliases",
    "speaker__affiliation__name", "speaker__affiliation__aliases", "speaker__affiliation__affiliation__name",
    "speaker__affiliation__affiliation__aliases", "article_id", "article__outlet_id", "article__outlet__name",
    "article__published", "article__is_illustrative",
)


def attribution_rows_for_matching(attributions):
    """What claim matching compares, as plain rows (no model instances, no article text): one
    dict per attribution, in the queryset's order, with `relay_names` (outlets and sources
    between article and speaker)."""
    return attribution_rows_by_ids(list(attributions.values_list("id", flat=True)))


# Matching reads these rows several times for each new attribution; building the SQL of a query
# with five joins took most of that time, so it is built once and only the ids change.
_ROWS_CHUNK = 500
_JSON_FIELDS = frozenset(name for name in _MATCHING_FIELDS if name.endswith("aliases"))


@functools.cache
def _rows_by_ids_sql(vendor):
    rows, _ = Attribution.objects.filter(pk__in=[0]).values(*_MATCHING_FIELDS).query.sql_with_params()
    hops, _ = (
        RelayHop.objects.filter(attribution_id__in=[0]).order_by("attribution_id", "position")
        .values_list("attribution_id", "outlet__name", "source__name").query.sql_with_params()
    )
    return rows, hops


def _with_ids(sql, count):
    assert sql.count("IN (%s)") == 1, sql
    return sql.replace("IN (%s)", "IN (" + ", ".join(["%s"] * count) + ")")


def attribution_rows_by_ids(ids):
    """attribution_rows_for_matching for these attribution ids, in their order (ids not found
    are left out)."""
    ids = list(ids)
    rows_sql, hops_sql = _rows_by_ids_sql(connection.vendor)
    rows, hops = {}, defaultdict(list)
    with connection.cursor() as cursor:
        for first in range(0, len(ids), _ROWS_CHUNK):
            chunk = ids[first:first + _ROWS_CHUNK]
            cursor.execute(_with_ids(rows_sql, len(chunk)), chunk)
            for values in cursor.fetchall():
                row = dict(zip(_MATCHING_FIELDS, values))
                for name in _JSON_FIELDS:
                    if isinstance(row[name], str):
                        row[name] = json.loads(row[name])
                rows[row["id"]] = row
            cursor.execute(_with_ids(hops_sql, len(chunk)), chunk)
            for attribution_id, outlet, source in cursor.fetchall():
                hops[attribution_id].append(outlet or source)
    found = [rows[pk] for pk in ids if pk in rows]
    for row in found:
        row["relay_names"] = tuple(hops[row["id"]])
    return found


def claim_appearances_counted(*, claim):
    """Every appearance of the claim that is not rejected, earliest report first, as matching
    rows: what the claim's first appearance and drift flags are computed from, whoever looks."""
    counted = Attribution.objects.filter(claim=claim).exclude(status=Attribution.Status.REJECTED)
    return attribution_rows_for_matching(_earliest_report_first(counted))


def claims_shared(*, user):
    """The claims two or more outlets report (counting what the user may see), most recently
    reported first, as rows of `claim_id`: a lazy query, so a page counts them in SQL and
    reads only the ids it shows. Grouped by claim id alone: one pass over the attributions."""
    return (
        Attribution.objects.filter(status__in=statuses_shown_on_pages(user), claim__isnull=False)
        .values("claim_id")
        .annotate(outlets=Count("article__outlet", distinct=True), last_reported=Max("article__published"))
        .filter(outlets__gte=2)
        .order_by(F("last_reported").desc(nulls_last=True), "-claim_id")
    )


def claims_shared_count_and_recent(*, user, limit):
    """How many claims two or more outlets report, and the ids of the `limit` most recent:
    a COUNT and a LIMIT query, never every id."""
    shared = claims_shared(user=user)
    return shared.count(), [row["claim_id"] for row in shared[:limit]]


def claims_attach_appearances(claims, *, user):
    """Give each claim (a page of them) `appearances`: the attributions of it the user may
    see, earliest report first; and `shown`: the claim's text, first_seen and flags as the user
    is shown them (facts.ClaimFacts). One query for the page (and one for relay hops).

    `shown` is what the claim stores (computed from every appearance not rejected) when the
    user sees all of those; a reader who may not see some (pending ones) is shown what the
    approved appearances alone establish, computed here.

    The status is checked here, not in SQL: given both conditions, SQLite without ANALYZE
    statistics walks the status index, which holds nearly every row, not the claim index."""
    claims = list(claims)
    by_id = {claim.pk: claim for claim in claims}
    for claim in claims:
        claim.appearances = []
    statuses = set(statuses_shown_on_pages(user))
    partly_hidden = set()
    rows = _earliest_report_first(attributions_with_relations().filter(claim_id__in=list(by_id))).defer("article__text")
    for attribution in rows:
        if attribution.status in statuses:
            by_id[attribution.claim_id].appearances.append(attribution)
        elif attribution.status != Attribution.Status.REJECTED:
            partly_hidden.add(attribution.claim_id)
    for claim in claims:
        # A direct quote and the paraphrase around it in one article are one report.
        claim.appearances = facts.reports(claim.appearances)
        if claim.pk in partly_hidden:
            shown = [facts.attribution_row(attribution) for attribution in claim.appearances]
            claim.shown = facts.claim_facts(shown, text=claim.canonical_text)
        else:
            claim.shown = facts.ClaimFacts.stored(claim)
    return claims


def claims_where_shown(claims, *, user, stored, test):
    """The claims whose facts, as claims_attach_appearances shows them to the user, pass: the
    condition `stored` (a Q on the claim's stored facts) where the user sees every appearance
    they were computed from, `test(facts)` on the facts computed for the user where not. The
    latter are read here: for a reader, the visible claims with a pending appearance (claims
    under review), however many claims the filter selects."""
    if sees_unreviewed(user):
        return claims.filter(stored)
    pending = Exists(Attribution.objects.filter(claim=OuterRef("pk"), status=Attribution.Status.PENDING))
    checked = [claim.pk for claim in claims_attach_appearances(claims.filter(pending), user=user) if test(claim.shown)]
    return claims.filter((stored & ~pending) | Q(pk__in=checked))


def claims_in_order(ids, *, user):
    """The claims with these ids, in this order, each with its `appearances`."""
    claims = Claim.objects.in_bulk(ids)
    return claims_attach_appearances([claims[pk] for pk in ids if pk in claims], user=user)


def page_counts(*, user):
    """How many appearances and claims the user may see, and how many articles, outlets and
    sources the index pages list: the same numbers those pages give."""
    counts = Attribution.objects.filter(status__in=statuses_shown_on_pages(user)).aggregate(
        appearances=Count("id"), claims=Count("claim", distinct=True)
    )
    counts.update(
        articles=articles_on_pages(user).count(),
        outlets=outlets_on_pages(user).count(),
        sources=sources_on_pages(user).count(),
    )
    return counts


def attributions_search(*, user, query):
    """Appearances whose quote, speaker or outlet contains `query`, newest report first."""
    return attributions_on_pages(user).filter(
        Q(quote__icontains=query)
        | Q(speaker__name__icontains=query)
        | Q(speaker_mention__icontains=query)
        | Q(article__outlet__name__icontains=query)
    ).order_by(F("article__published").desc(nulls_last=True), "-article__created_at", "article_id", "start")


def articles_with_outlet():
    return Article.objects.select_related("outlet")


def article_attributions(*, article, user):
    """The attributions of one article the user may see, in reading order."""
    return attributions_on_pages(user).filter(article=article).order_by("start", "-end", "id")


def articles_sharing_claims(*, article, claim_ids, user, limit):
    """Up to `limit` other articles reporting any of `claim_ids` (the claims shown on this
    article's page), most shared first, each with `shared_claims`.

    The appearances are read by claim and filtered by status here: with both conditions in
    SQL, SQLite walks the status index, which holds nearly every row."""
    statuses = set(statuses_shown_on_pages(user))
    shared = {}
    rows = (
        Attribution.objects.filter(claim_id__in=set(claim_ids))
        .exclude(article_id=article.pk)
        .values_list("article_id", "claim_id", "status")
    )
    for article_id, claim_id, status in rows:
        if status in statuses:
            shared.setdefault(article_id, set()).add(claim_id)
    chosen = sorted(shared, key=lambda pk: (-len(shared[pk]), -pk))[:limit]
    articles = articles_with_outlet().defer("text").in_bulk(chosen)
    for pk, found in articles.items():
        found.shared_claims = len(shared[pk])
    return [articles[pk] for pk in chosen if pk in articles]


def _claims_of_source(source, user):
    # Two subqueries, each walking its own index (speaker, relay hop source); one query
    # with "speaker OR relay hop" in it reads every attribution.
    statuses = statuses_shown_on_pages(user)
    as_speaker = Attribution.objects.filter(speaker=source, status__in=statuses).values("claim_id")
    as_relay = RelayHop.objects.filter(source=source, attribution__status__in=statuses).values("attribution__claim_id")
    return Q(pk__in=as_speaker) | Q(pk__in=as_relay)


def source_is_shown(*, source, user):
    """A source has a page once the user may see an attribution crediting or relaying it."""
    return Claim.objects.filter(_claims_of_source(source, user)).exists()


def claims_credited_to(*, source, user):
    """Claims the user may see credited to the source (as speaker or in a relay chain), newest first."""
    return Claim.objects.filter(_claims_of_source(source, user)).order_by(F("first_seen").desc(nulls_last=True), "-id")


def claims_reported_by(*, outlet, user):
    """Claims the user may see in the outlet's articles, newest first."""
    articles = Article.objects.filter(outlet=outlet).values("pk")
    reported = Attribution.objects.filter(article_id__in=articles, status__in=statuses_shown_on_pages(user)).values(
        "claim_id"
    )
    return Claim.objects.filter(pk__in=reported).order_by(F("first_seen").desc(nulls_last=True), "-id")


def claims_relayed_through(*, outlet, user):
    """Claims the user may see that other articles credit to the outlet's reporting (a relay
    hop naming it: "…, the BBC reported"), newest first. One subquery over the hop index."""
    relayed = RelayHop.objects.filter(outlet=outlet, attribution__status__in=statuses_shown_on_pages(user)).values(
        "attribution__claim_id"
    )
    return Claim.objects.filter(pk__in=relayed).order_by(F("first_seen").desc(nulls_last=True), "-id")


def outlet_articles(*, outlet, user):
    """The outlet's articles, newest first, each with `shown_count` attributions the user may see."""
    shown = Q(attributions__status__in=statuses_shown_on_pages(user))
    return outlet.articles.defer("text").annotate(shown_count=Count("attributions", filter=shown)).order_by(
        F("published").desc(nulls_last=True), "-created_at", "-id"
    )


# ---------------------------------------------------------------- index pages
# The index pages filter these with the API's FilterSets (attribution.api.filters), sort them
# by one of INDEX_SORTS and cut a page of ids; only that page's rows are then loaded with the
# counts shown (index_rows). Computing a count for every row is left to the sorts that need it.


def _shown_rows(user):
    return Attribution.objects.filter(status__in=statuses_shown_on_pages(user))


def _per_row(rows, column, aggregate):
    """`aggregate` over `rows` for each row of the outer query, joined by `column`."""
    found = rows.filter(**{column: OuterRef("pk")}).order_by().values(column).annotate(value=aggregate)
    return Subquery(found.values("value")[:1])


def _index_counts(index, user):
    """The counts each index shows per row, as annotations: {name: expression}. The statuses
    shown are checked inside each count, not in its WHERE clause: given both conditions,
    SQLite without ANALYZE statistics walks the status index (nearly every row) for each row."""
    shown = Q(status__in=statuses_shown_on_pages(user))
    attributions = Attribution.objects.all()

    def count(column, rows=attributions, condition=shown):
        return Coalesce(_per_row(rows, column, Count("pk", filter=condition)), 0)

    if index == "claims":
        return {"report_count": count("claim")}
    if index == "articles":
        return {"shown_count": count("article")}
    if index == "sources":
        hop_shown = Q(attribution__status__in=statuses_shown_on_pages(user))
        return {
            "report_count": count("speaker"),
            "relay_count": count("source", rows=RelayHop.objects.all(), condition=hop_shown),
            "last_reported": _per_row(attributions, "speaker", Max("article__published", filter=shown)),
        }
    return {
        "article_count": count("outlet", rows=Article.objects.all(), condition=None),
        "report_count": count("article__outlet"),
        "last_reported": _per_row(Article.objects.all(), "outlet", Max("published")),
    }


# Per index, per sort: (the counts it sorts by, the order).
_NEWEST = (("last_reported",), (F("last_reported").desc(nulls_last=True), "-pk"))
_OLDEST = (("last_reported",), (F("last_reported").asc(nulls_last=True), "pk"))
_BY_NAME = ((), (Lower("name"), "pk"))
INDEX_SORTS = {
    "claims": {
        "newest": ((), (F("first_seen").desc(nulls_last=True), "-pk")),
        "oldest": ((), (F("first_seen").asc(nulls_last=True), "pk")),
        "most_reported": (("report_count",), ("-report_count", F("first_seen").desc(nulls_last=True), "-pk")),
    },
    "articles": {
        "newest": ((), (F("published").desc(nulls_last=True), "-created_at", "-pk")),
        "oldest": ((), (F("published").asc(nulls_last=True), "created_at", "pk")),
        "most_reported": (("shown_count",), ("-shown_count", F("published").desc(nulls_last=True), "-pk")),
    },
    "sources": {
        "name": _BY_NAME,
        "most_reported": (("report_count", "relay_count"), ("-report_count", "-relay_count", Lower("name"), "pk")),
        "newest": _NEWEST,
        "oldest": _OLDEST,
    },
    "outlets": {
        "name": _BY_NAME,
        "most_reported": (("report_count",), ("-report_count", Lower("name"), "pk")),
        "newest": _NEWEST,
        "oldest": _OLDEST,
    },
}


def claims_on_pages(user):
    """Claims with an appearance the user is shown."""
    return Claim.objects.filter(Exists(_shown_rows(user).filter(claim=OuterRef("pk"))))


def articles_on_pages(user):
    """Every article: articles are public (their attributions are shown as the user may see them)."""
    return Article.objects.all()


def sources_on_pages(user):
    """The sources that have a page for the user: a claim shown credits them or relays through them."""
    hops = RelayHop.objects.filter(attribution__status__in=statuses_shown_on_pages(user))
    return Source.objects.filter(
        Exists(_shown_rows(user).filter(speaker=OuterRef("pk"))) | Exists(hops.filter(source=OuterRef("pk")))
    )


def outlets_on_pages(user):
    """Every outlet (outlets are public)."""
    return Outlet.objects.all()


def index_sorted(rows, *, index, sort, user):
    """The rows in one of the index's orders, with the counts that order needs."""
    needs, order = INDEX_SORTS[index][sort]
    counts = _index_counts(index, user)
    return rows.annotate(**{name: counts[name] for name in needs}).order_by(*order)


def index_with_counts(rows, *, index, user):
    """The rows with every count the index shows (what is not there yet): for downloads."""
    counts = _index_counts(index, user)
    rows = rows.annotate(**{name: value for name, value in counts.items() if name not in rows.query.annotations})
    if index == "articles":
        return rows.select_related("outlet").defer("text")
    return rows.select_related("affiliation") if index == "sources" else rows


def index_rows(ids, *, index, user):
    """The rows of one page of an index (sources, articles or outlets), in the order of `ids`,
    with the counts it shows: one query whatever the page's length."""
    model = {"articles": Article, "sources": Source, "outlets": Outlet}[index]
    rows = index_with_counts(model.objects.filter(pk__in=ids), index=index, user=user).in_bulk()
    return [rows[pk] for pk in ids if pk in rows]


def filter_choices(*, user, outlets, speakers):
    """The outlets (every one) and speakers (up to `speakers`, by name, each credited in an
    attribution the user is shown) the filter forms offer, as (id, name) pairs."""
    outlet_choices = list(Outlet.objects.order_by(Lower("name"), "pk").values_list("pk", "name")) if outlets else []
    speaker_choices = []
    if speakers:
        credited = Source.objects.filter(Exists(_shown_rows(user).filter(speaker=OuterRef("pk"))))
        speaker_choices = list(credited.order_by(Lower("name"), "pk").values_list("pk", "name")[:speakers])
    return outlet_choices, speaker_choices


# ---------------------------------------------------------------- REST API


def attribution_rows_visible_to(user):
    """The attributions the user may see, without their relations: for counting, filtering,
    and finding a page's rows before loading them with attributions_visible_to."""
    if user_is_editor(user):
        return Attribution.objects.all()
    return Attribution.objects.filter(status__in=reader_statuses())


def _count_per_row(rows, column, counted="pk", distinct=False):
    """A correlated COUNT for each row of the outer query: a list page counts only its own rows,
    not every row of the table as a GROUP BY over the whole join would."""
    counts = rows.filter(**{column: OuterRef("pk")}).order_by().values(column)
    counts = counts.annotate(n=Count(counted, distinct=distinct)).values("n")[:1]
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


def outlets_for_api():
    """Every outlet, with `article_count`. Outlets and articles are public."""
    return Outlet.objects.annotate(article_count=_count_per_row(Article.objects.all(), "outlet"))


def sources_visible_to(user):
    """Sources with `attribution_count` (as speaker). Readers see a source once an approved
    attribution credits it, relays through it, or credits one of its members."""
    rows = attribution_rows_visible_to(user)
    sources = Source.objects.select_related("affiliation").annotate(
        attribution_count=_count_per_row(rows, "speaker")
    )
    if user_is_editor(user):
        return sources
    return sources.filter(
        Exists(rows.filter(speaker=OuterRef("pk")))
        | Exists(rows.filter(relay_hops__source=OuterRef("pk")))
        | Exists(rows.filter(speaker__affiliation=OuterRef("pk")))
    )


def articles_for_api(user):
    """Every article (their text is published news), with `attribution_count`: the attributions
    of it the user may see. The text itself is left out; `article_for_api` loads it."""
    rows = attribution_rows_visible_to(user)
    return (
        Article.objects.select_related("outlet")
        .defer("text")
        .annotate(attribution_count=_count_per_row(rows, "article"))
    )


def article_for_api(user):
    """Articles with text and `visible_attributions` (what the user may see, in reading order)."""
    rows = attributions_visible_to(user).order_by("start", "-end", "id")
    return (
        Article.objects.select_related("outlet")
        .annotate(attribution_count=_count_per_row(attribution_rows_visible_to(user), "article"))
        .prefetch_related(Prefetch("attributions", queryset=rows, to_attr="visible_attributions"))
    )


def claims_visible_to(user):
    """Claims the user may see: readers, those with an approved attribution. Their appearances
    and facts (what the user is shown) come with claims_attach_appearances."""
    claims = Claim.objects.all()
    if user_is_editor(user):
        return claims
    return claims.filter(Exists(attribution_rows_visible_to(user).filter(claim=OuterRef("pk"))))


def claims_visible_with_attribution(user, **conditions):
    """A condition on claims: one of their attributions the user may see matches `conditions`.
    An IN list, not EXISTS: the conditions pick few attributions through their own index, so
    the database reads those and looks their claims up, rather than probing every claim."""
    return Q(pk__in=attribution_rows_visible_to(user).filter(**conditions).order_by().values("claim_id"))


def claims_reported_by_outlets(user, *, at_least):
    """A condition on claims: at least `at_least` outlets report them (in attributions the user may see)."""
    rows = attribution_rows_visible_to(user)
    of_claim = rows.filter(claim=OuterRef("pk"))
    if at_least <= 1:
        return Exists(of_claim)
    if at_least == 2:
        # Two outlets: one report from an outlet other than the first found. Index probes per
        # claim, which stop at the first such report; not a count over every attribution.
        first_outlet = rows.filter(claim=OuterRef(OuterRef("pk"))).order_by().values("article__outlet_id")[:1]
        return Exists(of_claim.exclude(article__outlet_id=Subquery(first_outlet)))
    counted = (
        rows.filter(claim__isnull=False).order_by().values("claim_id")
        .annotate(outlets=Count("article__outlet", distinct=True)).filter(outlets__gte=at_least).values("claim_id")
    )
    return Q(pk__in=counted)


def sources_credited_in(user, **conditions):
    """A condition on sources: an attribution the user may see credits them and matches `conditions`."""
    return Exists(attribution_rows_visible_to(user).filter(speaker=OuterRef("pk"), **conditions))


def articles_with_attribution(user, **conditions):
    """A condition on articles: one of their attributions the user may see matches `conditions`."""
    return Exists(attribution_rows_visible_to(user).filter(article=OuterRef("pk"), **conditions))


def attribution_history(attribution):
    """The attribution's recorded versions, newest first, with the user who made each."""
    return attribution.history.select_related("history_user").order_by("-history_date", "-history_id")
