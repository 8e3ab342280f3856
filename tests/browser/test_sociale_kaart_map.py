"""The map in a real browser: under a strict CSP, with DEBUG off and hashed static
files, on Lansingerland, with forty offers at one centre shown as one place."""

import math
import re

import pytest
from django.contrib.gis.geos import Point

from lansingerland.constants import Kern
from tests.conftest import otp_verify
from tests.sociale_kaart.browser import open_page, serve_site, wait_until
from tests.sociale_kaart.factories import LocationFactory, ServiceFactory

TILE_PATH = re.compile(r"/kaart/(\d+)/(\d+)/(\d+)\.geojson")
ICONS_LOADED = (
    "() => [...document.querySelectorAll('img.leaflet-marker-icon')]"
    ".every(i => i.complete && i.naturalWidth > 0)"
)


@pytest.fixture
def site(transactional_db, settings):
    yield from serve_site(settings)


@pytest.fixture
def browser_page(browser):
    yield from open_page(browser)


@pytest.fixture
def centre_with_forty_offers(transactional_db):
    centre = LocationFactory(
        name="Dorpshuis De Leeuwerik",
        kern=Kern.BLEISWIJK,
        point=Point(4.5321, 52.0110, srid=4326),
    )
    for i in range(40):
        ServiceFactory(
            organization=centre.organization,
            name=f"Activiteit {i:02d}",
            locations=[centre],
        )
    elsewhere = LocationFactory(point=Point(4.476, 51.993, srid=4326))  # 4 km away
    ServiceFactory(name="Elders", locations=[elsewhere])
    return centre


def test_map_renders_under_csp_with_marker_icons_on_lansingerland(
    site, browser_page, centre_with_forty_offers
):
    page = browser_page
    page.goto(f"{site}/sociale-kaart/")
    page.wait_for_selector("#kaart[data-places]", state="attached")
    assert page.get_attribute("#kaart", "data-places") == "2"  # 41 offers, 2 places
    lat, lon = map(float, page.get_attribute("#kaart", "data-centre").split(","))
    assert 51.95 < lat < 52.05 and 4.42 < lon < 4.61
    wait_until(page, ICONS_LOADED)
    assert page.locator("img.leaflet-marker-icon").count() >= 1
    assert page.problems == []


def test_forty_offers_at_one_centre_open_in_one_popup_by_keyboard(
    site, browser_page, centre_with_forty_offers
):
    page = browser_page
    page.goto(f"{site}/sociale-kaart/?kern=bleiswijk")
    page.wait_for_selector("#kaart[data-places='1']", state="attached")
    marker = page.locator(".leaflet-marker-icon").first
    marker.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".map-popup-list ul a")  # offers load on opening
    assert page.locator(".map-popup-list ul a").count() == 40
    assert page.evaluate("document.activeElement.closest('.map-popup-list') !== null")
    assert page.problems == []


def test_pages_without_a_map_have_no_script_errors(
    site, browser_page, centre_with_forty_offers
):
    page = browser_page
    for path in ("/sociale-kaart/bewaarlijst/", "/"):
        page.goto(f"{site}{path}")
        page.wait_for_load_state("load")
    assert page.problems == []


def test_admin_map_loads_its_images_with_debug_off(
    site, browser_page, centre_with_forty_offers, coordinator, client
):
    client.force_login(coordinator)
    otp_verify(client, coordinator)
    page = browser_page
    page.context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": site,
            }
        ]
    )
    page.goto(
        f"{site}/admin/sociale_kaart/location/{centre_with_forty_offers.pk}/change/"
    )
    page.wait_for_selector(".leaflet-container")
    wait_until(page, ICONS_LOADED)
    assert [p for p in page.problems if not p.startswith("console")] == []


