"""Coordinators find the partner area's records in the admin; partners don't."""

import pytest

from partners.models import Membership
from partners.services import membership_invite
from tests.sociale_kaart.factories import LocationFactory

pytestmark = pytest.mark.django_db

PAGES = [
    "/admin/partners/membership/",
    "/admin/partners/membership/uitnodigen/",
    "/admin/partners/invitation/",
    "/admin/partners/pendingchange/",
    "/admin/partners/joinrequest/",
    "/admin/partners/verificationrequest/",
    "/admin/partners/digestrun/",
    "/admin/sociale_kaart/location/",
]


def test_coordinator_opens_every_partner_admin_page(coordinator_client, partner):
    membership = Membership.objects.get(user=partner)
    membership_invite(email="nieuw@voorbeeld.nl", organization=membership.organization)
    location = membership.organization.locations.get()
    pages = [
        *PAGES,
        f"/admin/partners/membership/{membership.pk}/change/",
        f"/admin/sociale_kaart/organization/{membership.organization.pk}/change/",
        f"/admin/sociale_kaart/location/{location.pk}/history/",
    ]
    for url in pages:
        assert coordinator_client.get(url).status_code == 200, url


def test_organisation_admin_shows_partner_settings_and_members(
    coordinator_client, partner
):
    organization = Membership.objects.get(user=partner).organization
    html = coordinator_client.get(
        f"/admin/sociale_kaart/organization/{organization.pk}/change/"
    ).content.decode()
    assert "Wijzigingen vooraf goedkeuren" in html
    assert "anna.devries@voorbeeld.nl" in html


def test_coordinator_sets_approval_for_an_organisation(coordinator_client, partner):
    organization = Membership.objects.get(user=partner).organization
    location = organization.locations.get()
    membership = Membership.objects.get(user=partner)
    data = {
        "name": organization.name,
        "slug": organization.slug,
        "description": organization.description,
        "website": organization.website,
        "email": "",
        "phone": organization.phone,
        "status": "published",
        "locations-TOTAL_FORMS": "1",
        "locations-INITIAL_FORMS": "1",
        "locations-0-id": location.pk,
        "locations-0-organization": organization.pk,
        "locations-0-street": location.street,
        "locations-0-house_number": location.house_number,
        "locations-0-postcode": location.postcode,
        "locations-0-place": location.place,
        "locations-0-kern": location.kern,
        "locations-0-point": location.point.geojson,
        "partner_settings-TOTAL_FORMS": "1",
        "partner_settings-INITIAL_FORMS": "0",
        "partner_settings-0-changes_need_approval": "on",
        "memberships-TOTAL_FORMS": "1",
        "memberships-INITIAL_FORMS": "1",
        "memberships-0-id": membership.pk,
        "memberships-0-organization": organization.pk,
        "memberships-0-role": "editor",
        "memberships-0-start_date": membership.start_date.isoformat(),
    }
    response = coordinator_client.post(
        f"/admin/sociale_kaart/organization/{organization.pk}/change/", data
    )
    assert response.status_code == 302, response.context["errors"]
    organization.partner_settings.refresh_from_db()
    assert organization.partner_settings.changes_need_approval


@pytest.mark.parametrize("url", PAGES)
def test_partner_cannot_open_partner_admin_pages(partner_client, url):
    response = partner_client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_location_history_page_query_count_is_constant(
    partner_client, partner, django_assert_max_num_queries
):
    organization = Membership.objects.get(user=partner).organization
    for _ in range(10):
        LocationFactory(organization=organization)
    # Six histories (organisation, locations, offers, periods, closures,
    # activities), each its rows plus their previous versions.
    with django_assert_max_num_queries(20):
        response = partner_client.get(
            f"/partner/organisatie/{organization.pk}/geschiedenis/"
        )
    assert response.status_code == 200
