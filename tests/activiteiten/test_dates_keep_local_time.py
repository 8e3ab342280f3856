"""A weekly coffee morning at 10:00 stays at 10:00 across summer and winter time."""

import datetime

import pytest

from activiteiten.recurrence import LOCAL_TZ
from tests.activiteiten.factories import ActivityFactory

pytestmark = pytest.mark.django_db

# Tuesdays from 6 October 2026 to 6 April 2027: past the last Sunday of
# October (25 October 2026, back to winter time) and of March (28 March 2027).
WEEKLY_TUESDAY = "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270406"


def test_every_weekly_date_is_at_ten_local_time():
    activity = ActivityFactory(recurrence=WEEKLY_TUESDAY)
    occurrences = list(activity.occurrences.order_by("start"))
    assert len(occurrences) == 27
    assert occurrences[0].date == datetime.date(2026, 10, 6)
    assert occurrences[-1].date == datetime.date(2027, 4, 6)
    for occurrence in occurrences:
        local = occurrence.start.astimezone(LOCAL_TZ)
        assert (local.hour, local.minute) == (10, 0)
        assert local.weekday() == 1  # Tuesday
        end = occurrence.end.astimezone(LOCAL_TZ)
        assert (end.hour, end.minute) == (12, 0)


def test_utc_time_shifts_with_summer_time_while_local_time_does_not():
    activity = ActivityFactory(recurrence=WEEKLY_TUESDAY)
    by_date = {occ.date: occ for occ in activity.occurrences.all()}
    summer = by_date[datetime.date(2026, 10, 20)].start.astimezone(datetime.UTC)
    winter = by_date[datetime.date(2026, 10, 27)].start.astimezone(datetime.UTC)
    spring = by_date[datetime.date(2027, 3, 30)].start.astimezone(datetime.UTC)
    assert (summer.hour, winter.hour, spring.hour) == (8, 9, 8)


def test_activity_past_midnight_belongs_to_its_starting_day():
    activity = ActivityFactory(
        start_date=datetime.date(2026, 11, 14),
        start_time=datetime.time(23, 0),
        end_time=datetime.time(1, 0),
    )
    occurrence = activity.occurrences.get()
    assert occurrence.date == datetime.date(2026, 11, 14)
    assert occurrence.end.astimezone(LOCAL_TZ) == datetime.datetime(
        2026, 11, 15, 1, 0, tzinfo=LOCAL_TZ
    )


def test_utc_until_typed_in_is_read_in_local_time():
    activity = ActivityFactory.build(
        recurrence="RRULE:freq=weekly;until=20261020T220000Z",
        location=None,
        address="Dorpshuis",
    )
    activity.clean()
    assert activity.recurrence == "FREQ=WEEKLY;UNTIL=20261021T000000"


def times_per_day(html: str) -> dict[str, list[str]]:
    import re

    result = {}
    for day, body in re.findall(
        r'aria-labelledby="(?:print-)?dag-([\d-]+)"(.*?)</section>', html, re.S
    ):
        result[day] = re.findall(r"\b(\d\d:\d\d)(?:</time>)?–", body)
    return result


def test_programme_page_shows_ten_oclock_on_both_sides_of_the_change(
    client, coffee_morning
):
    html = client.get("/activiteiten/winter-samen/").content.decode()
    days = times_per_day(html)
    assert len(days) == 27
    assert {"2026-10-20", "2026-10-27", "2027-03-23", "2027-03-30"} <= set(days)
    assert all(times == ["10:00"] for times in days.values())


def test_printed_programme_shows_ten_oclock_on_every_date(client, coffee_morning):
    html = client.get("/activiteiten/winter-samen/afdrukken/").content.decode()
    days = times_per_day(html)
    assert len(days) == 27
    assert all(times == ["10:00"] for times in days.values())


def test_activity_page_lists_next_dates_at_ten(client, coffee_morning, settings):
    import re

    html = client.get("/activiteiten/activiteit/koffieochtend/").content.decode()
    times = re.findall(r", (\d\d:\d\d)</time>", html)
    assert times and set(times) == {"10:00"}
