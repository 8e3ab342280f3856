"""List, detail, GeoJSON and map tile pages cost the same number of queries at
any size."""

import io

import pytest
from django.core.management import CommandError, call_command

from sociale_kaart.models import Location, Organization, Service
from tests.sociale_kaart.factories import ServiceFactory, ServiceScheduleFactory

pytestmark = pytest.mark.django_db

URLS = [
    "/sociale-kaart/",
    "/sociale-kaart/?q=koffie&gratis=on&dag=2&kern=berkel-en-rodenrijs&leeftijd=70",
    "/sociale-kaart/?wanneer=deze-week&toegankelijk=has_lift",
    "/sociale-kaart/kaart.geojson",
    "/sociale-kaart/kaart.geojson?q=koffie&dag=2",
    "/sociale-kaart/kaart/11/1049/676.geojson",
    "/sociale-kaart/kaart/14/8396/5411.geojson?gratis=on&dag=2",
    "/sociale-kaart/kaart/17/67174/43295.geojson",
    "/sociale-kaart/open-data/hsds/services/",
    "/sociale-kaart/open-data/hsds/organizations",
    "/sociale-kaart/open-data/hsds/service_at_locations",
    "/sociale-kaart/open-data/hsds/taxonomy_terms",
]


def grow(count):
    for i in range(count):
        service = ServiceFactory(
            name=f"Koffie {i}", organization__name=f"Koffiehuis {i}", is_free=True
        )
        ServiceScheduleFactory(service=service, weekday=2)


def test_query_counts_do_not_grow_with_the_data(client, django_assert_max_num_queries):
    grow(2)
    counts = {}
    for url in URLS:
        with django_assert_max_num_queries(20) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries.captured_queries)
    grow(30)
    for url in URLS:
        with django_assert_max_num_queries(counts[url], info=url):
            client.get(url)


def test_seed_command_refuses_the_normal_database():
    with pytest.raises(CommandError, match="_benchmark"):
        call_command("seed_sociale_kaart_benchmark")


def test_seed_command_fills_a_marked_dataset(client):
    options = {"allow_this_database": True, "stdout": io.StringIO()}
    call_command(
        "seed_sociale_kaart_benchmark",
        organizations=20,
        locations=50,
        services=100,
        **options,
    )
    assert (
        Organization.objects.filter(source_key__startswith="benchmark:").count() == 20
    )
    assert Location.objects.count() == 50 and Service.objects.count() == 100
    assert client.get("/sociale-kaart/").status_code == 200
    call_command("seed_sociale_kaart_benchmark", delete=True, **options)
    assert not Service.objects.exists()


def test_organisation_page_queries_do_not_grow(client, django_assert_max_num_queries):
    first = ServiceFactory()
    organization = first.organization
    with django_assert_max_num_queries(15) as few:
        assert client.get(organization.get_absolute_url()).status_code == 200
    for i in range(10):
        service = ServiceFactory(organization=organization, name=f"Extra {i}")
        ServiceScheduleFactory(service=service)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(organization.get_absolute_url())
