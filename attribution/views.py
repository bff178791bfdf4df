"""Reader pages: server-rendered, no JavaScript needed. Each view reads through
`attribution.selectors`, lays the rows out with `attribution.reading` and renders a template."""

import logging
import re
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from attribution import exports, reading, selectors
from attribution.api.filters import ArticleFilter, ClaimFilter, OutletFilter, SourceFilter
from attribution.api.views import _stream_csv, _url_for
from attribution.models import Claim, Outlet, Source

PAGE_SIZE = 20
SEARCH_MAX_LENGTH = 200
RECENT_SHARED_CLAIMS = 10
COMPARE_CHOICES = 200
# Article numbers in ?a=&b=: ASCII digits only (str.isdigit() also accepts "²", which int() refuses).
ARTICLE_NUMBER = re.compile(r"[0-9]+")
COMPARE_FORM_LINK = ("pages:compare", "Choose two articles to compare")
# How many speakers the claim and article filters offer, by name; any other is one click away
# from the sources index ("claims" on its row) or its own page.
SPEAKER_CHOICES = 300
# The query-string keys that are not filters: the page number and the sort order.
NOT_FILTERS = {"page", "sort"}
# Claims read at a time for a download: their appearances are loaded a chunk at a time.
DOWNLOAD_CHUNK = 200


def _page(request, queryset, parameter="page"):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get(parameter))


def _bad_request(request, message, link=None):
    """A 400 page saying what was wrong in plain words; `link` is (url name, label) of the page to try again from."""
    context = {"message": message, "retry_url": reverse(link[0]) if link else "", "retry_label": link[1] if link else ""}
    return render(request, "pages/400.html", context, status=400)


def home(request):
    # PostgreSQL refuses a NUL character in a query, and no quote holds one.
    query = request.GET.get("q", "").replace("\x00", "").strip()
    if len(query) > SEARCH_MAX_LENGTH:
        return _bad_request(request, f"A search may be at most {SEARCH_MAX_LENGTH} characters long.")
    user = request.user
    shared_count, recent_ids = selectors.claims_shared_count_and_recent(user=user, limit=RECENT_SHARED_CLAIMS)
    context = {
        "query": query,
        "counts": {**selectors.page_counts(user=user), "shared_claims": shared_count},
        "shared_claims": _claim_rows(selectors.claims_in_order(recent_ids, user=user)),
        "results": _search_page(request, user, query) if query else None,
    }
    return render(request, "pages/home.html", context)


def _search_page(request, user, query):
    # Ranked and cut on bare rows; then only the page's rows are loaded with their relations.
    found = selectors.attributions_search(selectors.attribution_rows_on_pages(user), query=query)
    page = _page(request, found.only("id"))
    page.object_list = selectors.attributions_in_order([row.pk for row in page.object_list])
    return page


def claim_detail(request, claim_id):
    claim = get_object_or_404(Claim, pk=claim_id)
    appearances = list(selectors.claim_appearances(claim=claim, user=request.user))
    if not appearances:
        raise Http404("No reviewed report of this claim yet.")
    downloads = {
        "csv": reverse("api:attribution-export-csv") + f"?claim={claim.pk}",
        "jsonld": reverse("api:claim-claim-jsonld", args=[claim.pk]),
    }
    context = {"claim": claim, "comparison": reading.claim_comparison(appearances), "downloads": downloads}
    return render(request, "pages/claim.html", context)


def article_detail(request, article_id):
    article = get_object_or_404(selectors.articles_with_outlet(), pk=article_id)
    attributions = list(selectors.article_attributions(article=article, user=request.user))
    legend = reading.speaker_legend(attributions)
    context = {
        "article": article,
        "attributions": attributions,
        "legend": list(legend.values()),
        "rows": [(attribution, legend[attribution.speaker_id]) for attribution in attributions],
        "paragraphs": reading.article_paragraphs(article.text, attributions, legend, title=article.title),
        "downloads": {
            "csv": reverse("api:attribution-export-csv") + f"?article={article.pk}",
            "jsonld": reverse("api:article-claims-jsonld", args=[article.pk]),
        },
        "related": selectors.articles_sharing_claims(
            article=article, claim_ids=[a.claim_id for a in attributions if a.claim_id], user=request.user, limit=PAGE_SIZE
        ),
    }
    return render(request, "pages/article.html", context)


