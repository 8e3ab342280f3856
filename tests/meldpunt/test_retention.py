"""Personal data is anonymised, then reports deleted, when their time comes."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from meldpunt.models import Note, PersonConcerned, Report, Reporter, ReportStatistic
from meldpunt.services import retention_run
from tests.meldpunt.factories import (
    PersonConcernedFactory,
    ReporterFactory,
    ReportFactory,
)

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def periods(settings):
    settings.MELDPUNT_ANONYMISE_AFTER_DAYS = 90
    settings.MELDPUNT_DELETE_AFTER_DAYS = 365


def closed(days_ago: float, **kwargs) -> Report:
    return ReportFactory(
        status="closed",
        outcome="help-accepted",
        closed_at=NOW - dt.timedelta(days=days_ago),
        **kwargs,
    )


def test_anonymised_exactly_at_the_end_of_the_period_and_not_a_minute_before():
    due = closed(90)
    early = closed(90 - 1 / 1440)
    ReporterFactory(report=due)
    ReporterFactory(report=early)
    assert retention_run(now=NOW) == {"anonymised": 1, "deleted": 0}
    due.refresh_from_db()
    early.refresh_from_db()
    assert due.anonymised_at is not None and early.anonymised_at is None
    assert Reporter.objects.filter(report=early).exists()
    assert not Reporter.objects.filter(report=due).exists()


@pytest.mark.parametrize(
    ("email", "phone"), [("jan@example.nl", ""), ("", "+31612345678")]
)
def test_reporter_with_only_email_or_only_phone_is_anonymised(email, phone):
    report = closed(100, message="Mijn vader Piet woont alleen aan de Kerkweg.")
    ReporterFactory(report=report, name="", email=email, phone=phone)
    PersonConcernedFactory(report=report)
    Note.objects.create(report=report, text="Piet gebeld op 06 98765432.")
    retention_run(now=NOW)
    report.refresh_from_db()
    assert Reporter.objects.count() == 0 and PersonConcerned.objects.count() == 0
    assert "Piet" not in report.message
    texts = list(report.notes.values_list("text", flat=True))
    assert not any("Piet" in t for t in texts)
    assert any("bewaartermijn" in t for t in texts)


def test_open_reports_are_never_touched():
    report = ReportFactory(status="triage", created_at=NOW - dt.timedelta(days=900))
    ReporterFactory(report=report)
    assert retention_run(now=NOW) == {"anonymised": 0, "deleted": 0}


def test_deleted_after_the_longer_period_leaving_a_statistics_record(db):
    from tests.sociale_kaart.factories import OrganizationFactory

    partner = OrganizationFactory(name="Welzijn (Berkel) + Bleiswijk")
    report = closed(365, kern="bleiswijk", channel="phone", partner=partner)
    keep = closed(364)
    retention_run(now=NOW)
    assert list(Report.objects.all()) == [keep]
    record = ReportStatistic.objects.get()
    assert (record.kind, record.kern, record.channel) == (
        report.kind,
        "bleiswijk",
        "phone",
    )
    assert record.partner == partner and record.outcome == "help-accepted"
    assert record.received_at == report.created_at
    assert record.closed_at == report.closed_at


def test_running_again_changes_nothing_more():
    ReporterFactory(report=closed(120))
    assert retention_run(now=NOW)["anonymised"] == 1
    notes = Note.objects.count()
    assert retention_run(now=NOW) == {"anonymised": 0, "deleted": 0}
    assert Note.objects.count() == notes


def test_dry_run_only_counts():
    ReporterFactory(report=closed(120))
    closed(400)
    out = io.StringIO()
    call_command("meldpunt_retention", "--dry-run", stdout=out)
    assert "Would anonymise 1" in out.getvalue() and "would delete 1" in out.getvalue()
    assert Reporter.objects.count() == 1 and Report.objects.count() == 2


def test_the_command_uses_the_configured_periods(settings):
    settings.MELDPUNT_ANONYMISE_AFTER_DAYS = 10
    report = ReportFactory(
        status="cancelled",
        cancel_reason="spam",
        closed_at=timezone.now() - dt.timedelta(days=11),
    )
    ReporterFactory(report=report)
    call_command("meldpunt_retention", stdout=io.StringIO())
    assert Reporter.objects.count() == 0
