"""Search engines read our offers, organisations and activities as schema.org
describes them: only properties defined for each type, Places with names,
Events with descriptions, opening hours that leave out closed days; and the
sitemap leads to the pages that carry this data."""

import datetime
import re

import pytest
from django.utils import timezone

from sociale_kaart.models import ServiceClosure
from tests.activiteiten.factories import ActivityFactory
from tests.lansingerland.schema_org import json_ld_nodes, problems
from tests.sociale_kaart.factories import (
    LocationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer():
    """A free offer at a location without a name or street, with hours, a
    target group and a closure next month."""
    service = ServiceFactory(
        is_free=True,
        locations=[LocationFactory(name="", street="", house_number=None)],
    )
    service.target_groups.add(TargetGroupFactory(name="ouderen", slug="ouderen"))
    ServiceScheduleFactory(service=service, weekday=2)
    start = timezone.localdate() + datetime.timedelta(days=30)
    ServiceClosure.objects.create(
        service=service, start_date=start, end_date=start + datetime.timedelta(days=6)
    )
    return service


def test_offer_and_organisation_pages_use_only_schema_org_properties(client, offer):
    for url in (offer.get_absolute_url(), offer.organization.get_absolute_url()):
        html = client.get(url).content.decode()
        assert json_ld_nodes(html), url
        assert problems(html) == [], url


def test_activity_page_uses_only_schema_org_properties(client):
    activity = ActivityFactory(
        description="",
        location=None,
        address="Dorpsstraat 1, Bleiswijk",
        start_date=timezone.localdate() + datetime.timedelta(days=3),
    )
    html = client.get(activity.get_absolute_url()).content.decode()
    (event, *_) = [n for n in json_ld_nodes(html) if n.get("@type") == "Event"]
    assert problems(html) == []
    assert event["description"] and event["location"]["name"]


def test_a_free_offer_says_so_with_an_offer_of_price_zero(client, offer):
    html = client.get(offer.get_absolute_url()).content.decode()
    (service,) = [n for n in json_ld_nodes(html) if n.get("@type") == "Service"]
    assert service["offers"]["price"] == "0"
    assert service["offers"]["priceCurrency"] == "EUR"


def test_opening_hours_leave_out_the_closure(client, offer):
    html = client.get(offer.get_absolute_url()).content.decode()
    (service,) = [n for n in json_ld_nodes(html) if n.get("@type") == "Service"]
    closure = offer.closures.get()
    closed = [
        h for h in service["hoursAvailable"] if h["opens"] == h["closes"] == "00:00"
    ]
    assert [(h["validFrom"], h["validThrough"]) for h in closed] == [
        (closure.start_date.isoformat(), closure.end_date.isoformat())
    ]
    weekly = [h for h in service["hoursAvailable"] if h not in closed]
    assert weekly[0]["dayOfWeek"] == "https://schema.org/Tuesday"


def test_the_rules_catch_a_property_outside_its_type():
    html = (
        '<script type="application/ld+json">{"@type": "Service", "name": "Soos", '
        '"isAccessibleForFree": true, "availableChannel": {"@type": '
        '"ServiceChannel", "serviceLocation": {"@type": "Place"}}}</script>'
    )
    assert problems(html) == [
        "Service.isAccessibleForFree is not a schema.org property of Service",
        "Place lacks name",
    ]


def test_sitemap_lists_offer_and_activity_pages(client, offer):
    activity = ActivityFactory(start_date=timezone.localdate())
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert f"http://testserver{offer.get_absolute_url()}" in locations
    assert f"http://testserver{activity.get_absolute_url()}" in locations
    assert "http://testserver/sociale-kaart/open-data/" in locations
