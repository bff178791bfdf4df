"""The reader's side in headless Chromium, on the demo data: the four index pages with their
filters, sorting and downloads, with READERS_SEE_UNREVIEWED both ways; the admin queue at 1280
pixels. Two tests, each walking many pages, so one browser start serves many checks."""

import csv
import json
import re

import pytest
from playwright.sync_api import expect

from attribution.models import Attribution, Claim

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def downloaded(page, link):
    with page.expect_download() as info:
        link.click()
    return open(info.value.path(), encoding="utf-8").read()


def index_rows(page):
    return page.locator("table.index-table tbody tr")


def test_a_reader_browses_filters_sorts_and_downloads_every_index(demo, open_page, screenshot, settings):
    # READERS_SEE_UNREVIEWED off: approved attributions only, and nothing marked unreviewed.
    settings.READERS_SEE_UNREVIEWED = False
    page = open_page("/")
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Claims", exact=True).click()
    expect(page).to_have_url(re.compile(r"/claims/$"))
    expect(page.get_by_role("heading", name="Claims", exact=True)).to_be_visible()
    approved_only = index_rows(page).count()
    expect(page.locator(".badge--unreviewed")).to_have_count(0)
    expect(page.get_by_text("Readers see attributions an editor has approved.")).to_be_visible()
    expect(page.get_by_role("note")).to_have_count(0)

    # On, as `make run` serves the demo: the pending ones too, each marked unreviewed.
    settings.READERS_SEE_UNREVIEWED = True
    page.reload()
    expect(page.get_by_role("note")).to_contain_text("each marked unreviewed")
    every = index_rows(page).count()
    assert every > approved_only and every >= 10
    expect(page.locator(".badge--unreviewed").first).to_be_visible()
    screenshot(page, "claims-index")
    # An unreviewed attribution's claim page marks it, and offers no review link to a reader.
    index_rows(page).filter(has=page.locator(".badge--unreviewed")).first.get_by_role("link").first.click()
    expect(page.locator("article.column .badge--unreviewed").first).to_have_text("Unreviewed")
    expect(page.get_by_role("link", name=re.compile("^Review in admin"))).to_have_count(0)
    page.go_back()

    # Claims two or more outlets reported, the most reported first; the download holds exactly those.
    page.get_by_label("reported by two or more outlets").check()
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"min_outlets=2"))
    shared = index_rows(page).count()
    assert 0 < shared < every
    page.get_by_role("link", name="Most reports first").click()
    expect(page.get_by_text("Most reports first", exact=True)).to_have_attribute("aria-current", "true")
    expect(page.get_by_label("reported by two or more outlets")).to_be_checked()
    shown = [int(pk) for pk in re.findall(r"/claims/(\d+)/", "".join(index_rows(page).locator("td:first-child a").evaluate_all("links => links.map(a => a.href)")))]
    rows = list(csv.DictReader(downloaded(page, page.get_by_role("link", name="CSV")).splitlines()))
    assert list(dict.fromkeys(int(row["claim_id"]) for row in rows)) == shown
    graph = json.loads(downloaded(page, page.get_by_role("link", name="JSON-LD")))
    assert [item["@id"].rsplit("/", 2)[-2] for item in graph["@graph"]] == [str(pk) for pk in shown]
    screenshot(page, "claims-index-shared")

    # Articles of one outlet; the speaker filter offers names.
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Articles", exact=True).click()
    page.get_by_label("Outlet", exact=True).select_option(label="Wikinews")
    page.get_by_role("button", name="Filter").click()
    expect(index_rows(page)).to_have_count(3)
    expect(index_rows(page).locator("td:nth-child(3)")).to_have_text(["Wikinews"] * 3)
    rows = list(csv.DictReader(downloaded(page, page.get_by_role("link", name="CSV")).splitlines()))
    assert {row["outlet"] for row in rows} == {"Wikinews"} and len(rows) == 3
    # Then only those published from 2015 on, and those quoting one speaker.
    page.get_by_label("Published from").fill("2015-01-01")
    page.get_by_role("button", name="Filter").click()
    expect(index_rows(page)).to_have_count(2)
    page.get_by_label("Speaker", exact=True).select_option(label="Rishi Sunak")
    page.get_by_role("button", name="Filter").click()
    expect(index_rows(page)).to_have_count(1)
    expect(index_rows(page).first).to_contain_text("asylum")
    rows = list(csv.DictReader(downloaded(page, page.get_by_role("link", name="CSV")).splitlines()))
    assert [row["published"] for row in rows] == ["2023-02-23"]
    screenshot(page, "articles-index")

    # Sources by words; the row links to the source's page, which offers its claims to download.
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Sources", exact=True).click()
    page.get_by_label("Words in the name, an alias or the role").fill("Veale")
    page.get_by_role("button", name="Filter").click()
    expect(index_rows(page)).to_have_count(1)
    rows = list(csv.DictReader(downloaded(page, page.get_by_role("link", name="CSV")).splitlines()))
    assert [row["name"] for row in rows] == ["Thomas Veale"]
    screenshot(page, "sources-index")
    index_rows(page).get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Thomas Veale")
    rows = list(csv.DictReader(downloaded(page, page.get_by_role("link", name="CSV")).splitlines()))
    assert rows and all(row["claim_id"] for row in rows)

    # Outlets, sorted by name (first), by number of reports and by date.
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Outlets", exact=True).click()
    expect(page.get_by_text("By name", exact=True)).to_have_attribute("aria-current", "true")
    names = index_rows(page).locator("td:first-child a").all_inner_texts()
    assert names == sorted(names, key=str.casefold)
    page.get_by_role("link", name="Most reports first").click()
    counts = [int(n) for n in index_rows(page).locator("td:nth-child(3)").all_inner_texts()]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    page.get_by_role("link", name="Newest first").click()
    expect(index_rows(page).first.locator("td:first-child a")).to_have_text("Wikinews")
    rows = list(csv.DictReader(downloaded(page, page.get_by_role("link", name="CSV")).splitlines()))
    assert [row["name"] for row in rows] == index_rows(page).locator("td:first-child a").all_inner_texts()
    screenshot(page, "outlets-index")

    # The claim page's own downloads need no token.
    claim = Claim.objects.filter(attributions__status=Attribution.Status.APPROVED).first()
    page = open_page(f"/claims/{claim.pk}/")
    rows = list(csv.DictReader(downloaded(page, page.get_by_role("link", name="CSV")).splitlines()))
    assert {int(row["claim_id"]) for row in rows} == {claim.pk}
    assert json.loads(downloaded(page, page.get_by_role("link", name="JSON-LD")))["@type"] == "Claim"


def test_the_admin_queue_fits_1280_pixels_and_pages_at_50(demo, open_page, screenshot):
    username, password = demo
    page = open_page("/admin/login/?next=/admin/attribution/attribution/", width=1280, height=900)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#result_list")).to_be_visible()
    expect(page.locator("#nav-sidebar")).to_have_count(0)  # the queue takes the navigation column's width
    pending = Attribution.objects.filter(status=Attribution.Status.PENDING).count()
    assert pending > 50
    expect(page.locator("#result_list tbody tr")).to_have_count(50)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    table = page.locator("#result_list").bounding_box()
    assert table["x"] + table["width"] <= 1280
    assert page.evaluate("(() => { const r = document.querySelector('.results'); return r.scrollWidth <= r.clientWidth; })()")
    for column in ("outlet", "conf.", "added"):
        header = page.locator("#result_list thead th", has_text=column).first.bounding_box()
        assert header["x"] + header["width"] <= 1280, column
    screenshot(page, "admin-queue-1280")
