"""A reader's path through the demo data, in headless Chromium; screenshots go to artifacts/screenshots/."""

import re

import pytest
from playwright.sync_api import expect

from attribution import services
from attribution.models import Article

# serialized_rollback: the live server needs committed rows, and the editors group the
# migrations create must survive each test's flush.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def seed_article(seed_text):
    text = services.article_text_normalize(seed_text)
    return Article.objects.get(text_sha256=services.article_text_fingerprint(text))


def test_a_reader_goes_from_the_home_page_to_a_claim_two_outlets_reported(demo, open_page, screenshot):
    page = open_page("/")
    expect(page.get_by_role("heading", name="Recent claims reported by two or more outlets")).to_be_visible()
    screenshot(page, "home")
    page.get_by_role("link", name=re.compile(r"^Compare \d+ reports side by side")).last.click()
    expect(page).to_have_url(re.compile(r"/claims/\d+/$"))

    columns = page.locator("article.column")
    assert columns.count() >= 2
    first, later = columns.nth(0), columns.nth(1)
    box, later_box = first.bounding_box(), later.bounding_box()
    assert later_box["x"] >= box["x"] + box["width"] - 1 and abs(later_box["y"] - box["y"]) < 2, "side by side"
    # The demo's real report comes first (illustrative samples after real reports) and is the
    # baseline the other is diffed against. It is undated, so no report is named the first
    # appearance, and the page says so once.
    baseline, other = first, later
    expect(page.locator(".badge--first")).to_have_count(0)
    expect(page.get_by_text("First appearance unknown")).to_have_count(1)
    expect(baseline.locator(".badge--illustrative")).to_have_count(0)
    expect(page.locator(".column .badge--illustrative").first).to_have_text("Illustrative sample text")
    for column in (first, later):
        expect(column.get_by_text("Credited to")).to_be_visible()
        expect(column.locator(".relay li").first).to_be_visible()
    # The other report's wording, diffed word by word against the baseline.
    expect(other.locator("ins.diff-ins").first).to_be_visible()
    expect(other.locator("del.diff-del").first).to_be_visible()
    expect(other.locator(".badge--drift").first).to_be_visible()
    expect(baseline.locator("ins.diff-ins, del.diff-del")).to_have_count(0)
    screenshot(page, "claim-side-by-side")

    page.set_viewport_size({"width": 400, "height": 900})
    box, later_box = first.bounding_box(), later.bounding_box()
    assert abs(later_box["x"] - box["x"]) < 2 and later_box["y"] >= box["y"] + box["height"] - 1, "stacked"
    screenshot(page, "claim-narrow")


def test_the_seed_article_highlights_its_quotes_and_a_highlight_leads_to_its_claim(demo, open_page, screenshot, seed_text):
    article = seed_article(seed_text)
    page = open_page(f"/articles/{article.pk}/")
    highlights = page.locator(".article-text a.hl")
    assert highlights.count() >= 2
    expect(highlights.first.locator(".hl__marker")).to_be_visible()
    expect(page.locator(".legend__list li").first).to_be_visible()
    screenshot(page, "seed-article")

    # Keyboard only: Tab reaches the first highlight, Enter follows it.
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('hl')"):
            break
    else:
        pytest.fail("Tab never reached a highlight")
    target = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    appearance = target.split("#", 1)[1]
    expect(page.locator(f"article.column#{appearance}")).to_be_visible()
    screenshot(page, "claim-from-highlight")


def test_an_editor_sees_unreviewed_attributions_on_the_seed_article(demo, open_page, screenshot, seed_text):
    article = seed_article(seed_text)
    page = open_page("/admin/login/?next=" + f"/articles/{article.pk}/")
    username, password = demo
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(rf"/articles/{article.pk}/$"))
    expect(page.locator(".hl__unreviewed").first).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("^Review in admin")).first).to_be_visible()
    screenshot(page, "seed-article-editor")


def test_show_only_this_speaker_is_marked_pressed_and_offers_to_show_all_again(demo, open_page, screenshot, seed_text):
    article = seed_article(seed_text)
    page = open_page(f"/articles/{article.pk}/")
    button = page.locator(".legend__list li button").first
    expect(button).to_have_text("Show only this speaker")
    expect(button).to_have_attribute("aria-pressed", "false")
    unpressed = button.evaluate("b => getComputedStyle(b).backgroundColor")
    button.click()
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(button).to_have_text("Show all speakers")
    assert button.evaluate("b => getComputedStyle(b).backgroundColor") != unpressed
    expect(page.locator(".article-text.is-focused")).to_have_count(1)
    screenshot(page, "seed-article-one-speaker")
    button.click()
    expect(button).to_have_attribute("aria-pressed", "false")
    expect(button).to_have_text("Show only this speaker")
    expect(page.locator(".article-text.is-focused")).to_have_count(0)


def test_tables_scroll_inside_their_box_on_a_375_pixel_screen(demo, open_page, screenshot, seed_text):
    seed = seed_article(seed_text)
    sample = Article.objects.get(is_illustrative=True)
    for name, path in [
        ("search-narrow", "/?q=rounds"),
        ("outlet-narrow", f"/outlets/{seed.outlet_id}/"),
        ("compare-narrow", f"/compare/?a={seed.pk}&b={sample.pk}"),
        ("claims-index-narrow", "/claims/"),
        ("sources-index-narrow", "/sources/"),
    ]:
        page = open_page(path, width=375, height=800)
        expect(page.locator(".table-scroll table").first).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
        screenshot(page, name)
