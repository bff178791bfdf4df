"""READERS_SEE_UNREVIEWED: readers also see pending attributions, marked unreviewed, on the
pages, in the downloads and in the read API alike; off, they see approved ones only."""

import csv
import io
from datetime import date

import pytest
from django.urls import reverse

from attribution.models import Attribution


@pytest.fixture
def claim_with_pending(reports):
    claim = reports.claim("Rounds landed near the base")
    speaker = reports.source("Dana W. White")
    approved = reports.report(
        outlet="Daily Example", quote="Rounds landed near the base", claim=claim, speaker=speaker, published=date(2018, 2, 8)
    )
    pending = reports.report(
        outlet="Pending Post", quote="Rounds fell near the base", claim=claim, speaker=speaker,
        published=date(2018, 2, 9), status=Attribution.Status.PENDING,
    )
    rejected = reports.report(
        outlet="Rejected Wire", quote="Rounds hit the base", claim=claim, published=date(2018, 2, 10),
        status=Attribution.Status.REJECTED,
    )
    return claim, approved, pending, rejected


def shown_everywhere(client, claim, pending):
    """What a reader is shown of the pending attribution on each page, download and API read."""
    pages = {
        "claim": client.get(reverse("pages:claim", args=[claim.pk])).content.decode(),
        "article": client.get(reverse("pages:article", args=[pending.article_id])).content.decode(),
        # The claims listed (outlets themselves are public: the filter form names them all).
        "claims index": client.get(reverse("pages:claims")).content.decode().split('class="data index-table"', 1)[1],
    }
    csv_body = b"".join(client.get(f"/api/attributions/csv/?claim={claim.pk}").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(csv_body)))
    jsonld = client.get(f"/api/claims/{claim.pk}/jsonld/").json()
    api_ids = [row["id"] for row in client.get(f"/api/attributions/?claim={claim.pk}").json()["results"]]
    return pages, rows, jsonld, api_ids


def test_off_readers_see_approved_attributions_only(client, claim_with_pending, settings):
    settings.READERS_SEE_UNREVIEWED = False
    claim, approved, pending, rejected = claim_with_pending
    pages, rows, jsonld, api_ids = shown_everywhere(client, claim, pending)
    assert "Rounds fell near the base" not in pages["claim"] and "Unreviewed" not in pages["claim"]
    assert 'class="hl ' not in pages["article"] and "unreviewed" not in pages["article"]  # the text, unhighlighted
    assert "Pending Post" not in pages["claims index"]
    assert [row["id"] for row in rows] == [str(approved.pk)]
    assert len(jsonld["appearance"]) == 1 and "creativeWorkStatus" not in jsonld
    assert api_ids == [approved.pk]


def test_on_readers_also_see_pending_attributions_each_marked_unreviewed(client, claim_with_pending, settings):
    settings.READERS_SEE_UNREVIEWED = True
    claim, approved, pending, rejected = claim_with_pending
    pages, rows, jsonld, api_ids = shown_everywhere(client, claim, pending)
    pending_column = pages["claim"].split(f'id="appearance-{pending.pk}"', 1)[1].split("</article>", 1)[0]
    assert "fell" in pending_column and ">Unreviewed<" in pending_column
    assert "Review in admin" not in pages["claim"]  # the review link is for editors
    assert 'class="hl__unreviewed"' in pages["article"]
    assert "Pending Post" in pages["claims index"] and "Unreviewed" in pages["claims index"]
    assert "Rejected Wire" not in pages["claim"]  # rejected ones stay hidden
    assert {row["id"]: row["status"] for row in rows} == {str(approved.pk): "approved", str(pending.pk): "pending"}
    assert len(jsonld["appearance"]) == 2 and jsonld["creativeWorkStatus"] == "unreviewed"
    assert sorted(api_ids) == sorted([approved.pk, pending.pk])
    assert "each marked <strong>unreviewed</strong>" in pages["claim"]
