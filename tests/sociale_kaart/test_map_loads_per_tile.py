"""The search map loads its places per map tile: zoomed out it gets clusters
with counts, so a view costs the same however many places there are; zoomed in
it gets the places themselves, with the same filters as the list."""

import json
import math

import pytest
from django.contrib.gis.gdal import DataSource
from django.contrib.gis.geos import Point

from lansingerland.constants import Kern
from sociale_kaart.constants import OrganizationStatus
from tests.sociale_kaart.factories import LocationFactory, ServiceFactory

pytestmark = pytest.mark.django_db

# Lansingerland's map extent (west, south, east, north), as in LEAFLET_CONFIG.
EXTENT = (4.40, 51.94, 4.63, 52.06)


def tile_of(lon: float, lat: float, z: int) -> tuple[int, int, int]:
    """The standard web-map tile (OSM slippy-map formula) holding a point."""
    n = 2**z
    rad = math.radians(lat)
    return (
        z,
        int((lon + 180) / 360 * n),
        int((1 - math.asinh(math.tan(rad)) / math.pi) / 2 * n),
    )


def tiles_over_lansingerland(z: int) -> list[tuple[int, int, int]]:
    _, west, north = tile_of(EXTENT[0], EXTENT[3], z)
    _, east, south = tile_of(EXTENT[2], EXTENT[1], z)
    return [(z, x, y) for x in range(west, east + 1) for y in range(north, south + 1)]


def tile(client, z, x, y, params=None):
    response = client.get(f"/sociale-kaart/kaart/{z}/{x}/{y}.geojson", params or {})
    assert response.status_code == 200, response.content
    return response


def features(client, tiles, params=None) -> list[dict]:
    return [
        feature
        for address in tiles
        for feature in tile(client, *address, params).json()["features"]
    ]


def places_counted(found: list[dict]) -> int:
    return sum(f["properties"].get("count", 1) for f in found)


