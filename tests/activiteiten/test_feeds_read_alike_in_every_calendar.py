"""A resident's calendar shows what the programme page shows: three readers
nobody here wrote (ical.js, vobject, recurring-ical-events) agree with the page
on every date of a test calendar with a weekly series over both clock changes,
an excluded date, a cancelled date and a cancelled one-off."""

import datetime

import pytest

from activiteiten.models import ActivityException, Occurrence
from activiteiten.services import activity_expand_occurrences, occurrence_cancel
from tests.activiteiten.factories import ActivityFactory
from tests.activiteiten.readers import (
    READERS,
    disagreements,
    page_cancelled_starts,
    page_starts,
)

pytestmark = pytest.mark.django_db

MONTHS = ["2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04"]


@pytest.fixture
def test_calendar(coffee_morning, winter_campaign):
    """Tuesdays 10:00 from 6 October 2026 (summer time) over 25 October and
    28 March to 6 April 2027; 29 December excluded, 10 November cancelled; a
    one-off Christmas dinner whose only date is cancelled; a Saturday walk."""
    ActivityException.objects.create(
        activity=coffee_morning, date=datetime.date(2026, 12, 29), reason="Kerst"
    )
    activity_expand_occurrences(
        activity=coffee_morning, until=datetime.date(2027, 12, 31)
    )
    occurrence_cancel(
        occurrence=coffee_morning.occurrences.get(date=datetime.date(2026, 11, 10))
    )
    dinner = ActivityFactory(
        title="Kerstdiner",
        campaigns=[winter_campaign],
        start_date=datetime.date(2026, 12, 20),
        start_time=datetime.time(18, 0),
        end_time=datetime.time(21, 0),
    )
    occurrence_cancel(occurrence=dinner.occurrences.get())
    ActivityFactory(
        title="Wandelen",
        campaigns=[winter_campaign],
        start_date=datetime.date(2026, 10, 17),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(11, 0),
        recurrence="FREQ=WEEKLY;BYDAY=SA;UNTIL=20270410",
    )
    return winter_campaign


def _page(client, campaign) -> tuple[list[datetime.datetime], list[datetime.datetime]]:
    """The dates the programme shows going ahead, and those it shows as "gaat
    niet door", over all the campaign's months."""
    shown, called_off = [], []
    for month in MONTHS:
        html = client.get(f"{campaign.get_absolute_url()}?maand={month}")
        shown += page_starts(html.content.decode())
        called_off += page_cancelled_starts(html.content.decode())
    return sorted(set(shown)), sorted(set(called_off))


@pytest.mark.parametrize("reader", READERS)
def test_every_reader_agrees_with_the_page_on_every_date(client, test_calendar, reader):
    shown, called_off = _page(client, test_calendar)
    assert len(shown) == 25 + 26  # Tuesdays less two, Saturdays
    cancelled = [o.start for o in Occurrence.objects.filter(is_cancelled=True)]
    assert len(cancelled) == 3
    assert called_off == sorted(cancelled)
    feed = client.get(f"{test_calendar.get_absolute_url()}agenda.ics").content
    readings = READERS[reader](feed)
    assert disagreements(readings, shown, cancelled) == []


@pytest.mark.parametrize("reader", READERS)
def test_ten_oclock_on_tuesdays_is_ten_in_every_reader(client, coffee_morning, reader):
    feed = client.get("/activiteiten/activiteit/koffieochtend/agenda.ics").content
    readings = READERS[reader](feed)
    assert len(readings) == 27
    summer = [r for r in readings if r.start.month in (10, 4) and r.start.day < 25]
    assert summer, "the series starts and ends in summer time"
    for reading in readings:
        assert (reading.local.weekday(), reading.local.hour, reading.local.minute) == (
            1,
            10,
            0,
        )


@pytest.mark.parametrize("reader", READERS)
def test_an_empty_feed_reads_as_an_empty_calendar(client, winter_campaign, reader):
    feed = client.get(f"{winter_campaign.get_absolute_url()}agenda.ics").content
    assert READERS[reader](feed) == []
