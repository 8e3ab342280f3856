"""Working-day arithmetic for first-contact deadlines (Europe/Amsterdam dates)."""

import datetime as dt
from functools import lru_cache

import holidays
from django.conf import settings


@lru_cache(maxsize=32)
def _dutch_holidays(year: int) -> frozenset[dt.date]:
    # holidays' NL calendar counts Liberation Day only in lustrum years; the
    # extra closing days setting covers the other years when offices close.
    return frozenset(holidays.country_holidays("NL", years=year).keys())


def is_working_day(day: dt.date) -> bool:
    """Monday–Friday, not a Dutch public holiday, not in MELDPUNT_EXTRA_CLOSING_DAYS."""
    extra = {dt.date.fromisoformat(d) for d in settings.MELDPUNT_EXTRA_CLOSING_DAYS}
    return (
        day.weekday() < 5 and day not in _dutch_holidays(day.year) and day not in extra
    )


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The date ``days`` working days after ``start`` (a local Europe/Amsterdam date).

    A report received on Friday with ``days=3`` is due on Wednesday; public
    holidays and extra closing days are skipped.
    """
    current = start
    remaining = days
    while remaining > 0:
        current += dt.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current
