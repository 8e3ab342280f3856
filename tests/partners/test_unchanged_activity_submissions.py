"""A partner's activity submission that changes nothing stores nothing: no
approval request, no history row, no new calendar version. The partner is told."""

import datetime

import pytest
from django.utils import timezone

from partners.models import Membership, PendingChange
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.partners.factories import PartnerSettingsFactory
from tests.sociale_kaart.factories import ServiceFactory, ServiceScheduleFactory

pytestmark = pytest.mark.django_db

NOTHING = "Er was niets veranderd."


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


@pytest.fixture
def week():
    start = timezone.localdate() + datetime.timedelta(days=10)
    return CampaignFactory(
        title="Week tegen Eenzaamheid proef",
        start_date=start,
        end_date=start + datetime.timedelta(days=6),
    )


@pytest.fixture
def activity(organization, week):
    return ActivityFactory(
        title="Koffieochtend",
        location=organization.locations.first(),
        organizations=[organization],
        start_date=week.start_date + datetime.timedelta(days=1),
        campaigns=[week],
    )


@pytest.fixture(params=[False, True], ids=["live", "with-approval"])
def approval(request, organization):
    return PartnerSettingsFactory(
        organization=organization, changes_need_approval=request.param
    )


def _unchanged_form(activity, week):
    return {
        "title": "Koffieochtend",
        "description": "Samen koffie drinken en een praatje maken.",
        "campaigns": [week.pk],
        "repeat": "once",
        "start_date": activity.start_date.isoformat(),
        "start_time": "10:00",
        "end_time": "12:00",
        "location": activity.location_id,
        "address": "",
        "target_group": "everyone",
        "is_free": "on",
        "cost": "",
        "registration": "none",
        "registration_contact": "",
        "max_participants": "",
        "accessibility": "",
        "save": "1",
    }


def _assert_nothing_stored(activity):
    activity.refresh_from_db()
    assert activity.sequence == 0
    assert not PendingChange.objects.exists()


def test_signing_up_again_for_the_same_campaign_changes_nothing(
    partner_client, organization, week, activity, approval
):
    history = activity.history.count()
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/aanmelden/",
        {"campaign": week.pk},
        follow=True,
    )
    html = response.content.decode()
    assert NOTHING in html and "Opgeslagen" not in html
    _assert_nothing_stored(activity)
    assert activity.history.count() == history
    assert list(activity.campaigns.all()) == [week]


def test_saving_the_form_unchanged_changes_nothing(
    partner_client, organization, week, activity, approval
):
    history = activity.history.count()
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/wijzigen/",
        _unchanged_form(activity, week),
        follow=True,
    )
    html = response.content.decode()
    assert NOTHING in html and "Opgeslagen" not in html
    _assert_nothing_stored(activity)
    assert activity.history.count() == history


def test_one_changed_field_is_still_saved_or_sent_for_approval(
    partner_client, organization, week, activity, approval
):
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/wijzigen/",
        {**_unchanged_form(activity, week), "end_time": "12:30"},
        follow=True,
    )
    assert "Opgeslagen" in response.content.decode()
    activity.refresh_from_db()
    if approval.changes_need_approval:
        assert PendingChange.objects.count() == 1 and activity.sequence == 0
    else:
        assert activity.end_time == datetime.time(12, 30) and activity.sequence == 1


def test_offer_in_a_campaign_with_approval_is_worded_for_the_offer(
    partner_client, organization, week
):
    PartnerSettingsFactory(organization=organization, changes_need_approval=True)
    service = ServiceFactory(organization=organization, name="Wekelijkse inloop")
    ServiceScheduleFactory(service=service, weekday=week.start_date.isoweekday())
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/vast-aanbod/",
        {"service": service.pk, "campaign": week.pk},
        follow=True,
    )
    html = response.content.decode()
    assert "Een coördinator kijkt uw aanmelding van dit aanbod na" in html
    assert "kijkt de activiteit na" not in html
