"""The partner's activity pages (list, form, form with errors, preview, edit) pass
axe-core (WCAG 2.0/2.1 A and AA) and reflow at 320 CSS px, like the public
pages in ``pages.py``; here a partner is logged in first."""

import datetime

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.partners.factories import MembershipFactory

from .axe import axe_violations, describe
from .test_pages_reflow import LAYOUT

pytestmark = pytest.mark.django_db(transaction=True)


def _submit_empty(page) -> None:
    page.get_by_label("Titel").fill("")
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()


def _preview(page) -> None:
    page.get_by_label("Titel").fill("Kom erbij: breicafé")
    day = timezone.localdate() + datetime.timedelta(days=8)
    page.get_by_label("Datum (bij elke week: de eerste datum)").fill(day.isoformat())
    page.get_by_label("Begintijd").fill("10:00")
    page.get_by_label("Eindtijd").fill("12:00")
    with page.expect_navigation():
        page.get_by_role("button", name="Voorbeeld bekijken").click()


def _cancel_with_a_note(page) -> None:
    page.get_by_label("Toelichting voor bezoekers (niet verplicht)").fill("Zaal dicht")
    with page.expect_navigation():
        page.get_by_role(
            "button", name="Ja, de hele activiteit laten vervallen"
        ).click()


PARTNER_PAGES = {
    "partner-activiteiten": ("activiteiten/", None),
    "partner-activiteit-nieuw": ("activiteiten/nieuw/", None),
    "partner-activiteit-fouten": ("activiteiten/nieuw/", _submit_empty),
    "partner-activiteit-voorbeeld": ("activiteiten/nieuw/", _preview),
    "partner-activiteit-wijzigen": ("activiteiten/{activity}/wijzigen/", None),
    "partner-datum-laten-vervallen": (
        "activiteiten/{activity}/datum-laten-vervallen/?datum={occurrence}",
        None,
    ),
    "partner-activiteit-laten-vervallen": (
        "activiteiten/{activity}/gaat-niet-door/",
        None,
    ),
    # The edit page of a cancelled activity, with its "Toch laten doorgaan".
    "partner-activiteit-vervallen": (
        "activiteiten/{activity}/gaat-niet-door/",
        _cancel_with_a_note,
    ),
}


@pytest.fixture
def partner_page(page, site_data, live_server):
    """The browser tab, logged in as an editor of the site's first organisation,
    which has a weekly activity in an open campaign."""
    organization = site_data.organization
    user = MembershipFactory(organization=organization).user
    start = timezone.localdate() + datetime.timedelta(days=7)
    campaign = CampaignFactory(
        title="Samen de winter door",
        start_date=start,
        end_date=start + datetime.timedelta(days=20),
    )
    activity = ActivityFactory(
        title="Koffieochtend",
        location=organization.locations.first(),
        start_date=start,
        recurrence="FREQ=DAILY;COUNT=3",
        campaigns=[campaign],
    )
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.base = f"/partner/organisatie/{organization.pk}/"
    page.activity = activity
    return page


def _open(page, name: str) -> None:
    path, prepare = PARTNER_PAGES[name]
    occurrence = page.activity.occurrences.order_by("start").first()
    response = page.goto(
        page.base + path.format(activity=page.activity.pk, occurrence=occurrence.pk)
    )
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    if prepare:
        prepare(page)
        page.wait_for_load_state("networkidle")
    assert not page.broken_assets, page.broken_assets


@pytest.mark.parametrize("name", PARTNER_PAGES)
def test_partner_activity_page_has_no_wcag_violations(partner_page, axe_source, name):
    _open(partner_page, name)
    violations = axe_violations(partner_page, axe_source)
    assert not violations, (
        f"axe found {len(violations)} WCAG A/AA violation(s) on {partner_page.url}:\n"
        + describe(violations)
    )
    assert not partner_page.console_errors, partner_page.console_errors


@pytest.mark.parametrize(
    "browser_context_options",
    [{"viewport": {"width": 320, "height": 640}, "device_scale_factor": 1}],
    ids=["320px"],
)
@pytest.mark.parametrize("name", PARTNER_PAGES)
def test_partner_activity_page_reflows_at_320_px(partner_page, name):
    _open(partner_page, name)
    layout = partner_page.evaluate(LAYOUT)
    assert layout["scrollWidth"] <= layout["clientWidth"], (
        f"{partner_page.url} scrolls sideways: {layout['scrollWidth']} px"
    )
    lost = [c for c in layout["controls"] if not (c["shown"] and c["inside"])]
    assert not lost, f"hidden or cut off on {partner_page.url}: {lost}"
