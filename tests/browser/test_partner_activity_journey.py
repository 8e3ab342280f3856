"""In headless Chromium: a partner whose changes need approval submits an activity
for the next Week tegen Eenzaamheid; a coordinator (password and authenticator
app) approves it; it then shows in the programme, the campaign's feed and the
printed programme."""

import datetime

import pytest
from django.utils import timezone

from activiteiten.constants import CampaignKind
from activiteiten.models import Campaign
from partners.models import PartnerSettings
from tests.activiteiten.factories import CampaignFactory
from tests.lansingerland.staff import add_authenticator_app, current_code
from tests.partners.factories import PASSWORD, MembershipFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Kom erbij: soep en verhalen"


def _week_against_loneliness() -> Campaign:
    """The running or next Week tegen Eenzaamheid; after this year's, next year's
    (the last Thursday of September, seven days), as a coordinator would add it."""
    today = timezone.localdate()
    campaign = (
        Campaign.objects.filter(
            kind=CampaignKind.WEEK_AGAINST_LONELINESS, end_date__gte=today
        )
        .order_by("start_date")
        .first()
    )
    if campaign:
        return campaign
    year = today.year + 1
    last_day = datetime.date(year, 9, 30)
    start = last_day - datetime.timedelta(days=(last_day.isoweekday() - 4) % 7)
    return CampaignFactory(
        kind=CampaignKind.WEEK_AGAINST_LONELINESS,
        title=f"Week tegen Eenzaamheid {year}",
        slug=f"week-tegen-eenzaamheid-{year}",
        start_date=start,
        end_date=start + datetime.timedelta(days=6),
    )


@pytest.fixture
def editor(site_data):
    organization = site_data.organization
    PartnerSettings.objects.create(
        organization=organization, changes_need_approval=True
    )
    return MembershipFactory(
        organization=organization, user__email="lotte.bakker@voorbeeld.nl"
    ).user


def _partner_logs_in(page, live_server, user):
    page.goto(f"{live_server.url}/partner/inloggen/")
    page.fill("#id_username", user.email)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{live_server.url}/partner/"


def _coordinator_logs_in(page, live_server, coordinator):
    device = add_authenticator_app(coordinator)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", coordinator.username)
    page.fill("#id_password", "a-long-test-password")
    page.fill("#id_otp_token", current_code(device))
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def test_partner_submits_coordinator_approves_programme_feed_and_print(
    site_data, editor, coordinator, live_server, browser, page
):
    campaign = _week_against_loneliness()
    day = campaign.start_date + datetime.timedelta(days=1)
    organization = site_data.organization

    # Partner: enter the activity and sign it up for the campaign.
    _partner_logs_in(page, live_server, editor)
    page.get_by_role("link", name=f"Activiteiten ({organization.name})").click()
    page.get_by_role("link", name="Nieuwe activiteit invoeren").click()
    page.get_by_label("Titel").fill(TITLE)
    page.get_by_label("Beschrijving").fill("Samen soep eten en verhalen delen.")
    page.get_by_label(campaign.title, exact=False).check()
    page.get_by_label("Datum (bij elke week: de eerste datum)").fill(day.isoformat())
    page.get_by_label("Begintijd").fill("12:00")
    page.get_by_label("Eindtijd").fill("13:30")
    page.get_by_label("Locatie op de sociale kaart").select_option(index=1)
    with page.expect_navigation():
        page.get_by_role("button", name="Voorbeeld bekijken").click()
    assert page.get_by_role(
        "heading", name="Voorbeeld van de openbare pagina"
    ).is_visible()
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()
    assert "Een coördinator kijkt de activiteit na" in page.content()
    assert "nog niet op de site" in page.content()

    # Not public yet.
    page.goto(live_server.url + campaign.get_absolute_url())
    assert TITLE not in page.content()

    # Coordinator: approve in the admin, in a browser of their own.
    admin = browser.new_context(base_url=live_server.url, locale="nl-NL")
    admin_page = admin.new_page()
    _coordinator_logs_in(admin_page, live_server, coordinator)
    admin_page.goto(f"{live_server.url}/admin/partners/pendingchange/")
    with admin_page.expect_navigation():
        admin_page.get_by_role("link", name=organization.name).first.click()
    assert "Nieuwe activiteit" in admin_page.content()
    assert campaign.title in admin_page.content()
    admin_page.goto(f"{live_server.url}/admin/partners/pendingchange/")
    admin_page.locator("input[name=_selected_action]").first.check()
    admin_page.locator("select[name=action]").select_option("approve")
    with admin_page.expect_navigation():
        admin_page.locator("button[name=index]").click()
    assert "1 wijziging(en) verwerkt" in admin_page.content()
    admin.close()

    # Public: programme, feed and print.
    page.goto(live_server.url + campaign.get_absolute_url())
    assert page.get_by_role("link", name=TITLE).first.is_visible()
    feed = page.request.get(f"{live_server.url}{campaign.get_absolute_url()}agenda.ics")
    assert feed.ok
    assert f"SUMMARY:{TITLE}" in feed.text()
    assert f"DTSTART;TZID=Europe/Amsterdam:{day:%Y%m%d}T120000" in feed.text()
    page.goto(f"{live_server.url}{campaign.get_absolute_url()}afdrukken/")
    assert TITLE in page.content()
