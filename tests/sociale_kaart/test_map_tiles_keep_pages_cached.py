"""Zooming around the map fills a cache of its own: the sociale kaart's cached
pages stay cached however many map tiles visitors ask for."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.sociale_kaart.factories import OrganizationFactory, ServiceFactory
from tests.sociale_kaart.test_map_loads_per_tile import tiles_over_lansingerland

pytestmark = pytest.mark.django_db


def test_six_hundred_map_tiles_do_not_push_the_list_page_out(client):
    ServiceFactory(
        organization=OrganizationFactory(name="Stichting De Brug"), name="Taalcafé"
    )
    assert "Taalcafé" in client.get("/sociale-kaart/").text  # now cached
    tiles = tiles_over_lansingerland(17)[:600]
    assert len(tiles) == 600  # more than the page cache's 500 entries
    for z, x, y in tiles:
        answer = client.get(f"/sociale-kaart/kaart/{z}/{x}/{y}.geojson")
        assert answer.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/sociale-kaart/")
    assert "Taalcafé" in page.text
    assert len(queries) <= 2  # content version (+ session): still from the cache
