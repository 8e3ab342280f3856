"""Authorization: a partner reaches their own organisation and nothing else.

Each rule has an allowed and a denied case; denied requests get 404 or 403
and change nothing.
"""

import datetime

import pytest
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from partners.models import Membership
from tests.partners.factories import MembershipFactory, UserFactory
from tests.sociale_kaart.factories import LocationFactory, OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def own(partner):
    return Membership.objects.get(user=partner).organization


@pytest.fixture
def other():
    organization = OrganizationFactory(name="Sportclub Andere Vereniging")
    LocationFactory(organization=organization, name="Sporthal")
    return organization


def _pages(organization):
    location = organization.locations.first()
    return [
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        f"/partner/organisatie/{organization.pk}/locatie/{location.pk}/wijzigen/",
        f"/partner/organisatie/{organization.pk}/geschiedenis/",
    ]


def _organization_post(organization, **changes):
    return {
        "name": organization.name,
        "description": "",
        "website": "",
        "email": "",
        "phone": "",
        "save": "1",
        **changes,
    }


def test_member_sees_own_pages(partner_client, own):
    for url in _pages(own):
        assert partner_client.get(url).status_code == 200, url


def test_member_gets_404_on_every_page_of_another_organisation(partner_client, other):
    for url in _pages(other):
        assert partner_client.get(url).status_code == 404, url


def test_member_cannot_change_another_organisation(partner_client, other):
    response = partner_client.post(
        f"/partner/organisatie/{other.pk}/wijzigen/",
        _organization_post(other, name="Overgenomen"),
    )
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.name == "Sportclub Andere Vereniging"


def test_member_cannot_confirm_another_organisation(partner_client, other):
    response = partner_client.post(f"/partner/organisatie/{other.pk}/bevestigen/")
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.last_verified_at is None


def test_member_confirms_own_organisation(partner_client, own):
    response = partner_client.post(f"/partner/organisatie/{own.pk}/bevestigen/")
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.last_verified_at == timezone.localdate()


def test_another_organisations_location_under_own_organisation_url_is_404(
    partner_client, own, other
):
    foreign = other.locations.get()
    url = f"/partner/organisatie/{own.pk}/locatie/{foreign.pk}/wijzigen/"
    assert partner_client.get(url).status_code == 404
    response = partner_client.post(url, {"street": "Gekaapt", "kern": "bleiswijk"})
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.street != "Gekaapt"


def test_an_organisation_field_in_the_post_is_ignored(partner_client, own, other):
    location = own.locations.get()
    partner_client.post(
        f"/partner/organisatie/{own.pk}/locatie/{location.pk}/wijzigen/",
        {
            "street": "Dorpsstraat",
            "house_number": "12",
            "postcode": "2665 BJ",
            "place": "Bleiswijk",
            "kern": "bleiswijk",
            "organization": other.pk,
        },
    )
    location.refresh_from_db()
    assert location.organization_id == own.pk
    assert location.street == "Dorpsstraat"
    assert not other.locations.filter(street="Dorpsstraat").exists()


def test_fields_partners_may_not_change_are_ignored(partner_client, own):
    partner_client.post(
        f"/partner/organisatie/{own.pk}/wijzigen/",
        _organization_post(
            own, status="hidden", slug="gekaapt", is_coalition_partner="on"
        ),
    )
    own.refresh_from_db()
    assert own.status == "published"
    assert own.slug != "gekaapt"
    assert not own.is_coalition_partner


def test_ended_membership_has_no_access(client, own):
    membership = MembershipFactory(
        organization=own,
        start_date=timezone.localdate() - datetime.timedelta(days=30),
        end_date=timezone.localdate() - datetime.timedelta(days=1),
    )
    client.force_login(membership.user)
    assert client.get("/partner/").status_code == 403
    for url in _pages(own):
        assert client.get(url).status_code in (403, 404), url


def test_membership_ending_today_still_has_access(client, own):
    membership = MembershipFactory(organization=own, end_date=timezone.localdate())
    client.force_login(membership.user)
    assert client.get(_pages(own)[0]).status_code == 200


def test_logged_in_user_without_membership_sees_nothing(client, own):
    client.force_login(UserFactory())
    response = client.get("/partner/")
    assert response.status_code == 403
    assert "Geen toegang" in response.content.decode()
    for url in _pages(own):
        assert client.get(url).status_code in (403, 404), url


def test_anonymous_visitor_is_sent_to_the_partner_login(client, own):
    for url in ["/partner/", *_pages(own)]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/partner/inloggen/?next=")


def test_staff_are_pointed_to_the_admin_not_the_partner_area(coordinator_client, own):
    response = coordinator_client.get("/partner/")
    assert response.status_code == 403
    assert "/admin/" in response.content.decode()
    assert coordinator_client.get(_pages(own)[0]).status_code == 403
    assert (
        coordinator_client.get("/admin/sociale_kaart/organization/").status_code == 200
    )


def test_partner_cannot_use_the_admin(partner_client):
    response = partner_client.get("/admin/sociale_kaart/organization/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_referral_handler_role_cannot_edit_the_organisation(client, own):
    membership = MembershipFactory(organization=own, role="referral_handler")
    client.force_login(membership.user)
    device = TOTPDevice.objects.create(user=membership.user, confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id  # second factor passed
    session.save()
    assert client.get("/partner/").status_code == 200
    assert client.get(_pages(own)[0]).status_code == 404