@pytest.fixture
def spread_places():
    """Thirty places with an offer each across Lansingerland, in threes a few
    dozen metres apart, the first ten in Bleiswijk, plus a hidden
    organisation's place."""
    places = [
        LocationFactory(
            kern=Kern.BLEISWIJK if i < 10 else Kern.BERGSCHENHOEK,
            point=Point(
                4.45 + (i // 3 % 5) * 0.03 + (i % 3) * 0.0003,
                51.97 + (i // 15) * 0.03,
                srid=4326,
            ),
        )
        for i in range(30)
    ]
    for place in places:
        ServiceFactory(organization=place.organization, locations=[place])
    hidden = LocationFactory(organization__status=OrganizationStatus.HIDDEN)
    ServiceFactory(organization=hidden.organization, locations=[hidden])
    return places


@pytest.mark.parametrize("zoom", [10, 12, 14])
def test_clusters_count_every_found_place_once(client, spread_places, zoom):
    found = features(client, tiles_over_lansingerland(zoom))
    assert places_counted(found) == 30
    assert any(f["properties"].get("cluster") for f in found)
    assert len(found) < 30


def test_clusters_follow_the_filters(client, spread_places):
    params = {"kern": "bleiswijk"}
    found = features(client, tiles_over_lansingerland(12), params)
    assert places_counted(found) == 10
    everything = client.get("/sociale-kaart/kaart.geojson", params).json()
    assert len(everything["features"]) == 10


def test_a_cluster_is_a_point_feature_in_wgs84_with_its_area(client, spread_places):
    (z, x, y) = tile_of(4.5, 51.99, 11)
    response = tile(client, z, x, y)
    assert response["Content-Type"] == "application/geo+json"
    clusters = [
        f for f in response.json()["features"] if f["properties"].get("cluster")
    ]
    assert clusters
    for cluster in clusters:
        assert cluster["geometry"]["type"] == "Point"
        lon, lat = cluster["geometry"]["coordinates"]
        west, south, east, north = cluster["bbox"]
        assert (
            4.4 < west <= lon <= east < 4.63 and 51.94 < south <= lat <= north < 52.06
        )
        assert cluster["properties"]["count"] >= 2
    # GDAL's GeoJSON reader, not ours, reads the same points.
    layer = DataSource(response.content.decode())[0]
    assert len(layer) == len(response.json()["features"])
    assert {feature.geom.geom_type.name for feature in layer} == {"Point"}


def test_zoomed_in_the_tile_gives_the_places_inside_it(client):
    inside = LocationFactory(point=Point(4.5321, 52.0110, srid=4326))
    ServiceFactory(organization=inside.organization, locations=[inside])
    neighbour = LocationFactory(point=Point(4.5323, 52.0111, srid=4326))
    z, x, y = tile_of(4.5321, 52.0110, 17)
    assert tile_of(4.5323, 52.0111, 17) == (z, x, y)
    outside = LocationFactory(point=Point(4.5400, 52.0110, srid=4326))
    assert tile_of(4.5400, 52.0110, 17) != (z, x, y)

    found = tile(client, z, x, y).json()["features"]
    assert sorted(f["id"] for f in found) == sorted([inside.pk, neighbour.pk])
    (first,) = [f for f in found if f["id"] == inside.pk]
    assert first["properties"] == {
        "name": inside.organization.name,
        "url": "http://testserver" + inside.organization.get_absolute_url(),
        "approximate": False,
        "service_count": 1,
    }
    assert outside.pk not in {f["id"] for f in found}


def test_places_at_one_point_stay_places_when_zoomed_out(client):
    """A popup lists everyone in one building: such places never become a
    cluster that no zooming can split."""
    centre = Point(4.5321, 52.0110, srid=4326)
    a = LocationFactory(point=centre, organization__name="Bibliotheek")
    b = LocationFactory(point=centre, organization__name="Buurtwerk")
    found = tile(client, *tile_of(4.5321, 52.0110, 10)).json()["features"]
    assert [(f["id"], f["properties"]["name"]) for f in found] == [
        (a.pk, "Bibliotheek"),
        (b.pk, "Buurtwerk"),
    ]


def test_a_change_shows_at_once_and_an_unchanged_tile_is_not_sent_twice(client):
    place = LocationFactory(point=Point(4.5321, 52.0110, srid=4326))
    address = tile_of(4.5321, 52.0110, 16)
    first = tile(client, *address)
    again = client.get(
        "/sociale-kaart/kaart/{}/{}/{}.geojson".format(*address),
        HTTP_IF_NONE_MATCH=first["ETag"],
    )
    assert again.status_code == 304
    place.organization.name = "Buurthuis De Tulp"
    place.organization.save()
    changed = client.get(
        "/sociale-kaart/kaart/{}/{}/{}.geojson".format(*address),
        HTTP_IF_NONE_MATCH=first["ETag"],
    )
    assert changed.status_code == 200
    assert json.loads(changed.content)["features"][0]["properties"]["name"] == (
        "Buurthuis De Tulp"
    )


def test_a_tile_far_from_lansingerland_is_empty(client, spread_places):
    assert tile(client, 12, 0, 0).json() == {
        "type": "FeatureCollection",
        "features": [],
    }


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("9/262/168", "zoomniveau moet een geheel getal van 10 tot en met 19"),
        ("20/1/1", "zoomniveau moet een geheel getal van 10 tot en met 19"),
        ("abc/1/1", "zoomniveau"),
        ("1e3/1/1", "zoomniveau"),
        ("12/-1/1358", "kolom en rij moeten gehele getallen van 0 tot en met 4095"),
        ("12/2099/4096", "van 0 tot en met 4095 zijn bij zoomniveau 12"),
        ("12/2099/1358.5", "kolom en rij"),
        ("12/x/1358", "kolom en rij"),
        ("12/99999999999999999999999/1", "kolom en rij"),
        ("12/+2099/1358", "kolom en rij"),
        ("012/2099/1358", "zoomniveau"),
        ("12/2099/%201358", "kolom en rij"),
    ],
)
def test_an_address_that_is_no_tile_gets_400_saying_why(client, address, message):
    response = client.get(f"/sociale-kaart/kaart/{address}.geojson")
    assert response.status_code == 400
    assert message in response.json()["error"]


@pytest.mark.parametrize(
    "query",
    [
        "dag=maandag&leeftijd=-5&kern=atlantis",
        "bij=zzzz&afstand=abc",
        "q=" + "koffie " * 200,
        "gratis=%FF&wanneer=gisteren",
    ],
)
def test_nonsense_filters_never_break_a_tile(client, spread_places, query):
    z, x, y = tile_of(4.5, 51.99, 12)
    response = client.get(f"/sociale-kaart/kaart/{z}/{x}/{y}.geojson?{query}")
    assert response.status_code in (200, 400)


def test_the_search_page_loads_tiles_not_every_place(client, spread_places):
    html = client.get("/sociale-kaart/", {"kern": "bleiswijk"}).content.decode()
    assert (
        'data-tiles-url="/sociale-kaart/kaart/{z}/{x}/{y}.geojson?kern=bleiswijk"'
        in html
    )
    assert "kaart.geojson" not in html


def test_every_page_of_the_list_shares_the_map_tiles(client, spread_places):
    html = client.get("/sociale-kaart/", {"kern": "bleiswijk", "pagina": "2"})
    assert (
        'data-tiles-url="/sociale-kaart/kaart/{z}/{x}/{y}.geojson?kern=bleiswijk"'
        in html.content.decode()
    )
