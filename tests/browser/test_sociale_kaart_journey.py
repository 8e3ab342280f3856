"""A district nurse finds a free Tuesday activity for an older man in Bleiswijk,
keeps it, prints the list and the share link (the QR code's target) brings it back."""

import pytest
from django.contrib.gis.geos import Point

from lansingerland.constants import Kern
from tests.sociale_kaart.browser import open_page, serve_site
from tests.sociale_kaart.factories import (
    LocationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
    TargetGroupFactory,
)


@pytest.fixture
def site(transactional_db, settings):
    yield from serve_site(settings)


@pytest.fixture
def browser_page(browser):
    yield from open_page(browser)


@pytest.fixture
def offers(transactional_db):
    elderly = TargetGroupFactory(name="ouderen", slug="ouderen")
    bleiswijk = LocationFactory(
        kern=Kern.BLEISWIJK, place="Bleiswijk", point=Point(4.5321, 52.011, srid=4326)
    )
    soos = ServiceFactory(
        name="Dinsdagsoos", is_free=True, min_age=60, locations=[bleiswijk]
    )
    soos.target_groups.add(elderly)
    ServiceScheduleFactory(service=soos, weekday=2)
    paid = ServiceFactory(name="Schilderles", is_free=False, locations=[bleiswijk])
    ServiceScheduleFactory(service=paid, weekday=2)
    return soos


def test_find_keep_print_and_share(site, browser_page, offers):
    page = browser_page
    page.goto(f"{site}/sociale-kaart/")
    page.click("summary")
    page.check("input[name=gratis]")
    page.check("input[name=kern][value=bleiswijk]")
    page.check("input[name=dag][value='2']")
    page.fill("input[name=leeftijd]", "80")
    page.click("button[type=submit]:has-text('Zoeken')")
    page.wait_for_load_state("load")
    assert "gratis=on" in page.url and "kern=bleiswijk" in page.url
    main = page.inner_text("main")
    assert "Dinsdagsoos" in main and "Schilderles" not in main
    page.click("button:has-text('Bewaar')")
    page.wait_for_load_state("load")
    assert "kern=bleiswijk" in page.url  # back on the same search
    page.goto(f"{site}/sociale-kaart/bewaarlijst/")
    assert "Dinsdagsoos" in page.inner_text("main")
    assert page.locator(".shortlist-qr svg").count() == 1
    share = page.input_value("#deellink")
    page.emulate_media(media="print")
    assert page.locator(".search-form, .site-footer").evaluate_all(
        "nodes => nodes.every(n => getComputedStyle(n).display === 'none')"
    )
    other = page.context.browser.new_page()  # a colleague scanning the QR code
    other.goto(share)
    assert "Dinsdagsoos" in other.inner_text("main")
    assert page.problems == []
