"""The partner's activity list follows what the partner did: a cancelled date is
no longer "Volgende datum", and a campaign the activity is in is not offered
again for sign-up."""

import datetime

import pytest
from django.template.defaultfilters import date as date_filter
from django.utils import timezone, translation

from partners.models import Membership
from tests.activiteiten.factories import ActivityFactory, CampaignFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


def _campaign(title, slug, days):
    start = timezone.localdate() + datetime.timedelta(days=days)
    return CampaignFactory(
        title=title, slug=slug, start_date=start, end_date=start + datetime.timedelta(6)
    )


def _list(partner_client, organization) -> str:
    return partner_client.get(
        f"/partner/organisatie/{organization.pk}/activiteiten/"
    ).content.decode()


def _shown(occurrence) -> str:
    with translation.override("nl"):
        return date_filter(occurrence.local_start, "l j F Y, H:i")


def test_next_date_skips_a_cancelled_date(partner_client, organization):
    activity = ActivityFactory(
        title="Koffieochtend",
        location=organization.locations.first(),
        start_date=timezone.localdate() + datetime.timedelta(days=3),
        recurrence="FREQ=DAILY;COUNT=3",
    )
    first, second, _third = activity.occurrences.order_by("start")
    assert _shown(first) in _list(partner_client, organization)
    partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/"
        "datum-laten-vervallen/",
        {"datum": first.pk},
    )
    html = _list(partner_client, organization)
    assert _shown(first) not in html
    assert _shown(second) in html


def test_sign_up_offers_only_campaigns_the_activity_is_not_in(
    partner_client, organization
):
    week = _campaign("Week tegen Eenzaamheid proef", "week-proef", 10)
    autumn = _campaign("Herfstcampagne proef", "herfst-proef", 20)
    activity = ActivityFactory(
        title="Koffieochtend",
        location=organization.locations.first(),
        start_date=week.start_date,
        campaigns=[week],
    )
    html = _list(partner_client, organization)
    form = html[html.index(f'id="id_campaign_{activity.pk}"') :]
    form = form[: form.index("</select>")]
    assert "Herfstcampagne proef" in form
    assert "Week tegen Eenzaamheid proef" not in form
    activity.campaigns.add(autumn)
    html = _list(partner_client, organization)
    assert f'id="id_campaign_{activity.pk}"' not in html
    assert "Aanmelden voor campagne" not in html
