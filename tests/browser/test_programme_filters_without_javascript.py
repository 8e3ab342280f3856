"""In a real browser without JavaScript, the programme's filters still work."""

import datetime

import pytest

from lansingerland.constants import Kern
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.sociale_kaart.factories import LocationFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def browser_context_options():
    return {"java_script_enabled": False, "viewport": {"width": 1280, "height": 900}}


def test_filters_work_by_keyboard_without_javascript(page):
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
    page.goto("/activiteiten/kom-erbij/")
    titles = page.locator(".occurrence-title").all_inner_texts()
    assert titles == ["Jeu de boules", "Dansmiddag", "Voorleesuur"]
    page.get_by_label("Woonplaats").select_option("bleiswijk")
    page.get_by_label("Alleen gratis activiteiten").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Toon activiteiten").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**kern=bleiswijk**")
    titles = page.locator(".occurrence-title").all_inner_texts()
    assert titles == ["Jeu de boules"]
    assert page.get_by_label("Alleen gratis activiteiten").is_checked()
