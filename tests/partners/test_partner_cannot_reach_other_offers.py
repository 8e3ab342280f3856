"""Authorization of offers: a member reaches their own organisation's offers and
nothing else, whatever URL or form field they send. Each rule has an allowed
and a denied case; denied requests get 404 or a form error and change nothing."""

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from partners.models import Membership, PendingChange
from sociale_kaart.models import Service
from sociale_kaart.partner.offers import offer_data_of, service_submit
from tests.partners.factories import MembershipFactory
from tests.partners.offer_forms import SCHEDULES, offer_post
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def own(partner):
    organization = Membership.objects.get(user=partner).organization
    service = ServiceFactory(
        organization=organization,
        name="Koffie-inloop",
        locations=[organization.locations.get()],
    )
    ServiceScheduleFactory(service=service, weekday=3)
    return service


@pytest.fixture
def other():
    organization = OrganizationFactory(name="Sportclub Andere Vereniging")
    location = LocationFactory(organization=organization, name="Sporthal")
    service = ServiceFactory(
        organization=organization, name="Walking football", locations=[location]
    )
    ServiceScheduleFactory(service=service, weekday=1)
    return service


def _urls(service):
    base = f"/partner/organisatie/{service.organization_id}/aanbod/"
    return [base, base + "nieuw/", base + f"{service.pk}/wijzigen/"]


def test_member_reaches_own_offer_pages(partner_client, own):
    for url in _urls(own):
        assert partner_client.get(url).status_code == 200, url


def test_member_gets_404_on_every_offer_page_of_another_organisation(
    partner_client, other
):
    for url in _urls(other):
        assert partner_client.get(url).status_code == 404, url
    assert "Walking football" not in partner_client.get("/partner/").content.decode()


def test_member_cannot_change_another_organisations_offer(partner_client, other):
    response = partner_client.post(
        _urls(other)[2], offer_post(other, name="Overgenomen")
    )
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.name == "Walking football"


def test_another_offer_under_the_own_organisation_in_the_url_gives_404(
    partner_client, own, other
):
    url = f"/partner/organisatie/{own.organization_id}/aanbod/{other.pk}/wijzigen/"
    assert partner_client.get(url).status_code == 404
    response = partner_client.post(url, offer_post(other, name="Overgenomen"))
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.name == "Walking football"


def test_member_cannot_add_an_offer_to_another_organisation(partner_client, other):
    response = partner_client.post(_urls(other)[1], offer_post(name="Sluipweg"))
    assert response.status_code == 404
    assert not Service.objects.filter(name="Sluipweg").exists()


def test_own_location_is_accepted(partner_client, own):
    location = LocationFactory(organization=own.organization, name="Tweede zaal")
    partner_client.post(_urls(own)[2], offer_post(own, locations=[str(location.pk)]))
    assert list(own.locations.all()) == [location]


def test_a_location_of_another_organisation_is_a_form_error(partner_client, own, other):
    foreign = other.locations.get()
    response = partner_client.post(
        _urls(own)[2], offer_post(own, name="Nieuw", locations=[str(foreign.pk)])
    )
    assert response.status_code == 200
    assert "Kies alleen locaties van uw eigen organisatie." in response.content.decode()
    own.refresh_from_db()
    assert own.name == "Koffie-inloop"
    assert foreign not in own.locations.all()
    assert not PendingChange.objects.exists()


def test_a_period_id_of_another_offer_is_a_form_error(partner_client, own, other):
    foreign = other.schedules.get()
    data = offer_post(own)
    data[f"{SCHEDULES}-0-id"] = str(foreign.pk)
    data[f"{SCHEDULES}-0-opens_at"] = "06:00"
    response = partner_client.post(_urls(own)[2], data)
    assert response.status_code == 200
    assert "Deze regel hoort niet bij dit aanbod." in response.content.decode()
    foreign.refresh_from_db()
    assert foreign.opens_at.hour == 9 and foreign.service == other


def test_a_period_deleted_by_id_of_another_offer_stays(partner_client, own, other):
    foreign = other.schedules.get()
    data = offer_post(own)
    data[f"{SCHEDULES}-0-id"] = str(foreign.pk)
    data[f"{SCHEDULES}-0-DELETE"] = "on"
    partner_client.post(_urls(own)[2], data)
    assert other.schedules.filter(pk=foreign.pk).exists()


def test_member_sees_own_offer_history_but_not_another_organisations(
    partner_client, own, other
):
    assert (
        partner_client.get(
            f"/partner/organisatie/{own.organization_id}/geschiedenis/"
        ).status_code
        == 200
    )
    assert (
        partner_client.get(
            f"/partner/organisatie/{other.organization_id}/geschiedenis/"
        ).status_code
        == 404
    )


def test_referral_handler_only_cannot_edit_offers(client, own):
    membership = MembershipFactory(
        organization=own.organization, role="referral_handler"
    )
    client.force_login(membership.user)
    device = TOTPDevice.objects.create(user=membership.user, confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id  # second factor passed
    session.save()
    assert client.get("/partner/").status_code == 200
    for url in _urls(own):
        assert client.get(url).status_code == 404, url
    response = client.post(_urls(own)[2], offer_post(own, name="Overgenomen"))
    assert response.status_code == 404
    own.refresh_from_db()
    assert own.name == "Koffie-inloop"


def test_anonymous_visitor_goes_to_the_login(client, own):
    response = client.get(_urls(own)[0])
    assert response.status_code == 302
    assert response["Location"].startswith("/partner/inloggen/")


def test_the_service_refuses_an_offer_of_another_organisation(partner, own, other):
    with pytest.raises(ValueError):
        service_submit(
            organization=own.organization,
            user=partner,
            service=other,
            data={**offer_data_of(other), "name": "Overgenomen"},
        )
    other.refresh_from_db()
    assert other.name == "Walking football"


def test_the_service_saves_an_own_offer(partner, own):
    service_submit(
        organization=own.organization,
        user=partner,
        service=own,
        data={**offer_data_of(own), "name": "Koffie-inloop op dinsdag"},
    )
    own.refresh_from_db()
    assert own.name == "Koffie-inloop op dinsdag"
