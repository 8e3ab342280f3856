"""An offer's page answers what, for whom, when, where, cost, how and contact."""

import json

import pytest

from sociale_kaart.constants import ServiceStatus
from sociale_kaart.models import ServiceClosure
from tests.sociale_kaart.factories import (
    ServiceFactory,
    ServiceScheduleFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def service():
    service = ServiceFactory(
        name="Koffieochtend </script><b>",
        description="Koffie, thee en een praatje.",
        min_age=55,
        is_free=True,
        how_to_join="Gewoon binnenlopen.",
        languages=["Nederlands", "Engels"],
        phone="+31107654321",
    )
    service.target_groups.add(TargetGroupFactory(name="ouderen", slug="ouderen"))
    ServiceScheduleFactory(
        service=service, weekday=2, opens_at="09:00", closes_at="12:00"
    )
    ServiceScheduleFactory(
        service=service, weekday=2, opens_at="13:30", closes_at="16:00"
    )
    ServiceClosure.objects.create(
        service=service,
        start_date="2099-07-20",
        end_date="2099-08-14",
        reason="zomerstop",
    )
    location = service.locations.get()
    location.wheelchair_accessible = True
    location.transport_note = "Bus 173, halte Dorpsstraat"
    location.save()
    return service


def test_page_answers_the_questions(client, service):
    html = client.get(service.get_absolute_url()).content.decode()
    for text in (
        "Koffie, thee en een praatje.",
        "ouderen",
        "vanaf 55 jaar",
        "dinsdag: 09:00–12:00 en 13:30–16:00",
        "zomerstop",
        "Gratis.",
        "Gewoon binnenlopen.",
        "010 765 4321",
        "tel:+31107654321",
        "rolstoeltoegankelijk",
        "Bus 173",
        "Nederlands, Engels",
        "nog niet gecontroleerd",
    ):
        assert text in html, text
    assert 'id="kaart-plek"' in html


def test_json_ld_describes_the_service_and_cannot_be_broken_out_of(client, service):
    html = client.get(service.get_absolute_url()).content.decode()
    block = html.split('<script type="application/ld+json"')[1].split(">", 1)[1]
    block = block.split("</script>")[0]
    assert "</script><b>" not in block
    data = json.loads(block)
    assert data["@type"] == "Service"
    assert data["name"] == "Koffieochtend </script><b>"
    assert data["offers"] == {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    assert data["hoursAvailable"][0]["opens"] == "09:00"
    assert data["provider"]["name"] == service.organization.name


def test_inactive_offer_is_gone(client, service):
    service.status = ServiceStatus.INACTIVE
    service.save()
    assert client.get(service.get_absolute_url()).status_code == 404


def test_organisation_page_lists_its_offers_with_json_ld(client, service):
    html = client.get(service.organization.get_absolute_url()).content.decode()
    assert service.get_absolute_url() in html
    assert '"@type": "Organization"' in html


def test_detail_pages_use_constant_queries(
    client, service, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12) as few:
        client.get(service.get_absolute_url())
    for day in range(1, 8):
        ServiceScheduleFactory(service=service, weekday=day)
        service.target_groups.add(TargetGroupFactory())
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(service.get_absolute_url())
