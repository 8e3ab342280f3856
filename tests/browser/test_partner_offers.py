"""In headless Chromium: a partner invited by mail sets a password, adds a
Tuesday period to an offer, sees it live (or waiting for approval), confirms
the listing, and cannot reach another partner's offer. axe-core finds nothing
on the partner area's offer pages, error and preview states included."""

import re

import pytest
from django.core import mail

from partners.models import PartnerSettings
from partners.services import membership_invite
from sociale_kaart.models import Organization
from tests.partners.factories import PASSWORD, MembershipFactory
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
    TargetGroupFactory,
    ThemeFactory,
)

from .axe import axe_violations, describe
from .test_admin_pages_pass_axe import SCROLL_BOXES
from .test_pages_reflow import LAYOUT

NEW_PASSWORD = "zonnebloem-koffie-2026"

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def offers():
    """Buurthuis De Linde with one offer (Wednesday mornings), and another
    organisation's offer the partner must not reach."""
    organization = OrganizationFactory(name="Buurthuis De Linde", phone="010 1")
    location = LocationFactory(organization=organization, name="Grote zaal")
    service = ServiceFactory(
        organization=organization, name="Koffie-inloop", locations=[location]
    )
    ServiceScheduleFactory(service=service, weekday=3)
    ThemeFactory(name="Ontmoeten")
    TargetGroupFactory(name="Ouderen")
    other = ServiceFactory(
        organization=OrganizationFactory(name="Sportclub Anders"),
        name="Walking football",
    )
    return organization, service, other


