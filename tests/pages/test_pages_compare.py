import re

from django.urls import reverse

from attribution.models import Attribution

TEXT_A = "A report.\n“We struck back,” Veale said. “The base is safe,” Veale said. Officials said it was over.\n"
TEXT_B = "Another report.\n“We struck back,” White said. Analysts said more may come.\n"


def test_it_aligns_the_claims_both_articles_carry_and_lists_the_rest(client, reports):
    veale, white = reports.source("Thomas Veale"), reports.source("Dana White")
    officials, analysts = reports.source("officials", kind="unnamed"), reports.source("analysts", kind="unnamed")
    a = reports.article(outlet="Paper A", text=TEXT_A)
    b = reports.article(outlet="Paper B", text=TEXT_B)
    struck = reports.claim("We struck back")
    in_a = reports.attribution(article=a, quote="We struck back", claim=struck, speaker=veale)
    in_b = reports.attribution(article=b, quote="We struck back", claim=struck, speaker=white)
    safe = reports.attribution(article=a, quote="The base is safe", speaker=veale)
    over = reports.attribution(article=a, quote="it was over", speaker=officials, kind=Attribution.Kind.INDIRECT)
    more = reports.attribution(article=b, quote="more may come", speaker=analysts, kind=Attribution.Kind.INDIRECT)
    html = client.get(reverse("pages:compare"), {"a": a.pk, "b": b.pk}).content.decode()

    shared = html.split('id="shared-heading"', 1)[1].split("</table>", 1)[0]
    rows = shared.split("<tr>")[2:]
    assert len(rows) == 1
    cells = rows[0].split("<td>")
    assert f"#appearance-{in_a.pk}" in cells[1] and f"#appearance-{in_b.pk}" in cells[2]
    only_a = html.split('id="only-a-heading"', 1)[1].split("</section>", 1)[0]
    only_b = html.split('id="only-b-heading"', 1)[1].split("</section>", 1)[0]
    assert f"#appearance-{safe.pk}" in only_a and f"#appearance-{over.pk}" in only_a and "The base is safe" not in only_b
    assert f"#appearance-{more.pk}" in only_b
    speakers = html.split('id="speakers-heading"', 1)[1].split("</table>", 1)[0]
    both, only_in_a, only_in_b = [re.findall(r">([^<]+)</a>", cell) for cell in speakers.split("<td>")[1:]]
    assert both == [] and only_in_a == ["officials", "Thomas Veale"] and only_in_b == ["analysts", "Dana White"]


def test_a_speaker_both_quote_is_listed_once_as_shared(client, reports):
    veale = reports.source("Thomas Veale")
    a = reports.article(outlet="Paper A", text=TEXT_A)
    b = reports.article(outlet="Paper B", text=TEXT_B)
    reports.attribution(article=a, quote="The base is safe", speaker=veale)
    reports.attribution(article=b, quote="We struck back", speaker=veale)
    html = client.get("/compare/", {"a": a.pk, "b": b.pk}).content.decode()
    speakers = html.split('id="speakers-heading"', 1)[1].split("</table>", 1)[0]
    assert [re.findall(r">([^<]+)</a>", cell) for cell in speakers.split("<td>")[1:]] == [["Thomas Veale"], [], []]


def test_without_articles_it_offers_a_form_to_choose_two(client, reports):
    reports.article(outlet="Paper A", text=TEXT_A)
    reports.article(outlet="Paper B", text=TEXT_B, is_illustrative=True)
    html = client.get("/compare/").content.decode()
    assert '<label for="compare-a">' in html and '<label for="compare-b">' in html
    assert "(illustrative sample text)" in html


def test_bad_article_numbers_get_a_400_with_a_message(client, reports):
    a = reports.article(outlet="Paper A", text=TEXT_A)
    for params, message in [
        ({"a": "x", "b": a.pk}, "The first article should be given by its number"),
        ({"a": a.pk}, "The second article is missing"),
        ({"a": a.pk, "b": a.pk}, "two different articles"),
    ]:
        response = client.get("/compare/", params)
        assert response.status_code == 400
        assert message in response.content.decode()


