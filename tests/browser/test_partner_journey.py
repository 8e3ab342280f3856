"""In headless Chromium (the session's shared one): invited by mail, set a
password, edit, confirm; another organisation's pages stay out of reach."""

import re

import pytest
from django.core import mail

from partners.models import PartnerSettings
from partners.services import membership_invite
from sociale_kaart.models import Organization
from tests.sociale_kaart.factories import LocationFactory, OrganizationFactory

PASSWORD = "zonnebloem-koffie-2026"

# The browser tests' shared fixtures (tests/browser/conftest.py): one Chromium
# for the whole session and a fresh ``page`` (own cookies) per test.
pytestmark = pytest.mark.django_db(transaction=True)


def _invite(live_server, organization):
    membership_invite(email="bram.jansen@voorbeeld.nl", organization=organization)
    body = mail.outbox[-1].body
    path = re.search(r"https?://[^/\s]+(/partner/uitnodiging/\S+/)", body)[1]
    return live_server.url + path


def _set_password(page, link):
    page.goto(link)
    page.fill("#id_new_password1", PASSWORD)
    page.fill("#id_new_password2", PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_invited_partner_sets_a_password_edits_and_confirms(live_server, page):
    organization = OrganizationFactory(name="Buurthuis De Linde", phone="010 1")
    LocationFactory(organization=organization)
    other = OrganizationFactory(name="Sportclub Anders")
    _set_password(page, _invite(live_server, organization))
    assert page.url == live_server.url + "/partner/"
    assert page.get_by_role("heading", name="Buurthuis De Linde").is_visible()
    assert "Sportclub Anders" not in page.content()

    page.get_by_role("link", name="Gegevens van de organisatie wijzigen").click()
    page.fill("#id_phone", "010 765 43 21")
    page.fill("#id_description", "<p>Koffie</p><script>alert(1)</script>")
    with page.expect_navigation():
        page.get_by_role("button", name="Voorbeeld bekijken").click()
    assert page.get_by_role(
        "heading", name="Voorbeeld van de openbare pagina"
    ).is_visible()
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()
    assert "De wijziging staat op de site" in page.content()
    page.goto(live_server.url + organization.get_absolute_url())
    # Stored as +31107654321, shown the Dutch way as a link that calls it.
    assert "010 765 4321" in page.content()
    assert 'href="tel:+31107654321"' in page.content()

    page.goto(live_server.url + "/partner/")
    with page.expect_navigation():
        page.get_by_role("button", name="Alles klopt nog").click()
    organization.refresh_from_db()
    assert organization.last_verified_at is not None
    assert organization.history.first().history_user.email == "bram.jansen@voorbeeld.nl"

    response = page.goto(live_server.url + f"/partner/organisatie/{other.pk}/wijzigen/")
    assert response.status == 404


def test_with_approval_the_change_waits(live_server, page):
    organization = OrganizationFactory(name="Buurthuis De Linde", phone="010 1")
    PartnerSettings.objects.create(
        organization=organization, changes_need_approval=True
    )
    _set_password(page, _invite(live_server, organization))
    page.goto(live_server.url + f"/partner/organisatie/{organization.pk}/wijzigen/")
    page.fill("#id_phone", "010 765 43 21")
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()
    assert "1 wijziging wacht op goedkeuring" in page.content()
    assert Organization.objects.get(pk=organization.pk).phone == "010 1"