def articles_compare(request):
    raw = {key: request.GET.get(key, "").strip() for key in ("a", "b")}
    if not raw["a"] and not raw["b"]:
        choices = list(selectors.articles_with_outlet().defer("text")[:COMPARE_CHOICES])
        return render(request, "pages/compare_choose.html", {"choices": choices, "limit": COMPARE_CHOICES})
    ids = {}
    for key, value in raw.items():
        if not ARTICLE_NUMBER.fullmatch(value):
            which = "first" if key == "a" else "second"
            message = (
                f"The {which} article is missing: choose two articles to compare."
                if not value
                else f"The {which} article should be given by its number, such as 12."
            )
            return _bad_request(request, message, link=COMPARE_FORM_LINK)
        ids[key] = int(value)
    if ids["a"] == ids["b"]:
        return _bad_request(request, "Choose two different articles to compare.", link=COMPARE_FORM_LINK)
    article_a = get_object_or_404(selectors.articles_with_outlet(), pk=ids["a"])
    article_b = get_object_or_404(selectors.articles_with_outlet(), pk=ids["b"])
    attributions_a = list(selectors.article_attributions(article=article_a, user=request.user))
    attributions_b = list(selectors.article_attributions(article=article_b, user=request.user))
    context = {
        "a": article_a,
        "b": article_b,
        "pair": reading.article_pair(attributions_a, attributions_b),
        "count_a": len(attributions_a),
        "count_b": len(attributions_b),
    }
    return render(request, "pages/compare.html", context)


def _claim_rows(claims):
    """Each claim with its first report and the outlets that reported it, for the claim lists."""
    return [
        {
            "claim": claim,
            "first": reading.lead_appearance(claim.appearances),
            "first_shown": reading.first_shown(claim.appearances),
            "outlets": reading.group_appearances_by_outlet(claim.appearances),
        }
        for claim in claims
        if claim.appearances
    ]


def _claim_list(request, claims, parameter="page"):
    page = _page(request, claims, parameter=parameter)
    return page, _claim_rows(selectors.claims_attach_appearances(page, user=request.user))


def _claims_downloads(**filters):
    """The claims downloads (the claims index's) for these filters."""
    query = "?" + urlencode(filters)
    return {"csv": reverse("pages:claims_csv") + query, "jsonld": reverse("pages:claims_jsonld") + query}


def source_detail(request, source_id):
    source = get_object_or_404(
        Source.objects.select_related("affiliation", "scope_article__outlet").defer("scope_article__text"), pk=source_id
    )
    if not selectors.source_is_shown(source=source, user=request.user):
        raise Http404("No reviewed claim is credited to this source yet.")
    page, rows = _claim_list(request, selectors.claims_credited_to(source=source, user=request.user))
    context = {"source": source, "page": page, "rows": rows, "downloads": _claims_downloads(source=source.pk)}
    return render(request, "pages/source.html", context)


def outlet_detail(request, outlet_id):
    outlet = get_object_or_404(Outlet, pk=outlet_id)
    page, rows = _claim_list(request, selectors.claims_reported_by(outlet=outlet, user=request.user))
    relayed_page, relayed_rows = _claim_list(
        request, selectors.claims_relayed_through(outlet=outlet, user=request.user), parameter="relayed"
    )
    articles = _page(request, selectors.outlet_articles(outlet=outlet, user=request.user), parameter="articles")
    context = {
        "outlet": outlet, "page": page, "rows": rows, "articles": articles,
        "relayed_page": relayed_page, "relayed_rows": relayed_rows,
        "downloads": {
            **_claims_downloads(outlet=outlet.pk),
            **{f"relayed_{form}": url for form, url in _claims_downloads(relayed_by=outlet.pk).items()},
            "articles_csv": reverse("pages:articles_csv") + f"?outlet={outlet.pk}",
        },
    }
    return render(request, "pages/outlet.html", context)


# ---------------------------------------------------------------- index pages

# Each index: the API's FilterSet for its query string, the selector of the rows it may list,
# and its default sort.
INDEXES = {
    "claims": (ClaimFilter, selectors.claims_on_pages, "newest"),
    "articles": (ArticleFilter, selectors.articles_on_pages, "newest"),
    "sources": (SourceFilter, selectors.sources_on_pages, "name"),
    "outlets": (OutletFilter, selectors.outlets_on_pages, "name"),
}


