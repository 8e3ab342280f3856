"""In a real Chromium, the public map and the admin map work under the CSP.

The browser reports every Content Security Policy violation (an inline
script without the nonce, a style attribute, an image from another host);
these tests fail on the first one. PDOK tiles are answered with a local
image so the test never leaves the machine.
"""

import pytest
from playwright.sync_api import expect

from tests.activiteiten.factories import CampaignFactory
from tests.lansingerland.staff import add_authenticator_app, current_code
from tests.meldpunt.factories import ReportFactory
from tests.sociale_kaart.factories import LocationFactory

pytestmark = [pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.fixture
def page(page):
    """The browser tests' tab, also recording CSP violations as they happen."""
    page.context.add_init_script(RECORD_VIOLATIONS)
    page.console_messages = []
    page.on("console", lambda message: page.console_messages.append(message))
    return page


def _violations(page) -> list[str]:
    reported = page.evaluate("window.__cspViolations")
    console = [
        message.text
        for message in page.console_messages
        if "Content Security Policy" in message.text
    ]
    return reported + console


@pytest.fixture
def locations():
    return LocationFactory.create_batch(3)


@pytest.fixture
def coordinator_app(django_user_model):
    coordinator = django_user_model.objects.create_superuser(
        username="coordinator", password="a-long-test-password"
    )
    return add_authenticator_app(coordinator)


def test_public_map_draws_markers_without_violations(locations, live_server, page):
    page.goto(f"{live_server.url}/sociale-kaart/")
    page.wait_for_selector("#kaart .leaflet-marker-icon", state="attached")
    assert page.locator("#kaart .leaflet-marker-icon").count() >= 1
    assert page.locator("#kaart .leaflet-tile-loaded").count() >= 1
    assert _violations(page) == []


def test_admin_point_widget_works_without_violations(
    locations, coordinator_app, live_server, page
):
    location = locations[0]
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "coordinator")
    page.fill("#id_password", "a-long-test-password")
    page.fill("#id_otp_token", current_code(coordinator_app))
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    url = (
        f"{live_server.url}/admin/sociale_kaart/organization/"
        f"{location.organization.pk}/change/"
    )
    page.goto(url)
    page.wait_for_selector(".leaflet-container .leaflet-marker-icon", state="attached")
    assert page.locator(".leaflet-draw-toolbar, .leaflet-draw").count() >= 1
    # The point editor speaks Dutch (django-leaflet's admin left it English).
    titles = page.locator(".leaflet-draw a[title]").evaluate_all(
        "links => links.map(a => a.title)"
    )
    assert "Plek aanwijzen" in titles, titles
    assert not any("layers" in title for title in titles), titles
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_have_count(1)
    assert page.locator(".errornote, .errorlist").count() == 0
    assert _violations(page) == []


def _log_in(page, live_server, code: str = "") -> list[str]:
    """Log in through the admin's form; returns the login page's violations."""
    page.goto(f"{live_server.url}/admin/login/")
    violations = _violations(page)
    page.fill("#id_username", "coordinator")
    page.fill("#id_password", "a-long-test-password")
    page.fill("#id_otp_token", code)
    page.click("input[type=submit]")
    return violations


@pytest.fixture
def report():
    return ReportFactory()


@pytest.fixture
def new_coordinator(django_user_model):
    return django_user_model.objects.create_user(
        username="coordinator", password="a-long-test-password", is_staff=True
    )


def test_admin_pages_work_without_violations(
    locations, report, coordinator_app, live_server, page
):
    _log_in(page, live_server, current_code(coordinator_app))
    page.wait_for_url(f"{live_server.url}/admin/")
    violations = {}
    for path in (
        "/admin/",
        "/admin/meldpunt/report/",
        f"/admin/meldpunt/report/{report.pk}/change/",
        "/admin/sociale_kaart/organization/?status__exact=published",
        "/admin/sociale_kaart/organization/add/",
        "/admin/lansingerland/sitetext/",
    ):
        page.goto(f"{live_server.url}{path}")
        expect(page.locator("#content")).to_be_visible()
        violations[path] = _violations(page)
        page.console_messages.clear()
    assert violations == dict.fromkeys(violations, [])


def test_first_login_shows_the_qr_code_without_violations(
    new_coordinator, live_server, page
):
    assert _log_in(page, live_server) == []
    page.wait_for_url(f"{live_server.url}/beheer/tweestapsverificatie/")
    qr = page.locator("img[alt='QR-code voor de authenticator-app']")
    expect(qr).to_be_visible()
    assert qr.evaluate("image => image.naturalWidth") > 0
    assert _violations(page) == []


@pytest.fixture
def campaign():
    return CampaignFactory()


def test_public_pages_load_without_violations(locations, campaign, live_server, page):
    violations = {}
    for path in (
        "/",
        "/meldpunt/",
        "/activiteiten/",
        campaign.get_absolute_url(),
        locations[0].organization.get_absolute_url(),
        "/manifest/",
        "/privacy/",
        "/toegankelijkheid/",
    ):
        page.goto(f"{live_server.url}{path}")
        expect(page.locator("h1")).to_be_visible()
        violations[path] = _violations(page)
        page.console_messages.clear()
    page.goto(f"{live_server.url}/meldpunt/")
    page.click("button[type=submit], input[type=submit]")
    expect(page.locator("h1")).to_be_visible()
    violations["/meldpunt/ (sent empty)"] = _violations(page)
    assert violations == dict.fromkeys(violations, [])
