import re

from django.urls import reverse

from attribution.models import Attribution

TEXT = (
    "Strikes near Khusham\n\n"
    "“The attack appeared to be coordinated,” Col. Thomas Veale said.\n\n"
    "Officials said the coalition acted in self-defense.\n\n"
    "“No troops were hurt,” Veale added, “and the strikes have stopped.”\n"
)


def article_page(client, article):
    return client.get(reverse("pages:article", args=[article.pk]))


def highlights(html):
    return re.findall(r'<a class="hl speaker-(\d)[^"]*" href="/claims/(\d+)/#appearance-(\d+)"', html)


def test_it_highlights_every_attribution_in_the_full_text_one_colour_per_speaker(client, reports):
    article = reports.article(outlet="Daily Example", text=TEXT)
    veale, officials = reports.source("Thomas Veale", title="Col."), reports.source("officials", kind="unnamed")
    coordinated = reports.attribution(article=article, quote="The attack appeared to be coordinated", speaker=veale)
    defense = reports.attribution(
        article=article, quote="the coalition acted in self-defense", speaker=officials, kind=Attribution.Kind.INDIRECT
    )
    hurt = reports.attribution(article=article, quote="No troops were hurt", speaker=veale)
    html = article_page(client, article).content.decode()
    assert highlights(html) == [
        ("0", str(coordinated.claim_id), str(coordinated.pk)),
        ("1", str(defense.claim_id), str(defense.pk)),
        ("0", str(hurt.claim_id), str(hurt.pk)),
    ]
    assert "Strikes near Khusham" in html and "and the strikes have stopped." in html
    assert html.count('<span class="hl__marker" aria-hidden="true">1</span>') == 2
    assert html.count('<span class="hl__marker" aria-hidden="true">2</span>') == 1


def test_the_legend_names_each_speaker_with_a_count(client, reports):
    article = reports.article(outlet="Daily Example", text=TEXT)
    veale = reports.source("Thomas Veale", title="Col.", role="a coalition spokesman")
    reports.attribution(article=article, quote="The attack appeared to be coordinated", speaker=veale)
    reports.attribution(article=article, quote="No troops were hurt", speaker=veale)
    reports.attribution(article=article, quote="the strikes have stopped")
    html = article_page(client, article).content.decode()
    legend = html.split('class="legend__list"', 1)[1].split("</ol>", 1)[0]
    assert re.findall(r'aria-hidden="true">(\d+)</span>\s*(?:<a href="[^"]+">)?([^<]+?)(?:</a>)?\s*<span class="legend__count">(\d+) attribution', legend) == [
        ("1", "Col. Thomas Veale, a coalition spokesman", "2"),
        ("2", "Unknown speaker", "1"),
    ]


def test_a_quote_inside_another_keeps_both_highlighted(client, reports):
    article = reports.article(outlet="Daily Example", text=TEXT)
    outer = reports.attribution(article=article, quote="“No troops were hurt,” Veale added, “and the strikes have stopped.”")
    inner = reports.attribution(article=article, quote="No troops were hurt", kind=Attribution.Kind.PARTIAL)
    html = article_page(client, article).content.decode()
    owners = [pk for _, _, pk in highlights(html)]
    assert owners == [str(outer.pk), str(inner.pk), str(outer.pk)]
    assert f'id="attribution-{outer.pk}"' in html and f'id="attribution-{inner.pk}"' in html


def test_readers_see_approved_attributions_and_editors_also_pending_ones(client, editor, reports):
    article = reports.article(outlet="Daily Example", text=TEXT)
    approved = reports.attribution(article=article, quote="The attack appeared to be coordinated")
    pending = reports.attribution(article=article, quote="No troops were hurt", status=Attribution.Status.PENDING)
    reports.attribution(article=article, quote="the strikes have stopped", status=Attribution.Status.REJECTED)
    assert [pk for *_, pk in highlights(article_page(client, article).content.decode())] == [str(approved.pk)]
    client.force_login(editor)
    html = article_page(client, article).content.decode()
    assert [pk for *_, pk in highlights(html)] == [str(approved.pk), str(pending.pk)]
    assert '<span class="hl__unreviewed">unreviewed</span>' in html
    assert reverse("admin:attribution_attribution_change", args=[pending.pk]) in html


def test_it_links_to_other_reports_of_its_claims_for_comparison(client, shared_claim):
    claim, first, second = shared_claim
    html = article_page(client, first.article).content.decode()
    assert f"/compare/?a={first.article_id}&amp;b={second.article_id}" in html
    assert "1 shared claim" in html


def test_an_unknown_article_is_not_found(client, db):
    assert client.get("/articles/424242/").status_code == 404


def test_the_article_page_makes_as_many_queries_for_fifty_attributions_as_for_one(client, reports, count_queries):
    bbc = reports.outlet("BBC")
    small = reports.article(outlet="One", text="“Quote zero,” she said.")
    reports.attribution(article=small, quote="Quote zero", speaker=reports.source("Lone speaker"), hops=[bbc])
    big = reports.article(outlet="Many", text="\n".join(f"“Quote number {n}.” said speaker {n}." for n in range(50)))
    for n in range(50):
        reports.attribution(article=big, quote=f"Quote number {n}.", speaker=reports.source(f"Speaker {n}"), hops=[bbc])
    assert count_queries(lambda: article_page(client, small)) == count_queries(lambda: article_page(client, big))
    assert len(highlights(article_page(client, big).content.decode())) == 50


def test_the_legend_names_each_speaker_as_this_article_wrote_them(client, reports):
    article = reports.article(outlet="Daily Example", text=TEXT)
    veale = reports.source("Thomas Veale", title="Col.", role="a coalition spokesman")
    first = reports.attribution(article=article, quote="The attack appeared to be coordinated", speaker=veale)
    reports.attribution(article=article, quote="No troops were hurt", speaker=veale)
    Attribution.objects.filter(pk=first.pk).update(
        speaker_name_written="Colonel Thomas Veale", speaker_role_written="the coalition's spokesman"
    )
    html = article_page(client, article).content.decode()
    legend = html.split('class="legend__list"', 1)[1].split("</ol>", 1)[0]
    assert "Colonel Thomas Veale, the coalition&#x27;s spokesman</a>" in legend
    assert f'href="{reverse("pages:source", args=[veale.pk])}"' in legend


def test_the_headline_is_shown_once_when_the_text_starts_with_it(client, reports):
    title = "Strikes hit the depot"
    text = f"{title}\n\n{title}\nThe depot burned overnight. “We saw the fire,” a resident said.\n"
    article = reports.article(outlet="Daily Example", text=text, title=title)
    html = client.get(reverse("pages:article", args=[article.pk])).content.decode()
    body = html.split("<title>", 1)[1].split("</title>", 1)[1]
    assert body.count(title) == 1 and f"<h1>{title}</h1>" in body
    assert "The depot burned overnight." in body
    article.refresh_from_db()
    assert article.text == text  # the stored text stays as given


def test_a_first_line_that_is_not_the_title_is_kept(client, reports):
    article = reports.article(outlet="Daily Example", text="WASHINGTON\n\nThe depot burned.\n", title="Depot fire")
    html = client.get(reverse("pages:article", args=[article.pk])).content.decode()
    assert "<p>WASHINGTON</p>" in html
