"""Anonymisation, deletion and AVG erasure also remove the copies elsewhere:
queued, sent and failed mails, history rows, sessions, cached typed places,
login logs; join requests are deleted after their retention period."""

import datetime as dt

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from post_office.models import STATUS, Email

from meldpunt.models import Report
from meldpunt.services import (
    person_erase,
    report_delete_keeping_statistic,
    report_transition,
)
from partners.models import JoinRequest
from sociale_kaart.services import _place_cache_key, place_resolve
from tests.meldpunt.formdata import report_data
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

ADDRESS = "anna.devries@example.nl"


def mails_about(report: Report) -> int:
    return (
        Email.objects.filter(to__icontains=ADDRESS).count()
        + Email.objects.filter(subject__contains=report.formatted_reference).count()
    )


@pytest.fixture
def report_with_copies(client, coordinator, pdok, mail_stays_queued, settings):
    """A report whose traces are everywhere: a sent confirmation, a queued
    status mail, a failed one, a session, a typed place, a login log and an
    organisation's history."""
    coordinator.email = "coordinator@samenaanzet.example"
    coordinator.save()
    client.post("/meldpunt/", report_data())
    report = Report.objects.get()
    Email.objects.filter(to__icontains=ADDRESS).update(status=STATUS.sent)
    report_transition(
        report_id=report.pk,
        to_status="triage",
        user=coordinator,
        notify_reporter=True,
        reporter_message="Wij bellen u donderdag, mevrouw De Vries.",
    )
    Email.objects.filter(status=STATUS.queued).first().logs.create(
        status=STATUS.failed, message=f"550 no such user {ADDRESS}"
    )
    place_resolve(text="Dorpsstraat 1")
    AccessLog.objects.create(username=ADDRESS, ip_address="192.0.2.7", user_agent="x")
    AccessAttempt.objects.create(
        username=ADDRESS.upper(),
        ip_address="192.0.2.7",
        user_agent="x",
        failures_since_start=1,
    )
    organization = OrganizationFactory(email=ADDRESS)
    organization.email = "info@buurthuis.example"
    organization.save()
    assert mails_about(report) >= 3
    assert cache.get(_place_cache_key("Dorpsstraat 1")) is not None
    return report


def assert_no_copies_left(report: Report) -> None:
    assert mails_about(report) == 0
    assert not Email.objects.filter(message__icontains="De Vries").exists()
    assert cache.get(_place_cache_key("Dorpsstraat 1")) is None
    assert not AccessLog.objects.exists() and not AccessAttempt.objects.exists()
    history = OrganizationFactory._meta.model.history.all()
    assert not history.filter(email__iexact=ADDRESS).exists()
    assert history.exists()
    assert Session.objects.count() == 0


def test_avg_erasure_removes_every_copy(client, coordinator, report_with_copies):
    assert Session.objects.count() == 1
    person_erase(reports=[report_with_copies], user=coordinator)
    assert_no_copies_left(report_with_copies)
    assert "kenmerk" not in client.get("/meldpunt/ontvangen/").content.decode().lower()


def test_deleting_after_retention_removes_every_copy(report_with_copies):
    report_delete_keeping_statistic(report_id=report_with_copies.pk)
    assert_no_copies_left(report_with_copies)


def test_join_requests_are_deleted_with_their_mail_after_the_retention_period(
    settings, mail_stays_queued
):
    from lansingerland.mail import mail_queue

    settings.JOIN_REQUEST_DELETE_AFTER_DAYS = 90
    now = timezone.now()
    old, recent = (
        JoinRequest.objects.create(
            kind="resident",
            name=name,
            email=email,
            privacy_consent_at=now,
            status="rejected",
            decided_at=now - dt.timedelta(days=days),
        )
        for name, email, days in [
            ("Piet Jansen", "piet@example.nl", 91),
            ("Kees de Boer", "kees@example.nl", 10),
        ]
    )
    for email in ("piet@example.nl", "kees@example.nl"):
        mail_queue(recipients=[email], subject="Uw aanmelding", body="Dank u wel.")

    call_command("meldpunt_retention", verbosity=0)

    assert list(JoinRequest.objects.all()) == [recent]
    assert not Email.objects.filter(to__icontains="piet@example.nl").exists()
    assert Email.objects.filter(to__icontains="kees@example.nl").exists()
