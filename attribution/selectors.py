"""Every read the pages and the API make, with the joins they need so no list does N+1 queries."""

import functools
import json
from collections import defaultdict

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    FloatField,
    Func,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest, Lower, Substr

from attribution import facts
from attribution.models import SEARCH_CONFIG, Article, Attribution, Claim, Feed, IngestJob, Outlet, Publication, RelayHop, Source


def publications_with_outlet():
    return Publication.objects.select_related("outlet")


def publications_loaded(path="publications"):
    """Load the publications at `path` (with their outlets) for Article.reports to read."""
    return Prefetch(path, queryset=publications_with_outlet(), to_attr=Article.LOADED_PUBLICATIONS)


def attributions_with_relations(*, reviewer=False):
    """Attributions with article, outlet, speaker (and affiliation), relay hops (`relay_chain`)
    and the article's publications (every outlet that ran its text: `article.reports`) loaded;
    with `reviewer`, who reviewed each too (what editors are shown). Not the claim: what is
    shown of an attribution's claim is its id."""
    hops = RelayHop.objects.select_related("outlet", "source").order_by("position")
    related = ["article__outlet", "speaker__affiliation__affiliation", *(["reviewer"] if reviewer else [])]
    return Attribution.objects.select_related(*related).prefetch_related(
        Prefetch("relay_hops", queryset=hops, to_attr=Attribution.LOADED_RELAY_HOPS),
        publications_loaded("article__publications"),
    )


def attributions_visible_to(user):
    """Readers see approved attributions (and pending ones, with READERS_SEE_UNREVIEWED);
    editors also see pending and rejected ones, and who reviewed them."""
    if user_is_editor(user):
        return attributions_with_relations(reviewer=True)
    return attributions_with_relations().filter(status__in=reader_statuses())


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


def data_generation():
    """A key that changes with every write the pages could show: the newest history record of
    each tracked model (every save and delete through the services records one) and the newest
    publication. One query of index lookups; pages cached under it are never stale."""
    with connection.cursor() as cursor:
        cursor.execute(_data_generation_sql(connection.vendor))
        return "-".join(str(value or 0) for value in cursor.fetchone())


@functools.cache
def _data_generation_sql(vendor):
    # Built once: reaching a model's history table goes through simple_history's manager
    # descriptor, which builds a manager class each time (most of a cached page's cost).
    quote = connection.ops.quote_name
    newest = [
        (model.history.model._meta.db_table, "history_id") for model in (Outlet, Source, Article, Claim, Attribution)
    ] + [(Publication._meta.db_table, "id")]
    return "SELECT " + ", ".join(f"(SELECT MAX({quote(column)}) FROM {quote(table)})" for table, column in newest)


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


def _first_published():
    """The earliest date any outlet published the attribution's article: an agency story carried
    by several outlets was first reported on its earliest publication's day."""
    earliest = (
        Publication.objects.filter(article=OuterRef("article_id"), published__isnull=False)
        .order_by("published")
        .values("published")[:1]
    )
    return Coalesce(Subquery(earliest), F("article__published"))


def _earliest_report_first(queryset):
    # facts.report_order in SQL: real reports before illustrative samples, undated reports
    # after dated ones (their place in the order is unknown); a text several outlets ran is
    # dated by its earliest publication.
    return queryset.annotate(first_published=_first_published()).order_by(
        "article__is_illustrative", F("first_published").asc(nulls_last=True), "article__created_at", "article_id",
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
    "article__published", "article__is_illustrative", "speaker_mention",
)


# The article's text around each quote (`context_before`, `context_after`): the sentences that
# may name who spoke when the extractor credited someone else (matching.speakers.named_nearby).
# Only these characters are read, never the whole article.
CONTEXT_BEFORE_CHARS, CONTEXT_AFTER_CHARS = 400, 200
_CONTEXT_FROM = Greatest(F("start") - CONTEXT_BEFORE_CHARS, Value(0))
_CONTEXT = {
    "context_before": Substr("article__text", _CONTEXT_FROM + 1, F("start") - _CONTEXT_FROM),
    "context_after": Substr("article__text", F("end") + 1, Value(CONTEXT_AFTER_CHARS)),
}


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
    rows = Attribution.objects.filter(pk__in=[0]).values(*_MATCHING_FIELDS, **_CONTEXT).query.sql_with_params()
    hops = (
        RelayHop.objects.filter(attribution_id__in=[0]).order_by("attribution_id", "position")
        .values_list("attribution_id", "outlet__name", "source__name").query.sql_with_params()
    )
    return rows, hops


