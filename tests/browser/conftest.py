"""Shared fixtures for the browser tests: one headless Debian Chromium per session.

Playwright drives the system's ``/usr/bin/chromium`` (never a downloaded browser)
against pytest-django's ``live_server``. Every request that leaves the live server
is answered locally: PDOK map tiles get ``tests/browser/tile.png``, anything else
is aborted, so results reflect our own code and never the network.
"""

import io
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

# Playwright's sync API runs an event loop in this thread; the ORM calls the
# tests make beside it are still plain synchronous calls (see TRAPS.md).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TILE_PNG = (Path(__file__).parent / "tile.png").read_bytes()
TILE_HOST = "https://service.pdok.nl/"


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, but static files come from whitenoise.

    The stock live server serves ``/static/`` from the finders, which know no
    hashed manifest names, so every stylesheet would 404 and the pages would be
    tested unstyled. Here the request reaches whitenoise, as in production,
    which serves the files ``collectstatic`` gathered (``make test`` runs it).
    """
    addr = request.config.getvalue("liveserver") or "localhost"
    server = LiveServer(addr, start=False)
    server.thread.static_handler = _no_static_handler
    server.start()
    yield server
    server.stop()


def _no_static_handler(application):
    return application


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium, launched once for the whole test session."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


def _offline_router(live_server_url: str):
    def handle(route):
        url = route.request.url
        if url.startswith(TILE_HOST):
            route.fulfill(status=200, content_type="image/png", body=TILE_PNG)
        elif url.startswith(live_server_url) or url.startswith("data:"):
            route.continue_()
        else:
            route.abort()

    return handle


@pytest.fixture
def browser_context_options():
    """Options for the page's browser context; override to change the screen."""
    return {"viewport": {"width": 1280, "height": 900}}


@pytest.fixture
def page(browser, live_server, browser_context_options):
    """A fresh tab (own cookies) on the live server, with map tiles served locally.

    ``page.console_errors`` collects the page's console errors and
    ``page.broken_assets`` the stylesheets, scripts and images that failed.
    """
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", **browser_context_options
    )
    context.route("**/*", _offline_router(live_server.url))
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.console_errors = []
    page.on(
        "console",
        lambda message: (
            message.type == "error" and page.console_errors.append(message.text)
        ),
    )
    page.broken_assets = []
    page.on(
        "response",
        lambda response: (
            response.status >= 400
            and response.request.resource_type != "document"
            and page.broken_assets.append(f"{response.status} {response.url}")
        ),
    )
    yield page
    context.close()


@pytest.fixture
def site_data(transactional_db):
    """The coalition's real partners and campaigns, loaded into the live database.

    ``live_server`` tests flush every table afterwards, data migrations included,
    so each test loads the data again.
    """
    from activiteiten.models import Campaign
    from sociale_kaart.models import Organization
    from tests.activiteiten.factories import ActivityFactory

    # The cache is a database table that flushing leaves alone: start every
    # browser test with no rate-limit counts from the one before.
    cache.clear()
    call_command("load_real_data", stdout=io.StringIO())
    organization = Organization.objects.order_by("name").first()
    campaign = Campaign.objects.order_by("-start_date").first()
    activity = ActivityFactory(
        title="Koffie & een praatje in 't Café",
        location=organization.locations.first(),
        start_date=campaign.start_date,
        recurrence="FREQ=DAILY;COUNT=3",
        campaigns=[campaign],
    )
    return SimpleNamespace(
        organization=organization, campaign=campaign, activity=activity
    )


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core from npm (``npm ci`` puts it in node_modules/), as script text."""
    path = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
    if not path.exists():
        pytest.fail(f"{path} is missing: run `npm ci` (make test does).")
    return path.read_text()
