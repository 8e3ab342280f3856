"""A regular offer of the sociale kaart is featured in a campaign without retyping:
weekly activities on its days and times, closures left out, safe to repeat."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from activiteiten.models import Activity, Occurrence
from activiteiten.recurrence import LOCAL_TZ
from activiteiten.services import service_feature_in_campaign
from sociale_kaart.models import ServiceClosure
from tests.activiteiten.factories import CampaignFactory
from tests.activiteiten.ical import expand, parse_strictly
from tests.sociale_kaart.factories import ServiceFactory, ServiceScheduleFactory

pytestmark = pytest.mark.django_db

TUESDAY, THURSDAY = 2, 4


def _next(weekday: int, after: datetime.date) -> datetime.date:
    return after + datetime.timedelta(days=(weekday - after.isoweekday()) % 7)


@pytest.fixture
def campaign():
    """Four weeks, starting a week from today."""
    start = timezone.localdate() + datetime.timedelta(days=7)
    return CampaignFactory(
        title="Samen de winter door",
        slug="samen-de-winter-door",
        start_date=start,
        end_date=start + datetime.timedelta(days=27),
    )


@pytest.fixture
def walk_in():
    """Inloop: Tuesdays 10:00-12:00 and Thursdays 14:00-16:00, € 1 coffee."""
    service = ServiceFactory(
        name="Inloop De Koffiepot",
        slug="inloop-de-koffiepot",
        organization__name="Stichting Buurtkamer",
        is_free=False,
        cost_description="€ 1 voor koffie",
    )
    ServiceScheduleFactory(
        service=service,
        weekday=TUESDAY,
        opens_at=datetime.time(10, 0),
        closes_at=datetime.time(12, 0),
    )
    ServiceScheduleFactory(
        service=service,
        weekday=THURSDAY,
        opens_at=datetime.time(14, 0),
        closes_at=datetime.time(16, 0),
    )
    return service


def test_offer_appears_in_programme_on_its_days_and_times(client, campaign, walk_in):
    activities = service_feature_in_campaign(service=walk_in, campaign=campaign)
    assert len(activities) == 2
    starts = [
        occ.start.astimezone(LOCAL_TZ)
        for occ in Occurrence.objects.filter(activity__campaigns=campaign)
    ]
    assert len(starts) == 8  # four weeks, two days a week
    for start in starts:
        assert (start.isoweekday(), start.hour) in {(TUESDAY, 10), (THURSDAY, 14)}
        assert campaign.start_date <= start.date() <= campaign.end_date
    tuesday = next(a for a in activities if a.start_time.hour == 10)
    assert tuesday.title == "Inloop De Koffiepot"
    assert tuesday.cost == "€ 1 voor koffie" and not tuesday.is_free
    assert [o.name for o in tuesday.organizations.all()] == ["Stichting Buurtkamer"]
    assert tuesday.location in walk_in.locations.all()

    html = client.get(campaign.get_absolute_url()).content.decode()
    assert html.count("Inloop De Koffiepot") == 8
    feed = client.get(f"{campaign.get_absolute_url()}agenda.ics").content
    events = [
        e
        for e in parse_strictly(feed).walk("VEVENT")
        if str(e["SUMMARY"]) == "Inloop De Koffiepot"
    ]
    assert (
        sorted(start.hour for e in events for start in expand(e)) == [10] * 4 + [14] * 4
    )


def test_closure_in_the_campaign_is_skipped(client, campaign, walk_in):
    closed = _next(TUESDAY, campaign.start_date) + datetime.timedelta(days=7)
    ServiceClosure.objects.create(
        service=walk_in, start_date=closed, end_date=closed, reason="Schoonmaak"
    )
    service_feature_in_campaign(service=walk_in, campaign=campaign)
    shown = Occurrence.objects.visible().filter(activity__campaigns=campaign)
    assert closed not in {occ.date for occ in shown}
    assert shown.count() == 7
    feed = client.get(f"{campaign.get_absolute_url()}agenda.ics").content
    starts = [
        e.decoded("DTSTART")
        for e in parse_strictly(feed).walk("VEVENT")
        if str(e["STATUS"]) == "CONFIRMED"
    ]
    assert len(starts) == 7
    assert closed not in {start.date() for start in starts}


def test_running_again_updates_instead_of_duplicating(campaign, walk_in):
    service_feature_in_campaign(service=walk_in, campaign=campaign)
    walk_in.name = "Inloop De Grote Koffiepot"
    walk_in.save()
    service_feature_in_campaign(service=walk_in, campaign=campaign)
    activities = Activity.objects.filter(service=walk_in)
    assert activities.count() == 2
    assert {a.title for a in activities} == {"Inloop De Grote Koffiepot"}
    assert Occurrence.objects.filter(activity__service=walk_in).count() == 8
    assert all(a.sequence == 1 for a in activities)  # calendars take the update


def test_a_dropped_weekday_is_cancelled_when_run_again(campaign, walk_in):
    service_feature_in_campaign(service=walk_in, campaign=campaign)
    walk_in.schedules.filter(weekday=THURSDAY).delete()
    service_feature_in_campaign(service=walk_in, campaign=campaign)
    thursday = Activity.objects.get(service=walk_in, start_time=datetime.time(14))
    assert thursday.status == "cancelled"


def test_featured_tuesday_stays_at_ten_after_the_last_sunday_of_october():
    # 31 October 2027 is the last Sunday of October: back to winter time.
    autumn = CampaignFactory(
        start_date=datetime.date(2027, 10, 1), end_date=datetime.date(2027, 11, 30)
    )
    service = ServiceFactory()
    ServiceScheduleFactory(
        service=service,
        weekday=TUESDAY,
        opens_at=datetime.time(10, 0),
        closes_at=datetime.time(11, 30),
    )
    service_feature_in_campaign(
        service=service, campaign=autumn, today=datetime.date(2027, 9, 1)
    )
    by_date = {
        occ.date: occ for occ in Occurrence.objects.filter(activity__service=service)
    }
    before, after = (
        by_date[datetime.date(2027, 10, 26)],
        by_date[datetime.date(2027, 11, 2)],
    )
    for occurrence in (before, after):
        local = occurrence.start.astimezone(LOCAL_TZ)
        assert (local.hour, local.minute) == (10, 0)
    assert before.start.astimezone(datetime.UTC).hour == 8
    assert after.start.astimezone(datetime.UTC).hour == 9


def test_one_off_offer_without_weekly_times_gives_a_clear_error(campaign):
    service = ServiceFactory(name="Eenmalige lezing")
    with pytest.raises(ValidationError) as error:
        service_feature_in_campaign(service=service, campaign=campaign)
    assert "geen vaste dagen en tijden" in error.value.messages[0]
    assert not Activity.objects.exists()


def test_ended_campaign_is_refused(walk_in):
    past = CampaignFactory(
        start_date=datetime.date(2025, 9, 1), end_date=datetime.date(2025, 9, 30)
    )
    with pytest.raises(ValidationError) as error:
        service_feature_in_campaign(service=walk_in, campaign=past)
    assert "al voorbij" in error.value.messages[0]
    assert not Activity.objects.exists()


def test_activity_page_links_to_the_offer(client, campaign, walk_in):
    [activity, _] = service_feature_in_campaign(service=walk_in, campaign=campaign)
    html = client.get(activity.get_absolute_url()).content.decode()
    assert "Vast aanbod van Stichting Buurtkamer" in html
    assert f'href="{walk_in.get_absolute_url()}"' in html


def test_coordinator_features_an_offer_from_the_campaign_admin(
    coordinator_client, campaign, walk_in
):
    url = f"/admin/activiteiten/campaign/{campaign.pk}/vast-aanbod/"
    page = coordinator_client.get(url).content.decode()
    assert "Inloop De Koffiepot" in page
    response = coordinator_client.post(url, {"service": walk_in.pk}, follow=True)
    assert "staat nu in Samen de winter door" in response.content.decode()
    assert Activity.objects.filter(service=walk_in, campaigns=campaign).count() == 2


def test_coordinator_admin_refuses_an_offer_without_weekly_times(
    coordinator_client, campaign
):
    one_off = ServiceFactory(name="Eenmalige lezing")
    url = f"/admin/activiteiten/campaign/{campaign.pk}/vast-aanbod/"
    response = coordinator_client.post(url, {"service": one_off.pk})
    assert response.status_code == 200
    assert not Activity.objects.exists()


def test_partner_without_admin_access_cannot_use_the_admin_page(
    partner_client, campaign, walk_in
):
    url = f"/admin/activiteiten/campaign/{campaign.pk}/vast-aanbod/"
    response = partner_client.post(url, {"service": walk_in.pk})
    assert response.status_code in (302, 403)
    assert not Activity.objects.exists()


def test_stopped_offer_is_not_featured(campaign, walk_in):
    walk_in.status = "inactive"
    walk_in.save()
    with pytest.raises(ValidationError) as error:
        service_feature_in_campaign(service=walk_in, campaign=campaign)
    assert "staat niet op de sociale kaart" in error.value.messages[0]
    assert not Activity.objects.exists()


def test_activity_of_an_offer_that_stopped_keeps_its_dates_without_the_link(
    client, campaign, walk_in
):
    [activity, _] = service_feature_in_campaign(service=walk_in, campaign=campaign)
    walk_in.status = "inactive"
    walk_in.save()
    html = client.get(activity.get_absolute_url()).content.decode()
    assert "Vast aanbod van" not in html
    assert "Volgende keren" in html
