"""In a real browser without JavaScript, the programme's filters still work."""

import datetime
import os

import pytest
from playwright.sync_api import sync_playwright

from lansingerland.constants import Kern
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.sociale_kaart.factories import LocationFactory

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.django_db(transaction=True)

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def test_filters_work_by_keyboard_without_javascript(live_server):
    campaign = CampaignFactory(
        slug="kom-erbij",
        start_date=datetime.date(2026, 9, 24),
        end_date=datetime.date(2026, 9, 30),
    )
    ActivityFactory(
        title="Jeu de boules",
        location=LocationFactory(kern=Kern.BLEISWIJK),
        start_date=datetime.date(2026, 9, 24),
        campaigns=[campaign],
    )
    ActivityFactory(
        title="Dansmiddag",
        location=LocationFactory(kern=Kern.BLEISWIJK),
        start_date=datetime.date(2026, 9, 25),
        campaigns=[campaign],
        is_free=False,
    )
    ActivityFactory(
        title="Voorleesuur",
        location=LocationFactory(kern=Kern.BERGSCHENHOEK),
        start_date=datetime.date(2026, 9, 25),
        campaigns=[campaign],
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        try:
            context = browser.new_context(java_script_enabled=False)
            page = context.new_page()
            page.goto(f"{live_server.url}/activiteiten/kom-erbij/")
            titles = page.locator(".occurrence-title").all_inner_texts()
            assert titles == ["Jeu de boules", "Dansmiddag", "Voorleesuur"]
            page.get_by_label("Kern").select_option("bleiswijk")
            page.get_by_label("Alleen gratis activiteiten").focus()
            page.keyboard.press("Space")
            page.get_by_role("button", name="Toon activiteiten").focus()
            page.keyboard.press("Enter")
            page.wait_for_url("**kern=bleiswijk**")
            titles = page.locator(".occurrence-title").all_inner_texts()
            assert titles == ["Jeu de boules"]
            assert page.get_by_label("Alleen gratis activiteiten").is_checked()
        finally:
            browser.close()