# The downloads each index offers of what it shows: (link text, format).
DOWNLOADS = {
    "claims": [("CSV", "csv"), ("JSON-LD", "jsonld")],
    "articles": [("CSV", "csv")],
    "sources": [("CSV", "csv")],
    "outlets": [("CSV", "csv")],
}


SORT_LABELS = {
    "newest": "Newest first",
    "oldest": "Oldest first",
    "most_reported": "Most reports first",
    "name": "By name",
}


class BadFilter(Exception):
    pass


def _filtered(request, filterset_class, queryset, *, index, default_sort):
    """The rows the query string's filters select (the API's FilterSet, so both read a query
    string alike), sorted. Raises BadFilter with a message naming each wrong value."""
    filterset = filterset_class(request.GET, queryset=queryset, request=request)
    if not filterset.is_valid():
        problems = []
        for name, messages in filterset.errors.items():
            label = name.replace("_", " ")
            problems.append(f"{label}: {' '.join(messages)}")
        raise BadFilter("Some filters could not be read. " + " ".join(problems))
    sort = request.GET.get("sort") or default_sort
    sorts = selectors.INDEX_SORTS[index]
    if sort not in sorts:
        raise BadFilter(f"Unknown sort order “{sort}”: use one of {', '.join(sorts)}.")
    return selectors.index_sorted(filterset.qs, index=index, sort=sort, user=request.user), sort


def _filter_query(request):
    """The active filters as a query string, for download links and sort links."""
    return urlencode([(key, value) for key, value in request.GET.items() if key not in NOT_FILTERS and value != ""])


# Filters the index forms do not show as fields (detail pages link to them): kept through the
# form as hidden fields and named above the results.
FILTERS_NOT_IN_FORM = {
    "claims": {"source": "source", "relayed_by": "relayed by outlet", "article": "article"},
    "articles": {"url": "URL"},
    "sources": {"affiliation": "affiliation"},
    "outlets": {},
}


def _index_context(request, *, index, sort, page):
    filters = {key: value for key, value in request.GET.items() if key not in NOT_FILTERS}
    hidden = FILTERS_NOT_IN_FORM[index]
    return {
        "hidden_filters": [(key, hidden[key], value) for key, value in filters.items() if key in hidden and value],
        "page": page,
        "sort": sort,
        "sorts": [(key, SORT_LABELS[key]) for key in selectors.INDEX_SORTS[index]],
        "filters": filters,
        "filter_query": _filter_query(request),
        "filtered": any(value != "" for value in filters.values()),
    }


def _index_page(request, *, template, index, rows, offers=(), **extra):
    """An index page: the rows its filters select, sorted; a page of their ids is cut first,
    then `rows(ids)` loads just those. `offers`: the choice lists its form shows ("outlets", "speakers")."""
    filterset_class, queryset, default_sort = INDEXES[index]
    try:
        selected, sort = _filtered(request, filterset_class, queryset(request.user), index=index, default_sort=default_sort)
        page = _page(request, selected.values_list("pk", flat=True))
    except BadFilter as error:
        return _bad_request(request, str(error), link=(f"pages:{index}", f"Show every {index[:-1]}"))
    context = _index_context(request, index=index, sort=sort, page=page)
    context["rows"] = rows(list(page.object_list))
    outlets, speakers = selectors.filter_choices(
        user=request.user, outlets="outlets" in offers, speakers=SPEAKER_CHOICES if "speakers" in offers else 0
    )
    query = "?" + urlencode([(k, v) for k, v in request.GET.items() if k != "page"]) if request.GET else ""
    downloads = [(label, reverse(f"pages:{index}_{form}") + query) for label, form in DOWNLOADS[index]]
    if "speakers" in offers:
        speakers = _with_chosen(speakers, context["filters"].get("speaker"))
    context.update(
        outlets=_options(outlets, context["filters"].get("outlet")),
        speakers=_options(speakers, context["filters"].get("speaker")),
        downloads=downloads,
    )
    return render(request, template, {**context, **extra})


