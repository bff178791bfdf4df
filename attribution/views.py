"""Reader pages: server-rendered, no JavaScript needed. Each view reads through
`attribution.selectors`, lays the rows out with `attribution.reading` and renders a template."""

import re

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from attribution import reading, selectors
from attribution.models import Claim, Outlet, Source

PAGE_SIZE = 20
SEARCH_MAX_LENGTH = 200
RECENT_SHARED_CLAIMS = 10
COMPARE_CHOICES = 200
# Article numbers in ?a=&b=: ASCII digits only (str.isdigit() also accepts "²", which int() refuses).
ARTICLE_NUMBER = re.compile(r"[0-9]+")
COMPARE_FORM_LINK = ("pages:compare", "Choose two articles to compare")


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
    context = {"claim": claim, "comparison": reading.claim_comparison(appearances)}
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
        "paragraphs": reading.article_paragraphs(article.text, attributions, legend),
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
            "outlets": reading.group_appearances_by_outlet(claim.appearances),
        }
        for claim in claims
        if claim.appearances
    ]


def _claim_list(request, claims, parameter="page"):
    page = _page(request, claims, parameter=parameter)
    return page, _claim_rows(selectors.claims_attach_appearances(page, user=request.user))


def source_detail(request, source_id):
    source = get_object_or_404(
        Source.objects.select_related("affiliation", "scope_article__outlet").defer("scope_article__text"), pk=source_id
    )
    if not selectors.source_is_shown(source=source, user=request.user):
        raise Http404("No reviewed claim is credited to this source yet.")
    page, rows = _claim_list(request, selectors.claims_credited_to(source=source, user=request.user))
    return render(request, "pages/source.html", {"source": source, "page": page, "rows": rows})


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
    }
    return render(request, "pages/outlet.html", context)
