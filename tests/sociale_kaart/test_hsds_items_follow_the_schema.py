"""A harvester reading our HSDS 3.0 API gets items that follow the schema:
UUID ids on every nested object, required text present and never null, the
enumerations' own words, times with their offset, taxonomy terms, and closures
that are no schedules."""

import datetime
import zoneinfo

import pytest

from sociale_kaart.constants import ServiceStatus
from sociale_kaart.hsds import serializers
from sociale_kaart.models import ServiceClosure
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
    TargetGroupFactory,
    ThemeFactory,
)
from tests.sociale_kaart.hsds_rules import problems

pytestmark = pytest.mark.django_db

API = "/sociale-kaart/open-data/hsds"
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def directory():
    """Two organisations with locations; one bare (no website, mail, phone or
    description); a temporarily closed offer with a day split in two, a
    closure, languages, a phone, a theme and a target group."""
    bare = OrganizationFactory(website="", phone="", description="", email="")
    LocationFactory(organization=bare, name="", street="", has_lift=True)
    org = OrganizationFactory(email="info@buurthuis.example.nl")
    here = LocationFactory(organization=org, name="Buurthuis De Kern", has_lift=True)
    offer = ServiceFactory(
        organization=org,
        locations=[here, LocationFactory(organization=org, postcode="")],
        status=ServiceStatus.TEMPORARILY_CLOSED,
        languages=["Nederlands", "Tigrinya", "Gebarentaal"],
        phone="010 765 43 21",
        min_age=55,
        cost_description="€ 2,50",
    )
    offer.themes.add(ThemeFactory(name="ontmoeting", slug="ontmoeting"))
    offer.target_groups.add(TargetGroupFactory(name="ouderen", slug="ouderen"))
    ServiceScheduleFactory(service=offer, opens_at=datetime.time(9, 0))
    ServiceScheduleFactory(
        service=offer, opens_at=datetime.time(13, 30), closes_at=datetime.time(16)
    )
    ServiceClosure.objects.create(
        service=offer,
        start_date=datetime.date(2099, 12, 21),
        end_date=datetime.date(2100, 1, 3),
        reason="kerstvakantie",
    )
    ServiceFactory(organization=bare, locations=[bare.locations.get()])
    return offer


KINDS = {
    "organizations": "organization",
    "services": "service",
    "service_at_locations": "service_at_location",
    "taxonomies": "taxonomy",
    "taxonomy_terms": "taxonomy_term",
}


@pytest.mark.parametrize("path", KINDS)
def test_every_listed_and_single_item_follows_the_schema(client, directory, path):
    page = client.get(f"{API}/{path}").json()
    assert page["contents"], path
    for item in page["contents"]:
        assert problems(KINDS[path], item) == []
        single = client.get(f"{API}/{path}/{item['id']}")
        assert single.status_code == 200
        assert single.json() == item


def test_the_rules_catch_the_old_export():
    old = {
        "id": "12",
        "name": "Soos",
        "status": "temporarily_closed",
        "email": None,
        "phones": [{"number": "010 123 45 67"}],
        "schedules": [{"opens_at": "09:00", "timezone": "Europe/Amsterdam"}],
        "service_at_locations": [{"location_id": "7"}],
    }
    found = problems("service", old)
    assert "service.id: not a UUID: '12'" in found
    assert "service.email: null" in found
    assert "service.phones[0]: lacks id" in found
    assert "service.schedules[0].opens_at: no time with offset: '09:00'" in found
    assert any("timezone: not a number" in p for p in found)
    assert any("status: 'temporarily_closed' not in" in p for p in found)
    assert "service.service_at_locations[0].location_id: not a UUID: '7'" in found


def test_temporarily_closed_reads_as_hsds_says(client, directory):
    item = client.get(f"{API}/services/{directory.uuid}").json()
    assert item["status"] == "temporarily closed"


def test_closures_are_an_alert_not_a_schedule(client, directory):
    item = client.get(f"{API}/services/{directory.uuid}").json()
    assert len(item["schedules"]) == 2
    assert all(s["freq"] == "WEEKLY" for s in item["schedules"])
    assert "21 december 2099 tot en met 3 januari 2100" in item["alert"]
    assert "kerstvakantie" in item["alert"]


@pytest.mark.parametrize(
    ("moment", "offset", "hours"),
    [
        (datetime.datetime(2026, 1, 6, 12, tzinfo=AMSTERDAM), "+01:00", 1),
        (datetime.datetime(2026, 7, 7, 12, tzinfo=AMSTERDAM), "+02:00", 2),
    ],
)
def test_opening_times_carry_the_offset_in_force(directory, moment, offset, hours):
    item = serializers.service(directory, lambda path: path, now=moment)
    first, second = item["schedules"]
    assert (first["opens_at"], first["closes_at"]) == (
        f"09:00{offset}",
        f"12:00{offset}",
    )
    assert (second["opens_at"], second["closes_at"]) == (
        f"13:30{offset}",
        f"16:00{offset}",
    )
    assert first["timezone"] == second["timezone"] == hours


def test_themes_and_target_groups_are_taxonomy_terms(client, directory):
    item = client.get(f"{API}/services/{directory.uuid}").json()
    terms = {t["id"]: t for t in client.get(f"{API}/taxonomy_terms").json()["contents"]}
    taxonomies = {t["id"] for t in client.get(f"{API}/taxonomies").json()["contents"]}
    linked = [a["taxonomy_term"] for a in item["attributes"]]
    assert {(t["name"], t["taxonomy"]) for t in linked} == {
        ("ontmoeting", "thema"),
        ("ouderen", "doelgroep"),
    }
    for attribute in item["attributes"]:
        assert attribute["taxonomy_term_id"] in terms
        assert attribute["taxonomy_term"]["taxonomy_id"] in taxonomies
        assert attribute["link_id"] == item["id"]


def test_addresses_name_the_province_and_nested_ids_point_to_parents(client, directory):
    org = client.get(f"{API}/organizations/{directory.organization.uuid}").json()
    named = next(loc for loc in org["locations"] if loc.get("name"))
    (address,) = named["addresses"]
    assert address["state_province"] == "Zuid-Holland"
    assert address["country"] == "NL"
    assert address["location_id"] == named["id"]
    assert named["organization_id"] == org["id"]
    assert named["accessibility"][0]["description"] == "lift"
    item = client.get(f"{API}/services/{directory.uuid}").json()
    assert {lang.get("code") for lang in item["languages"]} == {"nl", "ti", None}
    assert all(p["service_id"] == item["id"] for p in item["phones"])


def test_a_bare_organisation_leaves_empty_text_out(client, directory):
    page = client.get(f"{API}/organizations").json()
    bare = next(o for o in page["contents"] if not o["description"])
    assert "website" not in bare and "email" not in bare and bare["phones"] == []
    assert (
        "addresses" not in bare["locations"][0] or not bare["locations"][0]["addresses"]
    )


def test_every_url_in_the_api_is_absolute(client, directory):
    item = client.get(f"{API}/services/{directory.uuid}").json()
    assert item["url"] == f"http://testserver{directory.get_absolute_url()}"
    org = client.get(f"{API}/organizations/{directory.organization.uuid}").json()
    assert org["uri"].startswith("http://testserver/sociale-kaart/")
    assert org["website"].startswith(("http://", "https://"))