def _options(pairs, chosen):
    """(id, name, selected) for a filter's <select>: the one the query string names is selected."""
    return [(pk, name, str(pk) == chosen) for pk, name in pairs]


def _with_chosen(speakers, chosen):
    """The speaker choices, with the one the query string names even if it is not among them."""
    if not chosen or not chosen.isdigit() or int(chosen) in {pk for pk, _ in speakers}:
        return speakers
    source = Source.objects.filter(pk=int(chosen)).values_list("pk", "name").first()
    return sorted([*speakers, source], key=lambda pair: pair[1].casefold()) if source else speakers


# ---------------------------------------------------------------- downloads
# What an index page shows (its filters and sort, every page of it), as CSV or JSON-LD: the
# same selectors and FilterSets as the page, so a download never holds more or less.

def _download(request, index, respond):
    """`respond(rows)` for the rows the index page's filters select; a 400 page for a bad filter."""
    filterset_class, queryset, default_sort = INDEXES[index]
    try:
        rows, _ = _filtered(request, filterset_class, queryset(request.user), index=index, default_sort=default_sort)
    except BadFilter as error:
        return _bad_request(request, str(error), link=(f"pages:{index}", f"Show every {index[:-1]}"))
    return respond(rows)


def _claims_with_appearances(claims, user):
    ids = list(claims.values_list("pk", flat=True))
    for start in range(0, len(ids), DOWNLOAD_CHUNK):
        yield from selectors.claims_in_order(ids[start : start + DOWNLOAD_CHUNK], user=user)


def claims_csv(request):
    """Every appearance shown of the claims the filters select, one row each, claim by claim."""
    with_review = selectors.user_is_editor(request.user)

    def respond(claims):
        appearances = (a for claim in _claims_with_appearances(claims, request.user) for a in claim.appearances)
        return _stream_csv(exports.attribution_csv_rows(appearances, with_review=with_review), "claims.csv")

    return _download(request, "claims", respond)


def claims_jsonld(request):
    """The claims the filters select, as one schema.org JSON-LD graph."""

    def respond(claims):
        stream = exports.claims_jsonld_stream(_claims_with_appearances(claims, request.user), url_for=_url_for(request))
        response = StreamingHttpResponse(stream, content_type="application/ld+json; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="claims.jsonld"'
        return response

    return _download(request, "claims", respond)


def _rows_csv(index, export):
    def view(request):
        def respond(rows):
            rows = selectors.index_with_counts(rows, index=index, user=request.user)
            csv_rows = export(rows.iterator(chunk_size=500), url_for=_url_for(request))
            return _stream_csv(csv_rows, f"{index}.csv")

        return _download(request, index, respond)

    view.__name__ = f"{index}_csv"
    view.__doc__ = f"The {index} the filters select, as CSV."
    return view


articles_csv = _rows_csv("articles", exports.article_csv_rows)
sources_csv = _rows_csv("sources", exports.source_csv_rows)
outlets_csv = _rows_csv("outlets", exports.outlet_csv_rows)


def claims_index(request):
    # The flags shown are claim.shown's: what the difference filters select by.
    return _index_page(
        request, template="pages/claims_index.html", index="claims", offers=("outlets", "speakers"),
        rows=lambda ids: _claim_rows(selectors.claims_in_order(ids, user=request.user)),
    )


def _index_rows(request, index):
    return lambda ids: selectors.index_rows(ids, index=index, user=request.user)


def articles_index(request):
    return _index_page(
        request, template="pages/articles_index.html", index="articles", offers=("outlets", "speakers"),
        rows=_index_rows(request, "articles"),
    )


def sources_index(request):
    return _index_page(
        request, template="pages/sources_index.html", index="sources", offers=("outlets",),
        rows=_index_rows(request, "sources"), kinds=Source.Kind.choices,
    )


def outlets_index(request):
    return _index_page(request, template="pages/outlets_index.html", index="outlets", rows=_index_rows(request, "outlets"))


@never_cache
def health(request):
    """For a load balancer or a process supervisor: 200 when the database answers a query on
    the tracker's own tables, else 503. Neither throttled nor logged in."""
    try:
        Claim.objects.exists()
    except DatabaseError as error:
        logging.getLogger(__name__).error("Health check: the database did not answer: %s", error)
        return JsonResponse({"status": "unavailable", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
