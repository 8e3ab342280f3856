"""In headless Chromium: a referral handler (password and second factor) opens
the list, accepts a referral and records contact; axe-core finds nothing on
the list and the detail page, also with an error shown, and both reflow at
320 CSS px."""

import pytest
from django.conf import settings as django_settings
from django.test import Client

from meldpunt.models import StatusChange
from partners.constants import MembershipRole
from tests.conftest import otp_verify
from tests.meldpunt.factories import (
    PersonConcernedFactory,
    ReferralFactory,
    ReporterFactory,
)
from tests.partners.factories import MembershipFactory
from tests.sociale_kaart.factories import OrganizationFactory

from .axe import axe_violations, describe
from .test_pages_reflow import LAYOUT, SCREENS

pytestmark = pytest.mark.django_db(transaction=True)


def _log_in(page, live_server, user) -> None:
    """Password and second factor done by a test client; its session cookie
    goes into the browser (django-axes refuses ``client.login``)."""
    client = Client()
    client.force_login(user)
    otp_verify(client, user)
    page.context.add_cookies(
        [
            {
                "name": django_settings.SESSION_COOKIE_NAME,
                "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def _assert_axe_clean(page, axe_source) -> None:
    violations = axe_violations(page, axe_source)
    assert not violations, (
        f"axe found {len(violations)} WCAG A/AA violation(s) on {page.url}:\n"
        + describe(violations)
    )
    assert not page.console_errors, f"console errors on {page.url}"


def test_handler_accepts_and_records_contact(live_server, page, axe_source):
    organization = OrganizationFactory(name="Welzijn Lansingerland")
    handler = MembershipFactory(
        organization=organization,
        role=MembershipRole.REFERRAL_HANDLER,
        user__email="bram.jansen@voorbeeld.nl",
    ).user
    referral = ReferralFactory(
        organization=organization,
        report__kern="berkel-en-rodenrijs",
        report__share_with_partner=True,
    )
    ReporterFactory(report=referral.report, name="Anna de Wit")
    PersonConcernedFactory(report=referral.report, name="Els Bakker")
    other = ReferralFactory(organization=OrganizationFactory(name="Sportclub Anders"))
    reference = referral.report.formatted_reference
    _log_in(page, live_server, handler)

    page.goto("/partner/")
    page.get_by_role("link", name="Bekijk de doorverwijzingen").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("heading", name="Doorverwijzingen", exact=True).is_visible()
    assert other.report.formatted_reference not in page.content()
    _assert_axe_clean(page, axe_source)

    page.get_by_role("link", name=reference).click()
    page.wait_for_load_state("networkidle")
    assert "Els Bakker" in page.content() and "Anna de Wit" in page.content()
    _assert_axe_clean(page, axe_source)

    with page.expect_navigation():
        page.get_by_role("button", name="Melding afwijzen").click()
    assert page.title().startswith("Fout:")
    assert page.get_by_role("link", name="Schrijf waarom").is_visible()
    _assert_axe_clean(page, axe_source)

    with page.expect_navigation():
        page.get_by_role("button", name="Ik neem de melding aan").click()
    assert "Opgeslagen" in page.content()
    with page.expect_navigation():
        page.get_by_role("button", name="Contact vastleggen").click()
    assert page.title().startswith("Fout:")
    assert page.get_by_role(
        "link", name="Kies of de persoon nu van de melding weet."
    ).is_visible()
    _assert_axe_clean(page, axe_source)
    question = page.get_by_role("group", name="Weet de persoon nu van de melding?")
    question.get_by_label("nee, nog niet").check()
    page.get_by_label("Wie heeft de gegevens van de persoon?").fill(
        "Welzijn Lansingerland"
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Contact vastleggen").click()
    referral.refresh_from_db()
    referral.report.refresh_from_db()
    assert referral.status == "accepted"
    assert referral.report.status == "in-contact"
    change = StatusChange.objects.filter(report=referral.report).last()
    assert change.changed_by == handler
    _assert_axe_clean(page, axe_source)

    # Later the person is told: the handler corrects it on the same page.
    question = page.get_by_role("group", name="Weet de persoon nu van de melding?")
    question.get_by_label("ja", exact=True).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Contact bijwerken").click()
    referral.report.person_concerned.refresh_from_db()
    assert referral.report.person_concerned.knows_about_report == "yes"

    response = page.goto(f"/partner/doorverwijzingen/{other.pk}/")
    assert response.status == 404


@pytest.mark.parametrize("browser_context_options", [SCREENS["320px"]], ids=["320px"])
def test_list_and_detail_reflow_at_320_px(live_server, page):
    organization = OrganizationFactory(name="Welzijn Lansingerland")
    handler = MembershipFactory(
        organization=organization, role=MembershipRole.REFERRAL_HANDLER
    ).user
    referral = ReferralFactory(organization=organization)
    _log_in(page, live_server, handler)
    for path in (
        "/partner/doorverwijzingen/",
        f"/partner/doorverwijzingen/{referral.pk}/",
    ):
        page.goto(path)
        layout = page.evaluate(LAYOUT)
        assert layout["scrollWidth"] <= layout["clientWidth"], (
            f"{path} scrolls sideways"
        )
        lost = [c for c in layout["controls"] if not (c["shown"] and c["inside"])]
        assert not lost, f"hidden or cut off on {path}: {lost}"
