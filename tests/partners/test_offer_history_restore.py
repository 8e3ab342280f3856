"""Coordinators see who changed an offer and restore an earlier version,
themes, target groups and locations included."""

import pytest
from django.test import Client

from partners.models import Membership
from tests.conftest import otp_verify
from tests.partners.offer_forms import offer_post
from tests.sociale_kaart.factories import ServiceFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator_browser(coordinator):
    client = Client()
    client.force_login(coordinator)
    otp_verify(client, coordinator)
    return client


@pytest.fixture
def service(partner):
    organization = Membership.objects.get(user=partner).organization
    service = ServiceFactory(
        organization=organization,
        name="Koffie-inloop",
        locations=[organization.locations.get()],
    )
    service.themes.set([ThemeFactory(name="Ontmoeten")])
    return service


def _edit(partner_client, service, **changes):
    partner_client.post(
        f"/partner/organisatie/{service.organization_id}/aanbod/{service.pk}/wijzigen/",
        offer_post(service, **changes),
    )


def test_coordinator_sees_the_partners_change_in_the_offer_history(
    partner_client, service, coordinator_browser
):
    _edit(partner_client, service, name="Koffie-inloop plus")
    html = coordinator_browser.get(
        f"/admin/sociale_kaart/service/{service.pk}/history/"
    ).content.decode()
    assert "anna.devries@voorbeeld.nl" in html
    assert "gewijzigd door partner" in html


def test_restore_form_of_an_earlier_version_has_that_versions_themes(
    partner_client, service, coordinator_browser
):
    theme = service.themes.get()
    other = ThemeFactory(name="Bewegen")
    _edit(partner_client, service, name="Koffie-inloop plus", themes=[str(other.pk)])
    record = service.history.filter(name="Koffie-inloop plus").get()
    assert [row.theme_id for row in record.themes.all()] == [other.pk]
    earlier = record.prev_record
    response = coordinator_browser.get(
        f"/admin/sociale_kaart/service/{service.pk}/history/{earlier.history_id}/"
    )
    form = response.context["adminform"].form
    assert form.initial["themes"] == [theme.pk]
    assert form.initial["name"] == "Koffie-inloop"


def test_a_partner_cannot_open_the_offer_history_in_the_admin(partner_client, service):
    response = partner_client.get(f"/admin/sociale_kaart/service/{service.pk}/history/")
    assert response.status_code == 302