def _with_ids(query, ids):
    """The query built for the id 0, for these ids instead: its SQL and parameters."""
    sql, params = query
    assert sql.count("IN (%s)") == 1, sql
    before, after = sql.split("IN (%s)")
    at = before.count("%s")
    return before + "IN (" + ", ".join(["%s"] * len(ids)) + ")" + after, [*params[:at], *ids, *params[at + 1:]]


def attribution_rows_by_ids(ids):
    """attribution_rows_for_matching for these attribution ids, in their order (ids not found
    are left out)."""
    ids = list(ids)
    rows_sql, hops_sql = _rows_by_ids_sql(connection.vendor)
    rows, hops = {}, defaultdict(list)
    with connection.cursor() as cursor:
        for first in range(0, len(ids), _ROWS_CHUNK):
            chunk = ids[first:first + _ROWS_CHUNK]
            cursor.execute(*_with_ids(rows_sql, chunk))
            for values in cursor.fetchall():
                row = dict(zip((*_MATCHING_FIELDS, *_CONTEXT), values))
                for name in _JSON_FIELDS:
                    if isinstance(row[name], str):
                        row[name] = json.loads(row[name])
                rows[row["id"]] = row
            cursor.execute(*_with_ids(hops_sql, chunk))
            for attribution_id, outlet, source in cursor.fetchall():
                hops[attribution_id].append(outlet or source)
    found = [rows[pk] for pk in ids if pk in rows]
    for row in found:
        row["relay_names"] = tuple(hops[row["id"]])
    return found


def claim_appearances_counted(*, claim):
    """Every appearance of the claim that is not rejected, earliest report first, as matching
    rows: what the claim's first appearance and drift flags are computed from, whoever looks.
    Each row also has `publications` and `first_published` (rows_add_publications)."""
    counted = Attribution.objects.filter(claim=claim).exclude(status=Attribution.Status.REJECTED)
    return rows_add_publications(attribution_rows_for_matching(_earliest_report_first(counted)))


def rows_add_publications(rows):
    """Give each matching row `publications`: (outlet id, outlet name, date) of every outlet that
    published its article's text, earliest first, undated last (the article's own when none is
    stored); and `first_published`: the earliest of those dates, or None. One query."""
    found = defaultdict(list)
    publications = Publication.objects.filter(article_id__in={row["article_id"] for row in rows})
    for article_id, outlet_id, outlet_name, published in publications.values_list(
        "article_id", "outlet_id", "outlet__name", "published"
    ):
        found[article_id].append((outlet_id, outlet_name, published))
    for row in rows:
        own = (row["article__outlet_id"], row["article__outlet__name"], row["article__published"])
        row["publications"] = tuple(found[row["article_id"]]) or (own,)
        row["first_published"] = row["publications"][0][2]
    return rows