def test_list_serves_everything_when_tiles_fail(
    site, browser_page, centre_with_forty_offers
):
    page = browser_page
    page.unroute("https://service.pdok.nl/**")
    page.route("https://service.pdok.nl/**", lambda route: route.abort())
    page.goto(f"{site}/sociale-kaart/")
    page.wait_for_selector("#kaart[data-places]", state="attached")
    status = page.locator("#kaart-melding[role=status]")
    status.get_by_role("link", name="Naar de lijst").wait_for()
    assert "De kaart kan nu niet worden geladen" in status.inner_text()
    assert status.get_by_role("link").get_attribute("href") == "#aanbod"
    assert page.locator(".result-list > li").count() == 20  # first page of 41
    assert "Aanbod: 41 gevonden" in page.inner_text("main")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"


def test_no_tile_message_when_the_tiles_load(site, browser_page):
    page = browser_page
    page.goto(f"{site}/sociale-kaart/")
    page.wait_for_selector("#kaart .leaflet-tile-loaded")
    assert page.locator("#kaart-melding").inner_text() == ""


def test_a_cluster_is_a_button_named_in_dutch(site, browser_page):
    for i in range(6):  # six places within a few dozen metres: one cluster
        ServiceFactory(
            name=f"Inloop {i}",
            locations=[
                LocationFactory(point=Point(4.5321 + i * 0.0003, 52.0110, srid=4326))
            ],
        )
    page = browser_page
    page.goto(f"{site}/sociale-kaart/")
    page.wait_for_selector("#kaart[data-places='6']", state="attached")
    cluster = page.locator(".marker-cluster")
    cluster.first.wait_for()
    assert cluster.count() == 1
    assert cluster.get_attribute("role") == "button"
    assert cluster.get_attribute("aria-label") == "6 plekken, klik om in te zoomen"
    assert cluster.get_attribute("tabindex") == "0"  # reachable by keyboard
    assert cluster.locator("[aria-hidden='true']").inner_text() == "6"
    assert page.problems == []


def test_enter_on_a_cluster_zooms_in_to_its_places(site, browser_page):
    """Zoomed out the map gets one cluster from the server; Enter on it zooms
    in, the places inside arrive as markers and the focus stays on the map."""
    for i in range(6):
        ServiceFactory(
            name=f"Inloop {i}",
            locations=[
                LocationFactory(point=Point(4.5321 + i * 0.0003, 52.0110, srid=4326))
            ],
        )
    page = browser_page
    page.goto(f"{site}/sociale-kaart/")
    page.wait_for_selector("#kaart[data-places='6']", state="attached")
    page.locator(".marker-cluster").focus()
    page.keyboard.press("Enter")
    wait_until(
        page,
        "() => document.querySelectorAll('#kaart img.leaflet-marker-icon').length"
        " === 6 && !document.querySelector('#kaart .marker-cluster')",
    )
    assert page.get_attribute("#kaart", "data-places") == "6"
    assert page.evaluate("document.activeElement.id") == "kaart"
    assert page.problems == []


@pytest.mark.parametrize("approximate", [True, False])
def test_an_offer_at_an_approximate_place_shows_a_ring_zoomed_out(
    site, browser_page, approximate
):
    """Was: a solid pin at street level (zoom 16) for a place "bij benadering"
    (only the kern is known); now the search map's dashed ring at kern level."""
    place = LocationFactory(
        street="",
        house_number=None,
        kern=Kern.BLEISWIJK,
        point=Point(4.5321, 52.0110, srid=4326),
        point_is_approximate=approximate,
    )
    offer = ServiceFactory(name="Wandelen in de kern", locations=[place])
    page = browser_page
    page.goto(f"{site}{offer.get_absolute_url()}")
    page.wait_for_selector("#kaart-plek[data-zoom]", state="attached")
    zoom = int(page.get_attribute("#kaart-plek", "data-zoom"))
    rings = page.locator("#kaart-plek .marker-approximate").count()
    pins = page.locator("#kaart-plek img.leaflet-marker-icon").count()
    if approximate:
        assert (rings, pins) == (1, 0) and zoom == 13
    else:
        assert (rings, pins) == (0, 1) and zoom == 16
    assert page.problems == []


