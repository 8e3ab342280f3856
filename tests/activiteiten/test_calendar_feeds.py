"""Calendar feeds per campaign, organisation and activity, valid per RFC 5545."""

import datetime

import pytest

from activiteiten.constants import ActivityStatus
from activiteiten.recurrence import LOCAL_TZ
from activiteiten.services import occurrence_cancel
from tests.activiteiten.factories import ActivityFactory
from tests.activiteiten.ical import event_by_summary, expand, parse_strictly

pytestmark = pytest.mark.django_db


def test_campaign_feed_parses_strictly_with_timezone_and_utc_until(
    client, coffee_morning
):
    response = client.get("/activiteiten/winter-samen/agenda.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = parse_strictly(response.content)
    text = response.content.decode()
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam" in text
    assert "DTSTART;TZID=Europe/Amsterdam:20261006T100000" in text
    assert "UNTIL=20270406T215959Z" in text
    event = event_by_summary(calendar, "Koffieochtend")
    assert str(event["UID"]) == f"activiteit-{coffee_morning.pk}@" + (
        "activiteiten.samenaanzet-lansingerland.nl"
    )
    assert str(event["STATUS"]) == "CONFIRMED"


def test_every_date_in_the_feed_is_at_ten_local_time(client, coffee_morning):
    calendar = parse_strictly(
        client.get("/activiteiten/winter-samen/agenda.ics").content
    )
    starts = expand(event_by_summary(calendar, "Koffieochtend"))
    assert len(starts) == 27
    for start in starts:
        local = start.astimezone(LOCAL_TZ)
        assert (local.hour, local.minute, local.weekday()) == (10, 0, 1)
    stored = [o.start for o in coffee_morning.occurrences.order_by("start")]
    assert starts == stored


def test_cancelled_date_leaves_the_feed_through_exdate(client, coffee_morning):
    cancelled = coffee_morning.occurrences.get(date=datetime.date(2026, 11, 3))
    occurrence_cancel(occurrence=cancelled, reason="Zaal bezet")
    response = client.get("/activiteiten/winter-samen/agenda.ics")
    text = response.content.decode()
    assert "EXDATE;TZID=Europe/Amsterdam:20261103T100000" in text
    starts = expand(event_by_summary(parse_strictly(response.content), "Koffieochtend"))
    days = {start.astimezone(LOCAL_TZ).date() for start in starts}
    assert datetime.date(2026, 11, 3) not in days
    assert {datetime.date(2026, 10, 27), datetime.date(2026, 11, 10)} <= days
    assert len(starts) == 26


def test_cancelled_one_off_event_carries_status_cancelled(client, winter_campaign):
    ActivityFactory(
        title="Kerstdiner",
        campaigns=[winter_campaign],
        start_date=datetime.date(2026, 12, 20),
        status=ActivityStatus.CANCELLED,
    )
    calendar = parse_strictly(
        client.get("/activiteiten/winter-samen/agenda.ics").content
    )
    event = event_by_summary(calendar, "Kerstdiner")
    assert str(event["STATUS"]) == "CANCELLED"
    assert "RRULE" not in event


def test_organisation_feed_has_only_its_own_activities(client, coffee_morning):
    ActivityFactory(title="Van een ander")
    slug = coffee_morning.organizations.get().slug
    response = client.get(f"/activiteiten/organisatie/{slug}/agenda.ics")
    calendar = parse_strictly(response.content)
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Koffieochtend"]


def test_unknown_organisation_or_campaign_feed_is_404(client, db):
    assert client.get("/activiteiten/organisatie/niemand/agenda.ics").status_code == 404
    assert client.get("/activiteiten/niets/agenda.ics").status_code == 404


def test_add_to_calendar_gives_one_event(client, coffee_morning):
    response = client.get("/activiteiten/activiteit/koffieochtend/agenda.ics")
    assert 'filename="koffieochtend.ics"' in response["Content-Disposition"]
    calendar = parse_strictly(response.content)
    assert len(calendar.walk("VEVENT")) == 1


def test_feed_of_activity_past_midnight_ends_the_next_day(client, winter_campaign):
    ActivityFactory(
        title="Nachtwandeling",
        campaigns=[winter_campaign],
        start_date=datetime.date(2026, 11, 14),
        start_time=datetime.time(23, 0),
        end_time=datetime.time(1, 0),
    )
    text = client.get("/activiteiten/winter-samen/agenda.ics").content.decode()
    assert "DTSTART;TZID=Europe/Amsterdam:20261114T230000" in text
    assert "DTEND;TZID=Europe/Amsterdam:20261115T010000" in text


def test_feed_query_count_does_not_grow_with_activities(
    client, coffee_morning, winter_campaign, django_assert_max_num_queries
):
    for _ in range(8):
        ActivityFactory(campaigns=[winter_campaign], recurrence="FREQ=WEEKLY;COUNT=2")
    with django_assert_max_num_queries(5):
        client.get("/activiteiten/winter-samen/agenda.ics")


def test_sequence_rises_when_a_date_is_cancelled_or_restored(client, coffee_morning):
    from activiteiten.services import occurrence_restore

    def sequence() -> int:
        feed = client.get("/activiteiten/activiteit/koffieochtend/agenda.ics").content
        return int(parse_strictly(feed).walk("VEVENT")[0]["SEQUENCE"])

    assert sequence() == 0
    occurrence = coffee_morning.occurrences.order_by("start").first()
    occurrence_cancel(occurrence=occurrence)
    assert sequence() == 1
    occurrence_restore(occurrence=occurrence)
    assert sequence() == 2


def test_sequence_rises_when_a_coordinator_edits(coordinator_client, coffee_morning):
    from django.forms.models import model_to_dict

    data = {
        key: value
        for key, value in model_to_dict(coffee_morning).items()
        if value is not None
    }
    data.update(
        organizations=[o.pk for o in coffee_morning.organizations.all()],
        campaigns=[c.pk for c in coffee_morning.campaigns.all()],
        status="cancelled",
        is_free="on",
        start_time="10:00",
        end_time="12:00",
        **{
            "exceptions-TOTAL_FORMS": "0",
            "exceptions-INITIAL_FORMS": "0",
            "occurrences-TOTAL_FORMS": "0",
            "occurrences-INITIAL_FORMS": "0",
        },
    )
    data.pop("wheelchair_accessible", None)
    response = coordinator_client.post(
        f"/admin/activiteiten/activity/{coffee_morning.pk}/change/", data
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    coffee_morning.refresh_from_db()
    assert coffee_morning.sequence == 1
    feed = coordinator_client.get("/activiteiten/winter-samen/agenda.ics").content
    event = event_by_summary(parse_strictly(feed), "Koffieochtend")
    assert str(event["STATUS"]) == "CANCELLED" and int(event["SEQUENCE"]) == 1
