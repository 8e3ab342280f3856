"""The ids a harvester stored stay valid: edits and re-running the real-data
load keep every published UUID, nested ones included."""

import io

import pytest
from django.core.management import call_command

from sociale_kaart.models import Organization, Service
from tests.sociale_kaart.factories import ServiceFactory, ServiceScheduleFactory

pytestmark = pytest.mark.django_db

API = "/sociale-kaart/open-data/hsds"


def _ids(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "id":
                yield item
            yield from _ids(item)
    elif isinstance(value, list):
        for item in value:
            yield from _ids(item)


def test_editing_an_offer_keeps_its_ids(client):
    offer = ServiceFactory(phone="010 765 43 21", languages=["Nederlands"])
    ServiceScheduleFactory(service=offer)
    before = client.get(f"{API}/services/{offer.uuid}").json()
    offer.name = "Nieuwe naam"
    offer.description = "Anders beschreven"
    offer.save()
    offer.organization.name = "Andere naam"
    offer.organization.save()
    after = client.get(f"{API}/services/{offer.uuid}").json()
    assert after["name"] == "Nieuwe naam"
    assert list(_ids(after)) == list(_ids(before))


def test_new_records_get_distinct_uuids():
    first, second = ServiceFactory(), ServiceFactory()
    assert first.uuid != second.uuid
    assert first.organization.uuid != second.organization.uuid


def test_reloading_the_real_data_keeps_the_uuids(client, real_data):
    organizations = dict(Organization.objects.values_list("pk", "uuid"))
    assert organizations
    call_command("load_real_data", stdout=io.StringIO())
    assert dict(Organization.objects.values_list("pk", "uuid")) == organizations
    listed = client.get(f"{API}/organizations?per_page=500").json()["contents"]
    assert {o["id"] for o in listed} == {str(u) for u in organizations.values()}


def test_services_keep_their_uuid_when_saved_again():
    offer = ServiceFactory()
    key = offer.uuid
    Service.objects.get(pk=offer.pk).save()
    assert Service.objects.get(pk=offer.pk).uuid == key
