"""Opening hours with a lunch break and dated closures, in Dutch local time."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from sociale_kaart.constants import ServiceStatus
from sociale_kaart.models import ServiceClosure
from tests.sociale_kaart.factories import ServiceFactory, ServiceScheduleFactory

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")
TUESDAY = datetime.date(2026, 12, 1)


def at(day, hour, minute=0, tz=AMS):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=tz)


@pytest.fixture
def centre():
    service = ServiceFactory(name="Inloop De Leeuwerik")
    ServiceScheduleFactory(
        service=service, weekday=2, opens_at="09:00", closes_at="12:00"
    )
    ServiceScheduleFactory(
        service=service, weekday=2, opens_at="13:30", closes_at="16:00"
    )
    return service


def test_open_in_the_morning_and_afternoon_but_not_at_lunch(centre):
    assert centre.is_open_at(at(TUESDAY, 10))
    assert not centre.is_open_at(at(TUESDAY, 12, 30))
    assert centre.is_open_at(at(TUESDAY, 13, 30))
    assert not centre.is_open_at(at(TUESDAY, 16))
    assert not centre.is_open_at(at(TUESDAY + datetime.timedelta(days=1), 10))


def test_times_are_dutch_local_time_in_winter_and_summer(centre):
    utc = datetime.UTC
    assert centre.is_open_at(at(TUESDAY, 8, 30, tz=utc))  # 09:30 CET
    summer_tuesday = datetime.date(2026, 7, 7)
    assert centre.is_open_at(at(summer_tuesday, 7, 30, tz=utc))  # 09:30 CEST
    assert not centre.is_open_at(at(summer_tuesday, 10, 30, tz=utc))  # 12:30 CEST


def test_closed_on_a_dated_closure(centre):
    ServiceClosure.objects.create(
        service=centre, start_date=TUESDAY, end_date=TUESDAY, reason="studiedag"
    )
    assert not centre.is_open_at(at(TUESDAY, 10))
    assert centre.is_open_at(at(TUESDAY + datetime.timedelta(days=7), 10))


def test_temporarily_closed_offer_is_never_open(centre):
    centre.status = ServiceStatus.TEMPORARILY_CLOSED
    assert not centre.is_open_at(at(TUESDAY, 10))
