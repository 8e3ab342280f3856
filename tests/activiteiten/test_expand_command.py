"""The daily job stores dates up to the rolling horizon; re-running changes nothing."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.activiteiten.factories import ActivityFactory

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = io.StringIO()
    call_command("activiteiten_expand_occurrences", *args, stdout=out)
    return out.getvalue()


def test_command_extends_an_open_series_to_the_horizon(settings):
    settings.ACTIVITEITEN_HORIZON_DAYS = 30
    today = timezone.localdate()
    activity = ActivityFactory(start_date=today, recurrence="FREQ=DAILY", expand=False)
    dry = run("--dry-run")
    assert "dry run" in dry and "created=31" in dry
    assert activity.occurrences.count() == 0
    assert "created=31" in run()
    assert activity.occurrences.count() == 31
    assert activity.occurrences.order_by("-date").first().date == (
        today + datetime.timedelta(days=30)
    )
    assert "created=0 updated=0 deleted=0" in run()


def test_changing_the_rule_removes_dates_that_no_longer_follow(settings):
    activity = ActivityFactory(recurrence="FREQ=WEEKLY;COUNT=5")
    assert activity.occurrences.count() == 5
    activity.recurrence = "FREQ=WEEKLY;COUNT=2"
    activity.save()
    assert "deleted=3" in run()
    assert activity.occurrences.count() == 2