def _tile_of(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """The web-map tile (x, y) holding a WGS84 point at a zoom level."""
    n = 2**zoom
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


def test_one_failed_data_tile_keeps_the_map_and_says_so(
    site, browser_page, centre_with_forty_offers
):
    """Was: one data tile answering 503 hid the whole map. Now the place from
    the tile that loaded stays on the map and a message points to the list."""
    page = browser_page

    def fail_the_tile_of_elders(route):
        z, x, y = map(int, TILE_PATH.search(route.request.url).groups())
        if (x, y) == _tile_of(4.476, 51.993, z):
            route.fulfill(status=503, body="")
        else:
            route.continue_()

    page.route("**/sociale-kaart/kaart/**", fail_the_tile_of_elders)
    page.goto(f"{site}/sociale-kaart/")
    page.wait_for_selector("#kaart[data-places]", state="attached")
    status = page.locator("#kaart-melding[role=status]")
    status.get_by_role("link", name="Naar de lijst").wait_for()
    assert "Niet alle plekken konden op de kaart worden geladen" in status.inner_text()
    assert page.is_visible("#kaart")
    assert page.get_attribute("#kaart", "data-places") == "1"
    markers = page.locator("#kaart .leaflet-marker-icon")
    assert markers.count() == 1 and markers.first.is_visible()
    assert page.locator(".result-list > li").count() == 20  # the list is whole


def test_popup_and_zoom_keyboard_in_dutch(site, browser_page, centre_with_forty_offers):
    """Escape closes a popup and the focus goes back to its marker, as after the
    close button; buttons have Dutch names and the offers list its label."""
    page = browser_page
    page.goto(f"{site}/sociale-kaart/?kern=bleiswijk")
    page.wait_for_selector("#kaart[data-places='1']", state="attached")
    assert page.get_attribute(".leaflet-control-zoom-in", "title") == "Inzoomen"
    assert page.get_attribute(".leaflet-control-zoom-out", "title") == "Uitzoomen"
    marker = page.locator("#kaart .leaflet-marker-icon").first
    marker.focus()
    page.keyboard.press("Enter")
    offers = page.get_by_role("list", name="Aanbod hier")
    offers.wait_for()
    assert offers.get_by_role("link").count() == 40
    close = page.locator(".leaflet-popup-close-button")
    assert close.get_attribute("aria-label") == "Sluit"
    page.keyboard.press("Escape")
    page.wait_for_selector(".leaflet-popup", state="detached")
    wait_until(
        page, "() => document.activeElement.classList.contains('leaflet-marker-icon')"
    )
    page.keyboard.press("Enter")
    page.wait_for_selector(".map-popup-list ul a")
    page.get_by_role("button", name="Sluit").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".leaflet-popup", state="detached")
    wait_until(
        page, "() => document.activeElement.classList.contains('leaflet-marker-icon')"
    )
    assert page.problems == []


def test_space_on_a_cluster_zooms_in_without_scrolling(site, browser_page):
    for i in range(6):
        ServiceFactory(
            name=f"Inloop {i}",
            locations=[
                LocationFactory(point=Point(4.5321 + i * 0.0003, 52.0110, srid=4326))
            ],
        )
    page = browser_page
    page.goto(f"{site}/sociale-kaart/")
    page.wait_for_selector("#kaart[data-places='6']", state="attached")
    page.locator(".marker-cluster").focus()
    scrolled = page.evaluate("window.scrollY")
    page.keyboard.press(" ")
    wait_until(
        page,
        "() => document.querySelectorAll('#kaart img.leaflet-marker-icon').length"
        " === 6 && !document.querySelector('#kaart .marker-cluster')",
    )
    assert page.evaluate("window.scrollY") == scrolled
    assert page.problems == []


def test_a_skip_link_passes_the_map(site, browser_page, centre_with_forty_offers):
    page = browser_page
    page.goto(f"{site}/sociale-kaart/")
    skip = page.get_by_role("link", name="Sla de kaart over")
    assert not skip.is_visible() or skip.bounding_box()["x"] < 0
    skip.focus()
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["width"] > 0  # seen when it has the focus
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#aanbod"
    page.keyboard.press("Tab")  # the next stop is in the list, not on the map
    assert page.evaluate("!document.activeElement.closest('#kaart-blok')")
