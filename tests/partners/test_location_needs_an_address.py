"""A location must be findable: partners give street, house number, postcode and
place, for a new location and when they change one; coordinators in the admin
cannot save an empty location either (one rule:
``sociale_kaart.location_address``)."""

import pytest
from django.contrib.gis.geos import Point
from django.core.exceptions import ValidationError

from partners.models import Membership, PendingChange
from sociale_kaart.models import Location
from sociale_kaart.partner.editing import location_submit_new
from tests.sociale_kaart.factories import LocationFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

EMPTY = {
    "name": "",
    "street": "",
    "house_number": "",
    "house_letter": "",
    "house_number_addition": "",
    "postcode": "",
    "place": "",
    "kern": "",
}
MESSAGES = (
    "Vul de straat in.",
    "Vul een huisnummer in vanaf 1.",
    "Vul de postcode in, bijvoorbeeld 2665 AB.",
    "Vul de plaats in, bijvoorbeeld Bleiswijk.",
)


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


def test_an_empty_new_location_is_refused_with_a_message_per_field(
    partner_client, organization
):
    before = organization.locations.count()
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/locatie/nieuw/", EMPTY
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "De wijziging staat op de site." not in html
    for message in MESSAGES:
        assert message in html
    for field in ("street", "house_number", "postcode", "place"):
        assert f'href="#id_{field}"' in html  # the error summary links to it
    assert organization.locations.count() == before
    assert not PendingChange.objects.exists()


def test_what_was_typed_is_kept_when_part_of_the_address_is_missing(
    partner_client, organization
):
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/locatie/nieuw/",
        {**EMPTY, "name": "Buurtkamer Noord", "street": "Dorpsstraat"},
    )
    html = response.content.decode()
    assert 'value="Buurtkamer Noord"' in html and 'value="Dorpsstraat"' in html
    assert "Vul de straat in." not in html
    assert "Vul de plaats in, bijvoorbeeld Bleiswijk." in html
    assert not organization.locations.filter(name="Buurtkamer Noord").exists()


def test_editing_cannot_blank_the_address(partner_client, organization):
    location = organization.locations.first()
    street, postcode = location.street, location.postcode
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/locatie/{location.pk}/wijzigen/",
        {**EMPTY, "name": "Zonder adres"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vul de straat in." in html
    location.refresh_from_db()
    assert (location.street, location.postcode) == (street, postcode)
    assert location.name != "Zonder adres"


def test_the_service_refuses_a_location_without_address(partner, organization):
    with pytest.raises(ValidationError) as error:
        location_submit_new(
            organization=organization, user=partner, values={"name": "Leeg"}
        )
    assert set(error.value.message_dict) == {
        "street",
        "house_number",
        "postcode",
        "place",
    }
    assert not Location.objects.filter(name="Leeg").exists()


def _admin_data(organization, **values):
    return {
        "organization": organization.pk,
        **EMPTY,
        "point": "",
        "transport_note": "",
        **values,
    }


def test_a_coordinator_cannot_save_an_empty_location(coordinator_client):
    organization = OrganizationFactory(name="Stichting Overal")
    response = coordinator_client.post(
        "/admin/sociale_kaart/location/add/", _admin_data(organization)
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Een locatie zonder adres kan alleen als u de plek op de kaart" in html
    assert not organization.locations.exists()


def test_a_coordinator_cannot_save_half_an_address(coordinator_client):
    organization = OrganizationFactory(name="Stichting Overal")
    response = coordinator_client.post(
        "/admin/sociale_kaart/location/add/",
        _admin_data(organization, street="Dorpsstraat"),
    )
    html = response.content.decode()
    assert "Vul een huisnummer in vanaf 1." in html and 'value="Dorpsstraat"' in html
    assert not organization.locations.exists()


def test_a_coordinator_may_keep_a_location_for_the_whole_municipality(
    coordinator_client,
):
    organization = OrganizationFactory(name="Stichting Overal")
    response = coordinator_client.post(
        "/admin/sociale_kaart/location/add/",
        _admin_data(
            organization,
            point=Point(4.52, 52.0, srid=4326).geojson,
            point_is_approximate="on",
        ),
    )
    assert response.status_code == 302
    location = organization.locations.get()
    assert location.address == "" and location.point_is_approximate


def test_the_organisation_page_in_the_admin_refuses_an_empty_location(
    coordinator_client,
):
    organization = OrganizationFactory(name="Stichting Overal")
    prefix = "locations"
    data = {
        "name": organization.name,
        "slug": organization.slug,
        "description": organization.description,
        "status": organization.status,
        f"{prefix}-TOTAL_FORMS": "1",
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
        f"{prefix}-0-name": "Leeg gebouw",
        f"{prefix}-0-point": "",
    }
    response = coordinator_client.post(
        f"/admin/sociale_kaart/organization/{organization.pk}/change/", data
    )
    assert response.status_code == 200
    assert "Een locatie zonder adres kan alleen" in response.content.decode()
    assert not organization.locations.exists()


def test_a_coordinator_saves_an_imported_incomplete_address_unchanged(
    coordinator_client,
):
    # The coalition's data has locations with a street but no postcode: saving
    # them for something else must work; changing the address is checked.
    location = LocationFactory(
        organization=OrganizationFactory(name="Bibliotheek Voorbeeld"),
        street="Raadhuisplein",
        house_number=1,
        postcode="",
        place="Bergschenhoek",
        point=Point(4.5, 52.0, srid=4326),
    )
    values = {
        "name": "Bibliotheek, hoofdgebouw",
        "street": location.street,
        "house_number": location.house_number,
        "house_letter": "",
        "house_number_addition": "",
        "postcode": "",
        "place": location.place,
        "kern": location.kern,
        "point": location.point.geojson,
    }
    url = f"/admin/sociale_kaart/location/{location.pk}/change/"
    response = coordinator_client.post(
        url, _admin_data(location.organization, **values)
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    location.refresh_from_db()
    assert location.name == "Bibliotheek, hoofdgebouw"

    response = coordinator_client.post(
        url, _admin_data(location.organization, **{**values, "house_number": 3})
    )
    assert response.status_code == 200
    assert "Vul de postcode in" in response.content.decode()
    location.refresh_from_db()
    assert location.house_number == 1
