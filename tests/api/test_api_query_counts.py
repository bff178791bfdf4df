"""Every list (and the nested details) makes the same number of queries for 1 row as for 50."""

import pytest

from attribution.models import Attribution

# Queries for an anonymous reader; a token adds three (the token with its user, the user's
# permissions, its groups' permissions).
LISTS = {
    "/api/outlets/": 1,
    "/api/sources/": 1,
    "/api/articles/": 2,  # the page of articles, their publications
    "/api/claims/": 4,  # the page of claims, their appearances, their relay hops, their articles' publications
    "/api/attributions/": 4,  # the page's ids, its rows with their relations, their relay hops, publications
}
DETAILS = {
    "/api/articles/{article}/": 5,  # the article, its attributions, their relay hops, publications (both)
    "/api/claims/{claim}/": 4,  # the claim, its appearances, their relay hops, their articles' publications
}
TOKEN_QUERIES = 3


@pytest.mark.parametrize("rows", [1, 50])
@pytest.mark.parametrize("url", LISTS)
def test_a_list_page_makes_a_constant_number_of_queries(anonymous, newsroom, django_assert_num_queries, url, rows):
    newsroom.full_rows(rows)
    with django_assert_num_queries(LISTS[url]):
        response = anonymous.get(url, {"page_size": 50})
    assert response.status_code == 200
    assert len(response.json()["results"]) >= rows


@pytest.mark.parametrize("rows", [1, 50])
@pytest.mark.parametrize("url", LISTS)
def test_an_editors_list_page_makes_a_constant_number_of_queries(editor_api, newsroom, django_assert_num_queries, url, rows):
    newsroom.full_rows(rows, status="pending")
    with django_assert_num_queries(LISTS[url] + TOKEN_QUERIES):
        response = editor_api.get(url, {"page_size": 50})
    assert len(response.json()["results"]) >= rows


@pytest.mark.parametrize("appearances", [1, 50])
@pytest.mark.parametrize("url", DETAILS)
def test_a_nested_detail_makes_a_constant_number_of_queries(
    anonymous, newsroom, django_assert_num_queries, url, appearances
):
    article = newsroom.article(text="Many reports.\n\n" + " ".join(f"“Quote {n} here” he said." for n in range(50)))
    first = newsroom.attribution(article=article, quote="Quote 0 here", relay=[newsroom.outlet()])
    for n in range(1, appearances):
        newsroom.attribution(article=article, quote=f"Quote {n} here", claim=first.claim, relay=[newsroom.outlet()])
    with django_assert_num_queries(DETAILS[url]):
        response = anonymous.get(url.format(article=article.pk, claim=first.claim_id))
    body = response.json()
    assert len(body.get("attributions", body.get("appearances"))) == appearances


@pytest.mark.parametrize("rows", [1, 50])
def test_an_editor_is_shown_every_reviewer_of_a_page_in_the_same_queries(
    editor, editor_api, newsroom, django_assert_num_queries, rows
):
    reviewed = newsroom.full_rows(rows)
    Attribution.objects.filter(pk__in=[row.pk for row in reviewed]).update(reviewer=editor)
    with django_assert_num_queries(LISTS["/api/attributions/"] + TOKEN_QUERIES):
        response = editor_api.get("/api/attributions/", {"page_size": 50})
    assert [row["review"]["reviewer"] for row in response.json()["results"]] == ["editor"] * rows
    claim = reviewed[0].claim
    Attribution.objects.filter(pk__in=[row.pk for row in reviewed]).update(claim=claim)
    with django_assert_num_queries(DETAILS["/api/claims/{claim}/"] + TOKEN_QUERIES):
        response = editor_api.get(f"/api/claims/{claim.pk}/")
    assert [row["review"]["reviewer"] for row in response.json()["appearances"]] == ["editor"] * rows
