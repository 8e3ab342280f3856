"""An activity is only in a campaign when one of its dates (not cancelled) falls
within the campaign: partner form, sign-up, admin and approval all refuse it."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from activiteiten.models import Activity, ActivityException
from partners.constants import ChangeStatus
from partners.models import Membership, PendingChange
from sociale_kaart.models import ServiceClosure
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.activiteiten.test_coordinator_enters_activities import activity_form
from tests.conftest import otp_verify
from tests.partners.factories import PartnerSettingsFactory
from tests.sociale_kaart.factories import (
    LocationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
)

pytestmark = pytest.mark.django_db

REFUSED = "Deze activiteit heeft geen datum in de Decemberweek"


def _in(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


@pytest.fixture
def december():
    """A campaign of eleven days, starting in ten days."""
    return CampaignFactory(
        title="Decemberweek 2026",
        slug="decemberweek-2026",
        start_date=_in(10),
        end_date=_in(20),
    )


def _data(organization, campaign, day, **changes):
    data = {
        "title": "Kerstbingo",
        "description": "Bingo met koffie.",
        "campaigns": [campaign.pk],
        "repeat": "once",
        "start_date": day.isoformat(),
        "start_time": "14:00",
        "end_time": "16:00",
        "location": organization.locations.first().pk,
        "target_group": "everyone",
        "is_free": "on",
        "registration": "none",
        "save": "1",
    }
    data.update(changes)
    return data


def _new_url(organization):
    return f"/partner/organisatie/{organization.pk}/activiteiten/nieuw/"


def test_new_activity_outside_the_campaign_is_refused_and_not_previewed(
    partner_client, organization, december
):
    for button in ("save", "preview"):
        data = _data(organization, december, _in(100))
        del data["save"]
        data[button] = "1"
        response = partner_client.post(_new_url(organization), data)
        html = response.content.decode()
        assert response.status_code == 200
        assert REFUSED in html
        assert "Hoort bij" not in html
    assert not Activity.objects.exists() and not PendingChange.objects.exists()


def test_new_activity_inside_the_campaign_is_saved(
    partner_client, organization, december
):
    response = partner_client.post(
        _new_url(organization), _data(organization, december, _in(12))
    )
    assert response.status_code == 302
    assert list(Activity.objects.get().campaigns.all()) == [december]


def test_weekly_activity_counts_with_a_later_date_in_the_campaign(
    partner_client, organization, december
):
    partner_client.post(
        _new_url(organization),
        _data(
            organization,
            december,
            _in(1),
            repeat="weekly",
            repeat_until=_in(30).isoformat(),
        ),
    )
    assert list(Activity.objects.get().campaigns.all()) == [december]


def test_sign_up_outside_the_campaign_is_refused(
    partner_client, organization, december
):
    activity = ActivityFactory(
        location=organization.locations.first(),
        organizations=[organization],
        start_date=_in(100),
    )
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/aanmelden/",
        {"campaign": december.pk},
        follow=True,
    )
    html = response.content.decode()
    assert REFUSED in html and "Opgeslagen" not in html
    assert not activity.campaigns.exists()


def test_a_cancelled_date_does_not_count(partner_client, organization, december):
    """The only date in the campaign is cancelled: the sign-up is refused."""
    day = _in(15)
    activity = ActivityFactory(
        location=organization.locations.first(),
        organizations=[organization],
        start_date=day - datetime.timedelta(weeks=2),
        recurrence="FREQ=WEEKLY;COUNT=3",
    )
    ActivityException.objects.create(activity=activity, date=day)
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/aanmelden/",
        {"campaign": december.pk},
        follow=True,
    )
    assert REFUSED in response.content.decode()
    assert not activity.campaigns.exists()


def test_coordinator_gets_the_same_message_in_the_admin(coordinator_client):
    december = CampaignFactory(
        title="Decemberweek 2026",
        start_date=datetime.date(2026, 12, 10),
        end_date=datetime.date(2026, 12, 20),
    )
    location = LocationFactory()
    response = coordinator_client.post(
        "/admin/activiteiten/activity/add/",
        activity_form(
            location,
            start_date="2027-03-01",
            recurrence="",
            campaigns=[december.pk],
        ),
    )
    assert response.status_code == 200
    assert (
        "Deze activiteit heeft geen datum in de Decemberweek 2026 "
        "(10 t/m 20 december 2026)." in response.content.decode()
    )
    assert not Activity.objects.exists()
    response = coordinator_client.post(
        "/admin/activiteiten/activity/add/",
        activity_form(
            location,
            start_date="2026-12-15",
            recurrence="",
            campaigns=[december.pk],
        ),
    )
    assert response.status_code == 302
    assert list(Activity.objects.get().campaigns.all()) == [december]


def test_approval_refuses_when_the_campaign_moved_meanwhile(
    partner_client, organization, december, coordinator
):
    PartnerSettingsFactory(organization=organization, changes_need_approval=True)
    partner_client.post(_new_url(organization), _data(organization, december, _in(12)))
    change = PendingChange.objects.get()
    december.start_date, december.end_date = _in(30), _in(40)
    december.save()
    browser = Client()
    browser.force_login(coordinator)
    otp_verify(browser, coordinator)
    response = browser.post(
        "/admin/partners/pendingchange/",
        {"action": "approve", "_selected_action": [change.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "niet overgenomen" in html and REFUSED in html
    change.refresh_from_db()
    assert change.status == ChangeStatus.PENDING
    assert not Activity.objects.exists()


def test_an_offer_closed_on_all_campaign_days_is_not_put_in_it(
    partner_client, organization, december
):
    service = ServiceFactory(organization=organization, name="Wekelijkse inloop")
    ServiceScheduleFactory(service=service, weekday=_in(12).isoweekday())
    ServiceClosure.objects.create(
        service=service,
        start_date=december.start_date,
        end_date=december.end_date,
        reason="Kerstsluiting",
    )
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/vast-aanbod/",
        {"service": service.pk, "campaign": december.pk},
        follow=True,
    )
    assert "Geen van de vaste dagen" in response.content.decode()
    assert not Activity.objects.exists()
