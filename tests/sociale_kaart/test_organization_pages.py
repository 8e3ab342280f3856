"""Residents and professionals browse the sociale kaart as a list, a map and pages."""

import json

import pytest

from sociale_kaart.constants import OrganizationStatus
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_list_shows_every_partner_with_its_themes(client, real_data):
    response = client.get("/sociale-kaart/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "22 organisaties" in html  # the 21 partners and the coalition
    assert "Stichting 4 het Leven" in html
    assert "Dans- en muziekschool Jay&#x27;s Place" in html
    assert "digitale vaardigheden" in html
    assert "plek bij benadering" in html


def test_map_uses_pdok_tiles_centred_on_lansingerland(client, real_data):
    html = client.get("/sociale-kaart/").content.decode()
    assert "service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857" in html
    assert "Kadaster" in html
    config = json.loads(html.split("var djoptions = ")[1].split(",\n")[0])
    lat, lon = config["center"]
    assert 51.95 < lat < 52.05 and 4.42 < lon < 4.61
    (south, west), (north, east) = config["extent"]  # Leaflet bounds, (lat, lon)
    assert west < lon < east and south < lat < north
    assert 'href="/sociale-kaart/kaart.geojson"' not in html  # the list is the twin
    assert "cdn" not in html.lower()


def test_list_works_without_javascript(client, real_data):
    # The empty map box is hidden by a <noscript> stylesheet, so it takes its
    # space from the first paint when JavaScript runs (no layout shift);
    # tests/browser/test_pages_without_javascript.py checks it in a browser.
    html = client.get("/sociale-kaart/").content.decode()
    noscript = html.split("<noscript>")[1].split("</noscript>")[0]
    assert "sociale_kaart/noscript" in noscript
    assert html.count('<a href="/sociale-kaart/') >= 21


def test_hidden_organisation_is_not_listed_nor_reachable(client):
    hidden = OrganizationFactory(
        name="Verborgen Club", status=OrganizationStatus.HIDDEN
    )
    LocationFactory(organization=hidden)
    assert "Verborgen Club" not in client.get("/sociale-kaart/").content.decode()
    assert client.get(hidden.get_absolute_url()).status_code == 404
    geojson = client.get("/sociale-kaart/kaart.geojson").json()
    assert geojson["features"] == []


def test_organisation_page_shows_what_and_how_to_reach(client, real_data):
    response = client.get("/sociale-kaart/gemeente-lansingerland/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Gemeente Lansingerland</h1>" in html
    assert "Tobias Asserlaan 1, Bergschenhoek" in html
    assert '<a class="phone-number" href="tel:+31108004000">010 800 4000</a>' in html
    assert "https://www.lansingerland.nl" in html
    assert "Partner van Samen aan zet" in html


def test_unknown_organisation_gives_a_dutch_404(client):
    response = client.get("/sociale-kaart/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_geojson_is_a_feature_collection_in_wgs84(client):
    theme = ThemeFactory(name="ontmoeting", slug="ontmoeting")
    location = LocationFactory(
        organization__name="Buurthuis 't Anker", point_is_approximate=True
    )
    location.organization.themes.add(theme)
    response = client.get("/sociale-kaart/kaart.geojson")
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    assert data["type"] == "FeatureCollection"
    (feature,) = data["features"]
    assert feature["type"] == "Feature"
    assert feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert (lon, lat) == (
        pytest.approx(location.point.x, abs=1e-6),
        pytest.approx(location.point.y, abs=1e-6),
    )
    assert 4.4 < lon < 4.6 and 51.9 < lat < 52.1
    assert feature["properties"] == {
        "name": "Buurthuis 't Anker",
        "url": "http://testserver" + location.organization.get_absolute_url(),
        "approximate": True,
        "service_count": 0,
    }
    assert response["Access-Control-Allow-Origin"] == "*"


def test_pages_use_a_constant_number_of_queries(client, django_assert_max_num_queries):
    for _ in range(3):
        org = OrganizationFactory()
        org.themes.add(ThemeFactory())
        LocationFactory(organization=org)
    with django_assert_max_num_queries(20) as few_list:
        client.get("/sociale-kaart/")
    with django_assert_max_num_queries(4) as few_geojson:
        client.get("/sociale-kaart/kaart.geojson")
    for _ in range(20):
        org = OrganizationFactory()
        org.themes.add(ThemeFactory())
        LocationFactory(organization=org)
    with django_assert_max_num_queries(len(few_list.captured_queries)):
        client.get("/sociale-kaart/")
    with django_assert_max_num_queries(len(few_geojson.captured_queries)):
        client.get("/sociale-kaart/kaart.geojson")


def test_coordinator_edits_an_organisation_with_a_map(coordinator_client, real_data):
    response = coordinator_client.get("/admin/sociale_kaart/organization/")
    assert response.status_code == 200
    assert "22 organisaties" in response.content.decode()
    library = real_data_library()
    page = coordinator_client.get(
        f"/admin/sociale_kaart/organization/{library.pk}/change/"
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert "leaflet" in html.lower()
    assert "plek is bij benadering" in html.lower()


def real_data_library():
    from sociale_kaart.models import Organization

    return Organization.objects.get(name="Bibliotheek Oostland")


def test_empty_map_says_there_is_no_offer_yet_not_to_use_fewer_filters(client):
    html = client.get("/sociale-kaart/").content.decode()
    assert "Er staat nog geen aanbod op de sociale kaart." in html
    assert "Probeer minder filters" not in html
    searched = client.get("/sociale-kaart/", {"q": "koffie"}).content.decode()
    assert "Probeer minder filters" in searched