def test_it_answers_a_number_written_with_other_digits_than_ascii_with_a_400(client, reports):
    a = reports.article(outlet="Paper A", text=TEXT_A)
    for value in ["\u00b2", "\u0663", "\uff11", "1\u00b2"]:  # superscript two, Arabic-Indic three, fullwidth one
        response = client.get("/compare/", {"a": value, "b": a.pk})
        assert response.status_code == 400, value
        assert "The first article should be given by its number" in response.content.decode()


def test_the_400_page_speaks_plain_words_and_links_to_the_compare_form(client, reports):
    a = reports.article(outlet="Paper A", text=TEXT_A)
    html = client.get("/compare/", {"a": "", "b": a.pk}).content.decode()
    assert "a=&#x27;&#x27;" not in html and "a=''" not in html and "is not a number" not in html
    assert '<a href="/compare/">Choose two articles to compare</a>' in html


def test_an_unknown_article_is_not_found(client, reports):
    a = reports.article(outlet="Paper A", text=TEXT_A)
    assert client.get("/compare/", {"a": a.pk, "b": 987654}).status_code == 404


def test_the_comparison_makes_as_many_queries_for_fifty_claims_as_for_one(client, reports, count_queries):
    def pair(size, prefix):
        text = "\n".join(f"“{prefix} quote {n}.” said speaker {n}." for n in range(size))
        a = reports.article(outlet=f"{prefix} A", text=text)
        b = reports.article(outlet=f"{prefix} B", text=text + "\nMore.")
        for n in range(size):
            claim = reports.claim()
            speaker = reports.source(f"{prefix} speaker {n}")
            reports.attribution(article=a, quote=f"{prefix} quote {n}.", claim=claim, speaker=speaker)
            reports.attribution(article=b, quote=f"{prefix} quote {n}.", claim=claim, speaker=speaker)
        return f"/compare/?a={a.pk}&b={b.pk}"

    small, big = pair(1, "Small"), pair(50, "Big")
    assert count_queries(lambda: client.get(small)) == count_queries(lambda: client.get(big))
    assert "Claims both carry (50)" in client.get(big).content.decode()


def test_the_speaker_lists_show_names_as_each_article_wrote_them_sorted_as_shown(client, reports):
    veale, officials = reports.source("Thomas Veale", title="Col."), reports.source("officials", kind="unnamed")
    zed = reports.source("Zed Analyst")
    a = reports.article(outlet="Paper A", text=TEXT_A)
    b = reports.article(outlet="Paper B", text=TEXT_B)
    in_a = reports.attribution(article=a, quote="We struck back", speaker=veale)
    in_b = reports.attribution(article=b, quote="We struck back", speaker=veale)
    over = reports.attribution(article=a, quote="it was over", speaker=officials, kind=Attribution.Kind.INDIRECT)
    safe = reports.attribution(article=a, quote="The base is safe", speaker=zed)
    Attribution.objects.filter(pk=in_b.pk).update(speaker_name_written="Veale", speaker_role_written="a spokesman")
    # Shown as "Analyst Zed", it sorts before "Col. …" and "officials".
    Attribution.objects.filter(pk=safe.pk).update(speaker_name_written="Analyst Zed")
    Attribution.objects.filter(pk=over.pk).update(speaker_name_written="coalition officials")
    html = client.get("/compare/", {"a": a.pk, "b": b.pk}).content.decode()
    speakers = html.split('id="speakers-heading"', 1)[1].split("</table>", 1)[0]
    both, only_in_a, only_in_b = [re.findall(r">([^<]+)</a>", cell) for cell in speakers.split("<td>")[1:]]
    assert both == ["Col. Thomas Veale"] and "(article B: Veale, a spokesman)" in speakers
    assert only_in_a == ["Analyst Zed", "coalition officials"] and only_in_b == []
    shared = html.split('id="shared-heading"', 1)[1].split("</table>", 1)[0]
    assert "Col. Thomas Veale</a>" in shared and "Veale, a spokesman</a>" in shared
