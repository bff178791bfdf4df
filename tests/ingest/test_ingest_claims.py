"""Claims for a new article (services.ingest_claims): matched in parallel, started under a lock
after looking again. What it must keep from one-at-a-time matching, on either database."""

import pytest

from attribution import services
from attribution.models import Attribution, Claim
from attribution.services import ingest_claims

pytestmark = pytest.mark.django_db

QUOTE = "The bridge will reopen in May after the repairs"


def claims_of(article):
    return [a.claim_id for a in article.attributions.order_by("start")]


def test_the_same_quote_twice_in_one_article_is_one_claim():
    text = f"Bridge.\n\n“{QUOTE},” the mayor said.\n\nLater: “{QUOTE},” the mayor said again."
    article = services.article_ingest(text=text, outlet="Valley Wire").article
    assert len(claims_of(article)) == 2 and len(set(claims_of(article))) == 1


def test_a_quote_another_outlet_reported_joins_its_claim():
    first = services.article_ingest(text=f"One.\n\n“{QUOTE},” the mayor said.", outlet="Valley Wire").article
    second = services.article_ingest(text=f"Two.\n\n“{QUOTE},” the mayor told reporters.", outlet="Hill Courier").article
    assert claims_of(first) == claims_of(second) and Claim.objects.count() == 1


def test_a_claim_another_ingest_started_meanwhile_is_joined_not_duplicated(monkeypatch):
    """As if another worker committed the same quote while this article was being matched."""
    real_lock, other = ingest_claims._claims_lock, []

    def lock_after_another_ingest_commits():
        if not other:
            other.append(services.article_ingest(text=f"Wire.\n\n“{QUOTE},” the mayor said.", outlet="Coast Radio"))
        real_lock()

    monkeypatch.setattr(ingest_claims, "_claims_lock", lock_after_another_ingest_commits)
    article = services.article_ingest(text=f"Post.\n\n“{QUOTE},” the mayor said on Tuesday.", outlet="Harbour Post").article
    assert claims_of(article) == claims_of(other[0].article)
    assert Claim.objects.count() == 1 and Attribution.objects.filter(claim__isnull=True).count() == 0
