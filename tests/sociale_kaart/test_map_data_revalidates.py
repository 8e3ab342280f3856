"""The map's GeoJSON is sent once, compressed, and then revalidated: an
unchanged map costs a browser a 304, a changed one is sent again at once."""

import gzip
import json

import pytest

from sociale_kaart.constants import OrganizationStatus
from tests.sociale_kaart.factories import LocationFactory, ServiceFactory

pytestmark = pytest.mark.django_db
URL = "/sociale-kaart/kaart.geojson"


@pytest.fixture
def place():
    location = LocationFactory(organization__name="Buurthuis De Kroon")
    ServiceFactory(
        organization=location.organization, name="Soos", locations=[location]
    )
    return location


def test_unchanged_map_is_not_sent_twice(client, place):
    first = client.get(URL)
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
    again = client.get(URL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    since = client.get(URL, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


def test_a_change_is_sent_at_once(client, place):
    first = client.get(URL)
    place.organization.name = "Buurthuis De Tulp"
    place.organization.save()
    changed = client.get(URL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed.json()["features"][0]["properties"]["name"] == "Buurthuis De Tulp"


def test_sent_gzipped_to_browsers_that_accept_it(client, place):
    response = client.get(URL, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    data = json.loads(gzip.decompress(response.content))
    assert data["features"][0]["properties"]["service_count"] == 1


def test_popup_offers_load_per_place_and_never_from_hidden_organisations(client, place):
    hidden = LocationFactory(organization__status=OrganizationStatus.HIDDEN)
    ServiceFactory(organization=hidden.organization, name="Geheim", locations=[hidden])
    response = client.get(
        "/sociale-kaart/kaart/aanbod.json", {"plek": [place.pk, hidden.pk, "x"]}
    )
    assert response.json() == {
        str(place.pk): [
            {
                "name": "Soos",
                "url": f"http://testserver/sociale-kaart/aanbod/{place.organization.services.get().slug}/",
            }
        ]
    }
    assert response["Access-Control-Allow-Origin"] == "*"