def claims_shared(*, user):
    """The claims two or more outlets report (counting what the user may see), most recently
    reported first, as rows of `claim_id`: a lazy query, so a page counts them in SQL and
    reads only the ids it shows. Grouped by claim id alone: one pass over the attributions."""
    # An outlet that carried an article's text (a publication of it) reported its claims too.
    return (
        Attribution.objects.filter(status__in=statuses_shown_on_pages(user), claim__isnull=False)
        .values("claim_id")
        .annotate(
            outlets=Count("article__outlet", distinct=True),
            publishers=Count("article__publications__outlet", distinct=True),
            last_reported=Max("article__published"),
        )
        .filter(Q(outlets__gte=2) | Q(publishers__gte=2))
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
    rows = attributions_with_relations(reviewer=user_is_editor(user)).filter(claim_id__in=list(by_id))
    rows = _earliest_report_first(rows).defer("article__text")
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


def attributions_search(attributions, *, query):
    """The attributions of `attributions` whose quote, speaker or outlet match `query`, best
    match first: the home page's search and the API's `q` both read through here.

    A match is the query's words, in order, in one of: the quote; the speaker's name or other
    names (its Source); the outlet's name or other names. Each row gets `search_tier`: 2 when
    the quote matches, 1 when the speaker does, 0 for the outlet alone; and `search_rank`, how
    well the quote matches. Order: tier, rank, then the newest report first.

    On PostgreSQL this is full-text search (GIN-indexed search documents, English stemming:
    "hospitals" finds "hospital"; words too common to index, such as "the", match nothing alone),
    the quotes ranked by ts_rank. Elsewhere it is a case-insensitive substring match (part of a
    word matches too), every rank 0.
    """
    query = " ".join(query.split())
    if connection.vendor == "postgresql":
        found = _attributions_search_postgresql(attributions, query)
    else:
        found = _attributions_search_substring(attributions, query)
    return found.order_by(
        "-search_tier", "-search_rank", F("article__published").desc(nulls_last=True), "-article__created_at",
        "article_id", "start", "id",
    )


def _attributions_search_substring(attributions, query):
    quote = Q(quote__icontains=query)
    speaker = Q(speaker__name__icontains=query) | Q(speaker__aliases__icontains=query)
    outlet = Q(article__outlet__name__icontains=query) | Q(article__outlet__aliases__icontains=query)
    return attributions.filter(quote | speaker | outlet).annotate(
        search_tier=Case(When(quote, then=2), When(speaker, then=1), default=0, output_field=IntegerField()),
        search_rank=Value(0.0, output_field=FloatField()),
    )


def _attributions_search_postgresql(attributions, query):
    words = SearchQuery(query, search_type="phrase", config=SEARCH_CONFIG)
    # The speakers and outlets named, first: few rows, from their own GIN indexes.
    source_ids = list(Source.objects.filter(search_document=words).order_by().values_list("pk", flat=True))
    outlet_ids = list(Outlet.objects.filter(search_document=words).order_by().values_list("pk", flat=True))
    # Then conditions on the attribution row itself, each answered by an index (the quote's
    # GIN, the speaker's, the article's), so PostgreSQL ORs bitmap index scans instead of
    # reading every row.
    quote = Q(search_document=words)
    speaker = Q(speaker_id__in=source_ids) if source_ids else Q(pk__in=[])
    matched = quote | speaker
    if outlet_ids:
        articles = Article.objects.filter(outlet_id__in=outlet_ids).order_by().values("pk")
        attributions = attributions.alias(in_outlets=AnyOf("article_id", articles))
        matched |= Q(in_outlets=True)
    return attributions.filter(matched).annotate(
        search_tier=Case(When(quote, then=2), When(speaker, then=1), default=0, output_field=IntegerField()),
        search_rank=Case(When(quote, then=SearchRank(F("search_document"), words)), default=0.0, output_field=FloatField()),
    )


class AnyOf(Func):
    """`column = ANY(ARRAY(subquery))`: the subquery runs once, and the condition can use the
    column's index (PostgreSQL does not OR a plain `IN (subquery)` with other indexed conditions)."""

    output_field = BooleanField()

    def __init__(self, column, subquery):
        super().__init__(F(column), ArraySubquery(subquery))

    def as_sql(self, compiler, connection, **extra_context):
        column, column_params = compiler.compile(self.get_source_expressions()[0])
        array, array_params = compiler.compile(self.get_source_expressions()[1])
        return f"{column} = ANY({array})", [*column_params, *array_params]


def attributions_in_order(ids):
    """The attributions with these ids, in this order, with what a list of search results
    shows: the speaker and the article with its outlet (not its text)."""
    loaded = Attribution.objects.select_related("article__outlet", "speaker").defer("article__text").in_bulk(ids)
    return [loaded[pk] for pk in ids if pk in loaded]


def attribution_rows_on_pages(user):
    """The attributions the user may see on pages, without their relations: for searching and
    counting before a page's rows are loaded with attributions_in_order."""
    return Attribution.objects.filter(status__in=statuses_shown_on_pages(user))


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


def articles_published_by(outlet):
    """The articles the outlet published: first, or as a copy of a text another outlet ran too."""
    return Article.objects.filter(pk__in=article_ids_published_by(outlet.pk))


def article_ids_published_by(outlet_id):
    """The ids of the articles the outlet published (first, or as a copy), as a subquery: what
    every `outlet` filter selects by."""
    copies = Publication.objects.filter(outlet_id=outlet_id).values("article_id")
    return Article.objects.filter(Q(outlet_id=outlet_id) | Q(pk__in=copies)).order_by().values("pk")


def claims_reported_by(*, outlet, user):
    """Claims the user may see in the articles the outlet published, newest first."""
    articles = articles_published_by(outlet).values("pk")
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
    """The articles the outlet published, newest first, each with `shown_count` attributions the
    user may see and `publications_here`: the outlet's own publications of it (its URL and date)."""
    shown = Q(attributions__status__in=statuses_shown_on_pages(user))
    return (
        articles_published_by(outlet)
        .select_related("outlet")
        .defer("text")
        .annotate(shown_count=Count("attributions", filter=shown))
        .prefetch_related(
            Prefetch("publications", queryset=Publication.objects.filter(outlet=outlet), to_attr="publications_here")
        )
        .order_by(F("published").desc(nulls_last=True), "-created_at", "-id")
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
    # An outlet's articles are its publications: the texts it ran first and its copies of others'.
    publications = Publication.objects.all()
    return {
        "article_count": Coalesce(_per_row(publications, "outlet", Count("article", distinct=True)), 0),
        "report_count": Coalesce(
            _per_row(attributions, "article__publications__outlet", Count("pk", filter=shown, distinct=True)), 0
        ),
        "last_reported": _per_row(publications, "outlet", Max("published")),
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
    """Every outlet, with `article_count` (the articles it published, copies of others' texts
    included). Outlets and articles are public."""
    copies = Publication.objects.filter(outlet=OuterRef(OuterRef("pk"))).values("article_id")
    published = Article.objects.filter(Q(outlet=OuterRef("pk")) | Q(pk__in=copies)).order_by().values("pk")
    return Outlet.objects.annotate(article_count=_RowCount(published))


class _RowCount(Subquery):
    """How many rows a correlated subquery returns."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS counted)"
    output_field = IntegerField()


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
        .prefetch_related(publications_loaded())
    )


def article_for_api(user):
    """Articles with text and `visible_attributions` (what the user may see, in reading order)."""
    rows = attributions_visible_to(user).order_by("start", "-end", "id")
    return (
        Article.objects.select_related("outlet")
        .annotate(attribution_count=_count_per_row(attribution_rows_visible_to(user), "article"))
        .prefetch_related(
            Prefetch("attributions", queryset=rows, to_attr="visible_attributions"),
            publications_loaded(),
        )
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
    """A condition on claims: at least `at_least` outlets report them (in attributions the user
    may see). Every outlet that published an appearance's text counts (its publications), as in
    a claim's `outlet_count`."""
    rows = attribution_rows_visible_to(user)
    of_claim = rows.filter(claim=OuterRef("pk"))
    if at_least <= 1:
        return Exists(of_claim)
    if at_least == 2:
        # Two outlets: one report from an outlet other than the first found. Index probes per
        # claim, which stop at the first such report; not a count over every attribution.
        first_outlet = rows.filter(claim=OuterRef(OuterRef("pk"))).order_by().values("article__publications__outlet_id")[:1]
        reports = of_claim.annotate(report_outlet=F("article__publications__outlet_id"))
        return Exists(reports.exclude(report_outlet=Subquery(first_outlet)))
    counted = (
        rows.filter(claim__isnull=False).order_by().values("claim_id")
        .annotate(outlets=Count("article__publications__outlet", distinct=True))
        .filter(outlets__gte=at_least).values("claim_id")
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


# ---------------------------------------------------------------- ingest jobs and feeds


def ingest_jobs():
    """Ingest jobs without the texts they carry (an article's worth each)."""
    return IngestJob.objects.defer("text")


def feeds():
    return Feed.objects.select_related("outlet")
