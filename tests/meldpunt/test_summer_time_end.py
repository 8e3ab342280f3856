"""A report received at 23:30 on the night summer time ends keeps its local time."""

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from django.core import mail

from meldpunt.services import report_submit

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize(
    ("received", "utc_hour"),
    [
        # Saturday 24 October 2026, still summer time (UTC+2).
        (dt.datetime(2026, 10, 24, 23, 30, tzinfo=AMS), 21),
        # Sunday 25 October 2026, the clocks went back at 03:00 (UTC+1).
        (dt.datetime(2026, 10, 25, 23, 30, tzinfo=AMS), 22),
    ],
)
def test_admin_mail_and_export_show_the_local_date_and_time(
    coordinator_client,
    coordinator,
    django_capture_on_commit_callbacks,
    received,
    utc_hour,
):
    coordinator.email = "coordinator@samenaanzet.example"
    coordinator.save()
    with django_capture_on_commit_callbacks(execute=True):
        report = report_submit(
            kind="question",
            message="Vraag",
            email="jan@example.nl",
            privacy_consent=True,
            received_at=received,
        )
    assert report.created_at.astimezone(dt.UTC).hour == utc_hour
    day = received.day
    admin_list = coordinator_client.get("/admin/meldpunt/report/").content.decode()
    assert f"{day} oktober 2026 23:30" in admin_list  # the admin's one date format
    for message in mail.outbox:
        assert f"{day} oktober 2026 23:30" in message.body
    export = coordinator_client.post(
        "/admin/meldpunt/report/personen/",
        {"email": "jan@example.nl", "action": "export"},
    )
    [row] = json.loads(export.content)
    assert row["ontvangen_op"].startswith(f"2026-10-{day}T23:30:00")


@pytest.mark.parametrize(
    ("received", "month"),
    [
        (dt.datetime(2026, 10, 31, 23, 30, tzinfo=AMS), "2026-10"),
        (dt.datetime(2026, 11, 1, 0, 30, tzinfo=AMS), "2026-11"),  # 31 Oct in UTC
    ],
)
def test_reports_count_in_their_local_month(coordinator_client, received, month):
    report_submit(
        kind="question", message="Vraag", privacy_consent=True, received_at=received
    )
    response = coordinator_client.get("/admin/meldpunt/report/rapportage/")
    months = response.context["figures"]["tables"][0]
    assert [row.label for row in months.rows] == [month]
    csv_text = coordinator_client.get("/admin/meldpunt/report/rapportage.csv").content
    assert f"maand;{month};<5" in csv_text.decode("utf-8-sig")
