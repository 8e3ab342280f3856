"""A partner who types (or pastes) a description longer than 5,000 characters
gets a Dutch message next to the field and keeps the text, for an
organisation, an offer and an activity alike; markup does not count."""

import datetime

import pytest
from django.utils import timezone

from lansingerland.validators import DESCRIPTION_MAX_LENGTH
from partners.models import Membership
from sociale_kaart.models import Service
from tests.activiteiten.factories import CampaignFactory
from tests.partners.offer_forms import offer_post
from tests.sociale_kaart.factories import ServiceFactory, ServiceScheduleFactory

pytestmark = pytest.mark.django_db

TOO_LONG = "Koffie en een praatje. " * 220  # 5,060 characters
MESSAGE = "Deze tekst is te lang: hoogstens 5000 tekens"


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


def _refused_and_kept(response) -> None:
    html = response.content.decode()
    assert response.status_code == 200
    assert MESSAGE in html
    assert TOO_LONG.strip()[:200] in html
    assert html.count("Koffie en een praatje.") >= 220


def test_organisation_description_is_limited(partner_client, organization):
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        {"name": organization.name, "description": TOO_LONG, "save": "1"},
    )
    _refused_and_kept(response)
    organization.refresh_from_db()
    assert organization.description != TOO_LONG


def test_offer_description_is_limited(partner_client, organization):
    service = ServiceFactory(
        organization=organization, locations=[organization.locations.get()]
    )
    ServiceScheduleFactory(service=service, weekday=3)
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/aanbod/{service.pk}/wijzigen/",
        offer_post(service, description=TOO_LONG),
    )
    _refused_and_kept(response)
    assert Service.objects.get(pk=service.pk).description == service.description


def test_activity_description_is_limited(partner_client, organization):
    start = timezone.localdate() + datetime.timedelta(days=10)
    CampaignFactory(start_date=start, end_date=start + datetime.timedelta(days=6))
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/nieuw/",
        {
            "title": "Spelletjesmiddag",
            "description": TOO_LONG,
            "repeat": "once",
            "start_date": start.isoformat(),
            "start_time": "14:00",
            "end_time": "16:00",
            "location": organization.locations.first().pk,
            "target_group": "everyone",
            "is_free": "on",
            "registration": "none",
            "save": "1",
        },
    )
    _refused_and_kept(response)
    assert not organization.activities.exists()


def test_links_and_lists_do_not_count(partner_client, organization):
    text = "<ul>" + "<li><a href='https://voorbeeld.nl'>x</a></li>" * 1000 + "</ul>"
    assert len(text) > DESCRIPTION_MAX_LENGTH
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        {"name": organization.name, "description": text, "save": "1"},
        follow=True,
    )
    assert MESSAGE not in response.content.decode()
    organization.refresh_from_db()
    assert organization.description.count("<li>") == 1000
