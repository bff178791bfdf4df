"""Anonymous readers' pages come from the cache until the data changes; editors always get them fresh."""

import pytest

from attribution import services
from attribution.models import Attribution


@pytest.fixture(autouse=True)
def pages_cache_on(settings):
    settings.PAGES_CACHE_SECONDS = 300


def test_a_readers_second_visit_is_served_from_the_cache(client, shared_claim, count_queries):
    claim, _, _ = shared_claim
    first = client.get(f"/claims/{claim.pk}/")
    queries = count_queries(lambda: client.get(f"/claims/{claim.pk}/"))
    again = client.get(f"/claims/{claim.pk}/")
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert queries == 1  # what the data's generation is now
    assert again["Content-Security-Policy"]


def test_an_approval_shows_on_the_next_readers_visit(client, reports, shared_claim, editor):
    claim, _, _ = shared_claim
    pending = reports.report(
        outlet="Late Gazette", quote="Rounds landed near the headquarters", claim=claim, status=Attribution.Status.PENDING
    )
    assert "Late Gazette" not in client.get(f"/claims/{claim.pk}/").content.decode()
    services.attribution_approve(attribution=pending, by=editor)
    assert "Late Gazette" in client.get(f"/claims/{claim.pk}/").content.decode()


def test_editors_always_get_a_fresh_page(client, reports, shared_claim, editor, count_queries):
    claim, _, _ = shared_claim
    client.force_login(editor)
    client.get(f"/claims/{claim.pk}/")
    assert count_queries(lambda: client.get(f"/claims/{claim.pk}/")) > 3


def test_no_cache_when_pages_cache_seconds_is_zero(client, shared_claim, count_queries, settings):
    settings.PAGES_CACHE_SECONDS = 0
    claim, _, _ = shared_claim
    client.get(f"/claims/{claim.pk}/")
    assert count_queries(lambda: client.get(f"/claims/{claim.pk}/")) > 3


def test_after_a_setting_changes_pages_are_rendered_afresh(client, shared_claim, settings, count_queries):
    claim, _, _ = shared_claim
    client.get(f"/claims/{claim.pk}/")
    settings.PAGES_ANON_RATE = "1000/min"  # any setting: what readers see may depend on it
    assert count_queries(lambda: client.get(f"/claims/{claim.pk}/")) > 3
