"""A refusing or hanging mail server never blocks a report or loses its mail.

Real SMTP servers on loopback (aiosmtpd, tests/smtp.py): the resident's POST
only queues; a later delivery run sends, retries, and gives up on a hanging
server after EMAIL_TIMEOUT.
"""

import email
import email.policy

import pytest
from django.core.management import call_command
from post_office.models import STATUS, Email

from meldpunt.models import Report
from tests.meldpunt.formdata import report_data
from tests.smtp import smtp_server

pytestmark = pytest.mark.django_db

SUBMISSIONS = 20


def deliver() -> None:
    call_command("deliver_mail", verbosity=0)


def later() -> None:
    """The retry interval has passed."""
    Email.objects.update(scheduled_time=None)


def send_reports(client, count: int) -> list[int]:
    return [
        client.post(
            "/meldpunt/", report_data(email=f"bewoner{n}@example.nl")
        ).status_code
        for n in range(count)
    ]


@pytest.mark.parametrize("mode", ["refuse", "hang"])
def test_reports_are_stored_and_their_mail_sent_once_the_server_is_back(
    client, settings, mail_stays_queued, mode
):
    settings.MELDPUNT_SUBMISSIONS_PER_HOUR = 100
    with smtp_server(settings, mode) as broken:
        assert send_reports(client, SUBMISSIONS) == [302] * SUBMISSIONS
        assert Report.objects.count() == SUBMISSIONS
        queued = Email.objects.filter(to__icontains="bewoner")
        assert queued.count() == SUBMISSIONS
        assert set(queued.values_list("status", flat=True)) == {STATUS.queued}
        deliver()
        assert broken.received == []
        assert set(queued.values_list("status", flat=True)) == {STATUS.requeued}

    later()
    with smtp_server(settings, "accept") as server:
        deliver()
    assert set(queued.values_list("status", flat=True)) == {STATUS.sent}
    delivered = [
        email.message_from_bytes(raw, policy=email.policy.default)
        for raw in server.received
    ]
    to_residents = [m for m in delivered if "bewoner" in m["To"]]
    assert len(to_residents) == SUBMISSIONS
    assert {m["Reply-To"] for m in delivered} == {settings.COALITION_EMAIL}


def test_the_resident_sees_the_confirmation_before_any_mail_is_sent(
    client, settings, mail_stays_queued
):
    with smtp_server(settings, "hang") as hanging:
        response = client.post("/meldpunt/", report_data(), follow=True)
    assert response.status_code == 200
    assert "ontvangen" in response.content.decode()
    assert hanging.received == []
    assert Email.objects.filter(status=STATUS.queued).exists()
