"""A coordinator types an address; the map point comes from PDOK, exactly."""

import pytest
from django.contrib.gis.geos import Point

from sociale_kaart.constants import MUNICIPALITY_BBOX, GeocodeStatus
from sociale_kaart.models import Location
from sociale_kaart.services import location_geocode
from tests.sociale_kaart.factories import LocationFactory

pytestmark = pytest.mark.django_db

OLD_POINT = Point(4.5, 52.0, srid=4326)


def bleiswijk_location(**address):
    return LocationFactory(
        street="Dorpsstraat",
        house_number=12,
        postcode="2665 BJ",
        place="Bleiswijk",
        point=OLD_POINT,
        point_is_approximate=True,
        **address,
    )


def test_bleiswijk_address_lands_inside_the_municipality(pdok):
    pdok.answers["Dorpsstraat 12"] = "dorpsstraat_bleiswijk.json"
    location = location_geocode(location_id=bleiswijk_location().pk)
    west, south, east, north = MUNICIPALITY_BBOX
    assert location.geocode_status == GeocodeStatus.FOUND
    assert west < location.point.x < east and south < location.point.y < north
    assert (location.point.x, location.point.y) == (4.53211, 52.01102)
    assert location.point_is_approximate is False
    (request,) = pdok.requests
    assert request["fq"] == ["type:adres"]


@pytest.mark.parametrize(
    ("letter", "addition", "expected"),
    [("a", "", (4.53225, 52.01110)), ("", "1", (4.53240, 52.01118))],
)
def test_house_letter_and_addition_pick_the_exact_address(
    pdok, letter, addition, expected
):
    pdok.answers["Dorpsstraat 12"] = "dorpsstraat_bleiswijk.json"
    location = bleiswijk_location(house_letter=letter, house_number_addition=addition)
    location = location_geocode(location_id=location.pk)
    assert (location.point.x, location.point.y) == expected


def test_unknown_address_is_saved_and_flagged_for_a_coordinator(pdok):
    pdok.answers["Dorpsstraat 12"] = "dorpsstraat_bleiswijk.json"
    location = bleiswijk_location(house_letter="c")
    location = location_geocode(location_id=location.pk)
    assert location.geocode_status == GeocodeStatus.NOT_FOUND
    assert location.point == OLD_POINT and location.point_is_approximate


def test_geocoder_down_keeps_the_record_and_flags_it(pdok):
    pdok.down = True
    location = location_geocode(location_id=bleiswijk_location().pk)
    assert Location.objects.get(pk=location.pk).geocode_status == GeocodeStatus.FAILED
    assert location.point == OLD_POINT
    pdok.down = False
    pdok.answers["Dorpsstraat 12"] = "dorpsstraat_bleiswijk.json"
    assert location_geocode(location_id=location.pk).geocode_status == "found"


def test_unchanged_address_is_not_looked_up_again(pdok):
    pdok.answers["Dorpsstraat 12"] = "dorpsstraat_bleiswijk.json"
    location = location_geocode(location_id=bleiswijk_location().pk)
    location_geocode(location_id=location.pk)
    assert len(pdok.requests) == 1
    location.house_letter = "a"
    location.save()
    location_geocode(location_id=location.pk)
    assert len(pdok.requests) == 2


def test_admin_save_geocodes_after_commit_not_in_the_form(
    pdok, coordinator_client, django_capture_on_commit_callbacks
):
    pdok.answers["Dorpsstraat 12"] = "dorpsstraat_bleiswijk.json"
    location = bleiswijk_location()
    data = {
        "organization": location.organization.pk,
        "name": "Dorpshuis",
        "street": "Dorpsstraat",
        "house_number": "12",
        "house_letter": "A",
        "house_number_addition": "",
        "postcode": "2665bj",
        "place": "Bleiswijk",
        "kern": "bleiswijk",
        "point": OLD_POINT.geojson,
        "point_is_approximate": "on",
        "transport_note": "",
    }
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = coordinator_client.post(
            f"/admin/sociale_kaart/location/{location.pk}/change/", data
        )
    assert response.status_code == 302
    assert pdok.requests == []  # nothing asked while saving
    location.refresh_from_db()
    assert location.postcode == "2665 BJ" and location.house_letter == "A"
    for callback in callbacks:
        callback()
    location.refresh_from_db()
    assert location.geocode_status == GeocodeStatus.FOUND
    assert (location.point.x, location.point.y) == (4.53225, 52.01110)


def test_failed_locations_are_listed_for_coordinators(coordinator_client, pdok):
    pdok.down = True
    location_geocode(location_id=bleiswijk_location(name="Het Dorpshuis").pk)
    html = coordinator_client.get(
        "/admin/sociale_kaart/location/?geocode_status__exact=failed"
    ).content.decode()
    assert "Het Dorpshuis" in html
    assert "PDOK niet bereikbaar" in html


def test_retry_command_looks_up_only_changed_or_failed(pdok):
    import io

    from django.core.management import call_command

    pdok.down = True
    failed = bleiswijk_location()
    location_geocode(location_id=failed.pk)
    pdok.down = False
    pdok.answers["Dorpsstraat 12"] = "dorpsstraat_bleiswijk.json"
    out = io.StringIO()
    call_command("geocode_locations", "--dry-run", stdout=out)
    assert f"would look up {failed.pk}" in out.getvalue()
    assert Location.objects.get(pk=failed.pk).geocode_status == GeocodeStatus.FAILED
    call_command("geocode_locations", stdout=out)
    assert Location.objects.get(pk=failed.pk).geocode_status == GeocodeStatus.FOUND
    requests = len(pdok.requests)
    call_command("geocode_locations", stdout=out)
    assert len(pdok.requests) == requests
