"""Calendar feeds per campaign, organisation and activity, valid per RFC 5545:
one event per date, the same UID for that date in every feed."""

import datetime

import pytest

from activiteiten.constants import ActivityStatus
from activiteiten.recurrence import LOCAL_TZ
from activiteiten.services import activity_cancel, occurrence_cancel
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.activiteiten.ical import (
    cancelled_starts,
    confirmed_starts,
    events_by_summary,
    parse_strictly,
)

pytestmark = pytest.mark.django_db

DOMAIN = "activiteiten.samenaanzet-lansingerland.nl"


def _feed(client, path="/activiteiten/winter-samen/agenda.ics"):
    response = client.get(path)
    assert response.status_code == 200
    return parse_strictly(response.content)


def test_campaign_feed_parses_strictly_with_a_rule_based_timezone(
    client, coffee_morning
):
    response = client.get("/activiteiten/winter-samen/agenda.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    parse_strictly(response.content)
    text = response.content.decode()
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text
    assert "RDATE" not in text
    assert text.count("BEGIN:VTIMEZONE") == 1
    assert "DTSTART;TZID=Europe/Amsterdam:20261006T100000" in text
    first = events_by_summary(_feed(client), "Koffieochtend")[0]
    assert str(first["UID"]) == f"activiteit-{coffee_morning.pk}-20261006@{DOMAIN}"
    assert str(first["STATUS"]) == "CONFIRMED"


def test_every_date_in_the_feed_is_at_ten_local_time(client, coffee_morning):
    starts = confirmed_starts(_feed(client), "Koffieochtend")
    assert len(starts) == 27
    for start in starts:
        local = start.astimezone(LOCAL_TZ)
        assert (local.hour, local.minute, local.weekday()) == (10, 0, 1)
    stored = [o.start for o in coffee_morning.occurrences.order_by("start")]
    assert starts == stored


def test_cancelled_date_reaches_subscribers_as_cancelled(client, coffee_morning):
    cancelled = coffee_morning.occurrences.get(date=datetime.date(2026, 11, 3))
    occurrence_cancel(occurrence=cancelled, reason="Zaal bezet")
    calendar = _feed(client)
    (gone,) = cancelled_starts(calendar, "Koffieochtend")
    assert gone.astimezone(LOCAL_TZ).date() == datetime.date(2026, 11, 3)
    days = {
        s.astimezone(LOCAL_TZ).date()
        for s in confirmed_starts(calendar, "Koffieochtend")
    }
    assert datetime.date(2026, 11, 3) not in days and len(days) == 26


def test_cancelling_the_only_date_of_a_one_off_cancels_it(client, winter_campaign):
    dinner = ActivityFactory(
        title="Kerstdiner",
        campaigns=[winter_campaign],
        start_date=datetime.date(2026, 12, 20),
    )
    occurrence_cancel(occurrence=dinner.occurrences.get())
    (event,) = events_by_summary(_feed(client), "Kerstdiner")
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) == 1


def test_a_cancelled_activity_is_cancelled_on_every_date(client, coffee_morning):
    activity_cancel(activity=coffee_morning, note="De vrijwilligers stoppen")
    calendar = _feed(client)
    assert confirmed_starts(calendar, "Koffieochtend") == []
    assert len(cancelled_starts(calendar, "Koffieochtend")) == 27
    one_off = ActivityFactory(
        title="Kerstdiner",
        campaigns=[coffee_morning.campaigns.get()],
        start_date=datetime.date(2026, 12, 20),
        status=ActivityStatus.CANCELLED,
    )
    (event,) = events_by_summary(_feed(client), one_off.title)
    assert str(event["STATUS"]) == "CANCELLED" and "RRULE" not in event


def test_campaign_feed_carries_only_the_campaign_dates(client, coffee_morning):
    december = CampaignFactory(
        title="Decembermaand",
        slug="december",
        start_date=datetime.date(2026, 12, 1),
        end_date=datetime.date(2026, 12, 31),
    )
    coffee_morning.campaigns.add(december)
    starts = confirmed_starts(
        _feed(client, "/activiteiten/december/agenda.ics"), "Koffieochtend"
    )
    assert [s.date() for s in starts] == [
        datetime.date(2026, 12, d) for d in (1, 8, 15, 22, 29)
    ]
    page = client.get("/activiteiten/december/").content.decode()
    assert page.count("Koffieochtend") >= 5


def test_two_feeds_share_the_uid_of_each_date(client, coffee_morning):
    slug = coffee_morning.organizations.get().slug
    campaign = _feed(client)
    organization = _feed(client, f"/activiteiten/organisatie/{slug}/agenda.ics")
    single = _feed(client, "/activiteiten/activiteit/koffieochtend/agenda.ics")
    uids = [
        {str(e["UID"]) for e in c.walk("VEVENT")}
        for c in (campaign, organization, single)
    ]
    assert uids[0] == uids[1] == uids[2]
    assert len(uids[0]) == 27
    by_uid = {str(e["UID"]): e.to_ical() for e in campaign.walk("VEVENT")}
    for event in organization.walk("VEVENT"):
        assert event.to_ical() == by_uid[str(event["UID"])]


def test_an_empty_feed_is_still_a_calendar(client, winter_campaign):
    response = client.get("/activiteiten/winter-samen/agenda.ics")
    calendar = parse_strictly(response.content)
    assert calendar.walk("VEVENT") == []
    assert len(calendar.walk("VTIMEZONE")) == 1


def test_organisation_feed_has_only_its_own_activities(client, coffee_morning):
    ActivityFactory(title="Van een ander")
    slug = coffee_morning.organizations.get().slug
    calendar = _feed(client, f"/activiteiten/organisatie/{slug}/agenda.ics")
    assert {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")} == {"Koffieochtend"}


def test_unknown_organisation_or_campaign_feed_is_404(client, db):
    assert client.get("/activiteiten/organisatie/niemand/agenda.ics").status_code == 404
    assert client.get("/activiteiten/niets/agenda.ics").status_code == 404


def test_add_to_calendar_gives_every_date(client, coffee_morning):
    response = client.get("/activiteiten/activiteit/koffieochtend/agenda.ics")
    assert 'filename="koffieochtend.ics"' in response["Content-Disposition"]
    assert len(parse_strictly(response.content).walk("VEVENT")) == 27


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
    with django_assert_max_num_queries(6):
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
    events = events_by_summary(parse_strictly(feed), "Koffieochtend")
    assert {(str(e["STATUS"]), int(e["SEQUENCE"])) for e in events} == {
        ("CANCELLED", 1)
    }
