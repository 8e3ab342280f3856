"""First contact is due in working days; Dutch holidays and closing days skipped."""

import datetime as dt

import pytest

from meldpunt.deadlines import add_working_days
from meldpunt.services import report_submit

D = dt.date


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (D(2026, 11, 25), 3, D(2026, 11, 30)),  # Wednesday → Monday, over a weekend
        (
            D(2026, 4, 2),
            3,
            D(2026, 4, 9),
        ),  # Good Friday is no holiday; Easter Monday is
        (D(2026, 4, 24), 1, D(2026, 4, 28)),  # King's Day, Monday 27 April
        (D(2026, 12, 23), 3, D(2026, 12, 29)),  # Christmas Day (Friday) skipped
        (D(2025, 5, 2), 1, D(2025, 5, 6)),  # Liberation Day 2025 (lustrum year)
    ],
)
def test_due_date_skips_weekends_and_public_holidays(start, days, due):
    assert add_working_days(start, days) == due


def test_extra_closing_days_are_skipped(settings):
    settings.MELDPUNT_EXTRA_CLOSING_DAYS = ["2026-05-05"]
    assert add_working_days(D(2026, 5, 4), 1) == D(2026, 5, 6)


@pytest.mark.django_db
def test_a_report_gets_its_due_date_from_the_configured_number(settings):
    settings.MELDPUNT_FIRST_CONTACT_WORKING_DAYS = 2
    received = dt.datetime(2026, 11, 27, 16, 0, tzinfo=dt.UTC)  # a Friday
    report = report_submit(
        kind="question", message="Vraag", privacy_consent=True, received_at=received
    )
    assert report.first_contact_due == D(2026, 12, 1)