def _accept_invitation(page, live_server, organization):
    membership_invite(email="bram.jansen@voorbeeld.nl", organization=organization)
    body = mail.outbox[-1].body
    path = re.search(r"https?://[^/\s]+(/partner/uitnodiging/\S+/)", body)[1]
    page.goto(live_server.url + path)
    page.fill("#id_new_password1", NEW_PASSWORD)
    page.fill("#id_new_password2", NEW_PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_server.url + "/partner/"


def _add_tuesday(page, service):
    page.get_by_role("link", name=f"wijzigen ({service.name})").first.click()
    page.wait_for_load_state()
    row = page.get_by_role("group", name="Openingstijd 2")
    row.get_by_label("Dag").select_option(label="dinsdag")
    row.get_by_label("Van").fill("10:00")
    row.get_by_label("Tot").fill("12:00")
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()


def test_invited_partner_edits_an_offer_sees_it_live_and_confirms(
    live_server, page, offers
):
    organization, service, other = offers
    _accept_invitation(page, live_server, organization)
    assert "Walking football" not in page.content()

    _add_tuesday(page, service)
    assert "De wijziging staat op de site" in page.content()
    page.goto(service.get_absolute_url())
    assert page.get_by_text("dinsdag: 10:00–12:00").is_visible()

    page.goto("/partner/")
    with page.expect_navigation():
        page.get_by_role("button", name="Alles klopt nog").click()
    assert Organization.objects.get(pk=organization.pk).last_verified_at is not None

    url = f"/partner/organisatie/{other.organization_id}/aanbod/{other.pk}/wijzigen/"
    assert page.goto(url).status == 404
    mixed = f"/partner/organisatie/{organization.pk}/aanbod/{other.pk}/wijzigen/"
    assert page.goto(mixed).status == 404


def test_with_approval_the_offer_change_waits(live_server, page, offers):
    organization, service, _other = offers
    PartnerSettings.objects.create(
        organization=organization, changes_need_approval=True
    )
    _accept_invitation(page, live_server, organization)
    _add_tuesday(page, service)
    assert "Een coördinator kijkt uw wijziging na" in page.content()
    assert page.get_by_text("Een wijziging wacht op goedkeuring").is_visible()
    page.goto(service.get_absolute_url())
    assert "dinsdag" not in page.content()


def test_a_bad_period_shows_a_dutch_error_and_keeps_what_was_typed(
    live_server, page, offers
):
    organization, service, _other = offers
    _log_in(page, organization)
    page.goto(f"/partner/organisatie/{organization.pk}/aanbod/{service.pk}/wijzigen/")
    _type_bad_period(page)
    summary = page.locator("#foutmeldingen")
    assert summary.is_visible()
    assert "De eindtijd moet na de begintijd liggen." in summary.inner_text()
    row = page.get_by_role("group", name="Openingstijd 2")
    assert row.get_by_label("Van").input_value() == "10:00"
    assert row.get_by_label("Tot").input_value() == "09:00"
    assert service.schedules.count() == 1


def _log_in(page, organization):
    membership = MembershipFactory(
        organization=organization, user__email="carla.smit@voorbeeld.nl"
    )
    page.goto("/partner/inloggen/")
    page.get_by_label("E-mailadres").fill(membership.user.email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Inloggen").click()
    assert page.url.endswith("/partner/")


def _type_bad_period(page):
    row = page.get_by_role("group", name="Openingstijd 2")
    row.get_by_label("Dag").select_option(label="dinsdag")
    row.get_by_label("Van").fill("10:00")
    row.get_by_label("Tot").fill("09:00")
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()


def _preview(page):
    page.get_by_label("Naam").fill("Koffie-inloop met taart")
    with page.expect_navigation():
        page.get_by_role("button", name="Voorbeeld bekijken").click()
    assert page.get_by_role("heading", name="Voorbeeld van de openbare pagina")


def _type_bad_address(page):
    page.fill("#id_street", "Dorpsstraat")
    page.fill("#id_place", "Bleiswijk")
    page.fill("#id_house_number", "-5")
    page.fill("#id_postcode", "12")
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()
    assert "Er zijn 2 dingen die u moet verbeteren" in page.content()


def _save_empty_location(page):
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()
    assert "Er zijn 4 dingen die u moet verbeteren" in page.content()
    assert page.get_by_role("link", name="Vul de straat in.").is_visible()


PARTNER_PAGES = [
    ("dashboard", lambda org, service: "/partner/", None),
    ("aanbod", lambda org, service: f"/partner/organisatie/{org.pk}/aanbod/", None),
    (
        "aanbod-nieuw",
        lambda org, service: f"/partner/organisatie/{org.pk}/aanbod/nieuw/",
        None,
    ),
    (
        "aanbod-fouten",
        lambda org, service: (
            f"/partner/organisatie/{org.pk}/aanbod/{service.pk}/wijzigen/"
        ),
        _type_bad_period,
    ),
    (
        "aanbod-voorbeeld",
        lambda org, service: (
            f"/partner/organisatie/{org.pk}/aanbod/{service.pk}/wijzigen/"
        ),
        _preview,
    ),
    (
        "geschiedenis",
        lambda org, service: f"/partner/organisatie/{org.pk}/geschiedenis/",
        None,
    ),
    (
        "locatie-nieuw",
        lambda org, service: f"/partner/organisatie/{org.pk}/locatie/nieuw/",
        None,
    ),
    (
        "locatie-fouten",
        lambda org, service: f"/partner/organisatie/{org.pk}/locatie/nieuw/",
        _type_bad_address,
    ),
    (
        "locatie-leeg",
        lambda org, service: f"/partner/organisatie/{org.pk}/locatie/nieuw/",
        _save_empty_location,
    ),
]


@pytest.mark.parametrize(
    ("path", "prepare"),
    [(path, prepare) for _name, path, prepare in PARTNER_PAGES],
    ids=[name for name, _path, _prepare in PARTNER_PAGES],
)
def test_partner_offer_pages_pass_axe(
    live_server, page, offers, axe_source, path, prepare
):
    organization, service, _other = offers
    _log_in(page, organization)
    page.goto(path(organization, service))
    page.wait_for_load_state("networkidle")
    if prepare:
        prepare(page)
        page.wait_for_load_state("networkidle")
    violations = axe_violations(page, axe_source)
    assert not violations, (
        f"axe found {len(violations)} WCAG A/AA violation(s) on {page.url}:\n"
        + describe(violations)
    )
    assert not page.console_errors, page.console_errors
    assert not page.broken_assets, page.broken_assets


@pytest.mark.parametrize(
    "browser_context_options",
    [{"viewport": {"width": 320, "height": 640}, "device_scale_factor": 1}],
    ids=["320px"],
)
@pytest.mark.parametrize(
    ("path", "prepare"),
    [(path, prepare) for _name, path, prepare in PARTNER_PAGES],
    ids=[name for name, _path, _prepare in PARTNER_PAGES],
)
def test_partner_offer_pages_reflow_at_320_px(live_server, page, offers, path, prepare):
    organization, service, _other = offers
    _log_in(page, organization)
    # A partner edit gives the history page a row with a long old → new text.
    service.description = "Koffie, thee en een praatje voor iedereen. " * 8
    service.save()
    page.goto(path(organization, service))
    page.wait_for_load_state("networkidle")
    if prepare:
        prepare(page)
        page.wait_for_load_state("networkidle")
    layout = page.evaluate(LAYOUT)
    assert layout["scrollWidth"] <= layout["clientWidth"], (
        f"{page.url} scrolls sideways: content is {layout['scrollWidth']} px wide "
        f"in a {layout['clientWidth']} px window"
    )
    if page.url.endswith("/aanbod/"):
        # Not even inside a scrolling box (as the history's data tables do):
        # the offer list was a table 376 px wide.
        wide = page.evaluate(SCROLL_BOXES)
        assert not wide, f"{page.url}: boxes scroll sideways at 320 px: {wide}"
