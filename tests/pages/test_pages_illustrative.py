from datetime import date

from django.urls import reverse

from attribution.models import Article

LABEL = "Illustrative sample text"


def test_every_page_showing_an_illustrative_article_labels_it(client, reports):
    claim = reports.claim()
    speaker = reports.source("Dana W. White")
    real = reports.report(outlet="Real Post", quote="Rounds landed near the base", claim=claim, speaker=speaker)
    sample = reports.report(
        outlet="Sample Wire", quote="Rounds landed near the base", claim=claim, speaker=speaker, published=date(2018, 2, 8)
    )
    Article.objects.filter(pk=sample.article_id).update(is_illustrative=True)
    urls = [
        reverse("pages:home"),
        reverse("pages:home") + "?q=sample+wire",
        reverse("pages:claim", args=[claim.pk]),
        reverse("pages:article", args=[sample.article_id]),
        reverse("pages:article", args=[real.article_id]),  # lists the sample among other reports
        reverse("pages:compare") + f"?a={real.article_id}&b={sample.article_id}",
        reverse("pages:compare"),
        reverse("pages:source", args=[speaker.pk]),
        reverse("pages:outlet", args=[sample.article.outlet_id]),
        reverse("pages:outlet", args=[real.article.outlet_id]),  # its claim was also reported by the sample
    ]
    for url in urls:
        html = client.get(url).content.decode()
        assert "Sample Wire" in html, url
        assert LABEL in html or LABEL.lower() in html, url


def test_pages_without_an_illustrative_article_carry_no_label(client, reports):
    claim = reports.claim()
    real = reports.report(outlet="Real Post", quote="Rounds landed near the base", claim=claim)
    reports.report(outlet="Other Post", quote="Rounds landed near the base", claim=claim)
    for url in [reverse("pages:home"), reverse("pages:claim", args=[claim.pk]), reverse("pages:article", args=[real.article_id])]:
        assert LABEL not in client.get(url).content.decode(), url


def test_claim_lists_show_a_claim_by_its_earliest_real_report_not_an_illustrative_one(client, reports):
    claim = reports.claim()
    sample = reports.report(outlet="Sample Wire", quote="Tank rounds landed", claim=claim, published=date(2018, 2, 8))
    Article.objects.filter(pk=sample.article_id).update(is_illustrative=True)
    real = reports.report(outlet="Real Post", quote="Artillery rounds landed", claim=claim)
    card = client.get(reverse("pages:home")).content.decode().split('<li class="claim-card">', 1)[1].split("</li>", 1)[0]
    assert "<blockquote class=\"claim-card__quote\"><p>Artillery rounds landed</p></blockquote>" in card
    # The real report is undated: no report is named the first appearance, and the card says so.
    assert (
        "First appearance unknown (no date); reported in: <span class=\"article-ref\">"
        f"<a class=\"article-ref__outlet\" href=\"/outlets/{real.article.outlet_id}/\">"
    ) in card
