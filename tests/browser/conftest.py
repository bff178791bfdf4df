"""Headless Chromium (the Debian package) driven by Playwright against pytest-django's live server."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections

# Playwright's sync API keeps an event loop running in the test thread; the ORM calls the
# tests make there are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
DEMO_PASSWORD = "browser-demo-pass-123"


# One browser per test, started after the test database is set up: Playwright's sync API
# runs the test in a greenlet, and a session-wide one would hide the connection that
# serialized_rollback restores the migrations' rows through.
@pytest.fixture
def chromium(transactional_db):
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: install the Debian package chromium"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message + " (REQUIRE_BROWSER=1: CI needs the browser tests to run).")
        pytest.skip(message + ".")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # ORM calls in the test body run in Playwright's greenlet, whose context holds a database
        # connection of its own: closed here, or PostgreSQL cannot drop the test database at the end.
        connections.close_all()


@pytest.fixture
def demo(transactional_db):
    """The demo data, as `make run` loads it; returns the admin login (an editor)."""
    with open(os.devnull, "w") as quiet:
        call_command("demo_load", "--password", DEMO_PASSWORD, stdout=quiet, stderr=quiet)
    return "admin", DEMO_PASSWORD


@pytest.fixture
def open_page(chromium, live_server):
    """A function opening a path of the live server in a fresh page; fails the test on any
    console error (a blocked script or style shows up there as a Content-Security-Policy error)."""
    contexts, errors = [], []

    def open_(path, width=1280, height=900):
        context = chromium.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        # Failed loads are caught by URL below; the console's copy also covers /favicon.ico,
        # which admin pages do not declare and which is no fault of the pages.
        page.on(
            "console",
            lambda message: errors.append(message.text)
            if message.type == "error" and not message.text.startswith("Failed to load resource")
            else None,
        )
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("response", lambda response: errors.append(f"{response.status} {response.url}") if response.status >= 400 else None)
        page.goto(live_server.url + path)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert errors == []


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(page, name):
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 0
        return path

    return save
