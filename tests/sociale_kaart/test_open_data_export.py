"""Anyone can download the published directory as HSDS-shaped JSON, page by page."""

import pytest

from sociale_kaart.constants import OrganizationStatus, ServiceStatus
from sociale_kaart.open_data import PAGE_SIZE
from tests.sociale_kaart.factories import (
    OrganizationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_services_export_in_hsds_shape(client):
    service = ServiceFactory(
        name="Soos", min_age=55, is_free=True, languages=["Nederlands"]
    )
    service.themes.add(ThemeFactory(name="ontmoeting", slug="ontmoeting"))
    ServiceScheduleFactory(service=service, weekday=2)
    ServiceFactory(status=ServiceStatus.INACTIVE)
    data = client.get("/sociale-kaart/open-data/hsds/services/").json()
    assert data["total_items"] == 1 and data["first_page"] and data["last_page"]
    (item,) = data["contents"]
    assert item["name"] == "Soos" and item["minimum_age"] == 55
    assert item["organization_id"] == str(service.organization_id)
    assert item["schedules"][0]["byday"] == "TU"
    assert item["schedules"][0]["opens_at"] == "09:00"
    assert item["attributes"] == [
        {"taxonomy": "thema", "term": "ontmoeting", "code": "ontmoeting"}
    ]
    assert item["service_at_locations"] == [
        {"location_id": str(service.locations.get().pk)}
    ]


def test_locations_and_organisations_export_only_published(client):
    shown = ServiceFactory().organization
    OrganizationFactory(status=OrganizationStatus.HIDDEN)
    orgs = client.get("/sociale-kaart/open-data/hsds/organizations/").json()
    assert [o["id"] for o in orgs["contents"]] == [str(shown.pk)]
    locations = client.get("/sociale-kaart/open-data/hsds/locations/").json()
    (location,) = locations["contents"]
    assert 51.9 < location["latitude"] < 52.1
    assert location["addresses"][0]["country"] == "NL"


def test_export_is_paginated(client, django_assert_max_num_queries):
    OrganizationFactory.create_batch(PAGE_SIZE + 1)
    page2 = client.get("/sociale-kaart/open-data/hsds/organizations/?page=2").json()
    assert page2["total_pages"] == 2 and page2["size"] == 1 and page2["last_page"]
    bad = client.get("/sociale-kaart/open-data/hsds/organizations/?page=x").json()
    assert bad["page_number"] == 1
    with django_assert_max_num_queries(8):
        client.get("/sociale-kaart/open-data/hsds/services/")


def test_unknown_entity_is_404(client):
    assert client.get("/sociale-kaart/open-data/hsds/people/").status_code == 404


def _strings(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from ((f"{key}.{k}", v) for k, v in _strings(item))
            if isinstance(item, str):
                yield key, item
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_every_url_in_the_export_is_absolute(client):
    service = ServiceFactory(
        organization=OrganizationFactory(website="https://www.soos.example.nl/")
    )
    urls = []
    for entity in ("organizations", "locations", "services"):
        data = client.get(f"/sociale-kaart/open-data/hsds/{entity}/").json()
        for key, text in _strings(data):
            assert not text.startswith("/"), f"{entity} {key} is relative: {text}"
            if key.endswith(("url", "website")):
                urls.append(text)
    assert f"http://testserver{service.get_absolute_url()}" in urls
    assert "https://www.soos.example.nl/" in urls
    assert all(url.startswith(("http://", "https://")) for url in urls)
