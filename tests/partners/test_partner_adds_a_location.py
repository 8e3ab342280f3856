"""A partner adds a location to their organisation: live at once, or waiting
for a coordinator when the organisation's changes need approval; the address
is looked up on the map after saving and the history names the partner."""

import pytest
from django.test import Client

from partners.constants import ChangeStatus, ChangeTarget
from partners.models import Membership, PartnerSettings, PendingChange
from sociale_kaart.models import Location
from tests.conftest import otp_verify
from tests.partners.factories import MembershipFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

NEW = {
    "name": "Buurtkamer Bleiswijk",
    "street": "Dorpsstraat",
    "house_number": "12",
    "postcode": "2665 BJ",
    "place": "Bleiswijk",
    "kern": "bleiswijk",
}


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


def _url(organization) -> str:
    return f"/partner/organisatie/{organization.pk}/locatie/nieuw/"


def test_the_dashboard_links_to_adding_a_location(partner_client, organization):
    html = partner_client.get("/partner/").content.decode()
    assert f'href="{_url(organization)}"' in html
    assert "Locatie toevoegen" in html


def test_partner_adds_a_location_and_it_is_geocoded_after_saving(
    partner_client, partner, organization, pdok, django_capture_on_commit_callbacks
):
    pdok.answers["Dorpsstraat 12"] = "dorpsstraat_bleiswijk.json"
    with django_capture_on_commit_callbacks(execute=True):
        response = partner_client.post(_url(organization), NEW, follow=True)
    assert "De wijziging staat op de site." in response.content.decode()
    location = organization.locations.get(name="Buurtkamer Bleiswijk")
    assert (location.point.x, location.point.y) == (4.53211, 52.01102)
    record = location.history.earliest()
    assert record.history_type == "+"
    assert record.history_user == partner
    assert not PendingChange.objects.exists()


def test_a_wrong_postcode_is_refused_and_kept_in_the_form(partner_client, organization):
    response = partner_client.post(_url(organization), {**NEW, "postcode": "12"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="#id_postcode"' in html and 'value="12"' in html
    assert not organization.locations.filter(name="Buurtkamer Bleiswijk").exists()


def test_with_approval_the_new_location_waits_and_a_coordinator_creates_it(
    partner_client,
    partner,
    organization,
    coordinator,
    pdok,
    django_capture_on_commit_callbacks,
):
    pdok.answers["Dorpsstraat 12"] = "dorpsstraat_bleiswijk.json"
    PartnerSettings.objects.create(
        organization=organization, changes_need_approval=True
    )
    response = partner_client.post(_url(organization), NEW, follow=True)
    assert "Een coördinator kijkt uw wijziging na" in response.content.decode()
    assert not organization.locations.filter(name="Buurtkamer Bleiswijk").exists()
    change = PendingChange.objects.get()
    assert change.target == ChangeTarget.LOCATION and change.location is None
    assert change.is_new and change.target_object is None

    browser = Client()
    browser.force_login(coordinator)
    otp_verify(browser, coordinator)
    page = browser.get(f"/admin/partners/pendingchange/{change.pk}/change/")
    assert "nieuwe locatie" in page.content.decode()
    assert "straat" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        browser.post(
            "/admin/partners/pendingchange/",
            {"action": "approve", "_selected_action": [change.pk]},
        )
    change.refresh_from_db()
    assert change.status == ChangeStatus.APPROVED
    location = organization.locations.get(name="Buurtkamer Bleiswijk")
    assert change.location == location
    assert location.point is not None
    record = location.history.earliest()
    assert record.history_user == partner
    assert "goedgekeurd door coordinator" in record.history_change_reason


def test_an_editor_of_another_organisation_cannot_add_a_location_here(
    client, organization
):
    stranger = MembershipFactory(organization=OrganizationFactory()).user
    client.force_login(stranger)
    assert client.get(_url(organization)).status_code == 404
    assert client.post(_url(organization), NEW).status_code == 404
    assert not Location.objects.filter(name="Buurtkamer Bleiswijk").exists()
    assert not PendingChange.objects.exists()
