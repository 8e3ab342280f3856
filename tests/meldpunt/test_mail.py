"""Mails go through the queue, keep personal data out and read correctly."""

import email
import email.policy
import re

import pytest
from django.core import mail
from django.core.management import call_command
from post_office.models import STATUS, Email

from meldpunt.notifications import queue_mail
from meldpunt.services import report_submit, report_transition
from tests.meldpunt.formdata import report_data

pytestmark = pytest.mark.django_db

URL = "/meldpunt/"
WORRY = "Mijn buurvrouw komt sinds de winter de deur niet meer uit."


def parsed(message) -> email.message.EmailMessage:
    """The message as a mail program reads it (headers decoded)."""
    return email.message_from_bytes(
        message.message().as_bytes(), policy=email.policy.default
    )


@pytest.fixture
def coordinator_with_email(coordinator):
    coordinator.email = "coordinator@samenaanzet.example"
    coordinator.save()
    return coordinator


def send_report(client, capture, **overrides):
    with capture(execute=True):
        client.post(URL, report_data(**overrides))


def test_coordinators_get_a_mail_without_personal_details(
    client, coordinator_with_email, django_capture_on_commit_callbacks
):
    send_report(client, django_capture_on_commit_callbacks)
    [to_coordinator] = [
        m for m in mail.outbox if m.to == [coordinator_with_email.email]
    ]
    for private in ("Anna", "Vries", "Els Bakker", "Dorpsstraat", WORRY, "0612345678"):
        assert private not in to_coordinator.body
    assert "/admin/meldpunt/report/" in to_coordinator.body


def test_reporter_confirmation_has_reference_masked_data_and_status_link(
    client, django_capture_on_commit_callbacks
):
    send_report(client, django_capture_on_commit_callbacks)
    [confirmation] = [m for m in mail.outbox if m.to == ["anna.devries@example.nl"]]
    reference = client.get("/meldpunt/ontvangen/").context["report"].formatted_reference
    assert reference in confirmation.subject and reference in confirmation.body
    assert "a***@example.nl" in confirmation.body
    assert "******5678" in confirmation.body
    assert "anna.devries@example.nl" not in confirmation.body
    assert WORRY not in confirmation.body and "Els Bakker" not in confirmation.body
    status_path = re.search(r"(/meldpunt/status/[^/\s]+/)", confirmation.body).group(1)
    assert reference in client.get(status_path).content.decode()


def test_no_confirmation_without_an_email_address(
    client, django_capture_on_commit_callbacks
):
    send_report(client, django_capture_on_commit_callbacks, email="")
    assert all(m.to != [""] for m in mail.outbox)
    assert Email.objects.filter(to__icontains="example.nl").count() == 0


# send_queued_mail closes the database connection, so it needs real commits.
@pytest.mark.django_db(transaction=True)
def test_a_report_is_saved_when_the_mail_server_is_down_and_mail_is_retried(
    client, settings, django_capture_on_commit_callbacks
):
    settings.POST_OFFICE = {
        **settings.POST_OFFICE,
        "BACKENDS": {"default": "tests.meldpunt.broken_mail.BrokenBackend"},
    }
    send_report(client, django_capture_on_commit_callbacks)
    assert client.get("/meldpunt/ontvangen/").status_code == 200
    queued = Email.objects.get(to__icontains="anna.devries@example.nl")
    assert queued.status == STATUS.requeued
    assert mail.outbox == []

    settings.POST_OFFICE = {
        **settings.POST_OFFICE,
        "BACKENDS": {"default": "django.core.mail.backends.locmem.EmailBackend"},
    }
    Email.objects.update(scheduled_time=None)
    call_command("send_queued_mail", processes=1, verbosity=0)
    queued.refresh_from_db()
    assert queued.status == STATUS.sent
    assert any(m.to == ["anna.devries@example.nl"] for m in mail.outbox)


def test_long_subject_with_accents_and_symbols_arrives_intact():
    subject = (
        "Café & ontmoeting: 't Hoekje in Bergschenhoek <nieuw> nodigt bewoners uit "
        "voor de koffieochtend van oktober"
    )
    assert len(subject) > 90
    queue_mail(
        to=["anna@example.nl"],
        subject=subject,
        template="status_reporter.txt",
        context={"report": None, "message": "x", "status_url": "/"},
    )
    received = parsed(mail.outbox[-1])
    # Python 3.11 folds a long encoded subject onto the next line
    # ("Subject:\n =?utf-8?..."); unfolding leaves one leading space that mail
    # programs drop.
    assert received["Subject"].lstrip() == subject


def test_status_mail_goes_only_when_ticked(
    coordinator, django_capture_on_commit_callbacks
):
    report = report_submit(
        kind="question", message="Vraag", email="jan@example.nl", privacy_consent=True
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        report_transition(report_id=report.pk, to_status="triage", user=coordinator)
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        report_transition(
            report_id=report.pk,
            to_status="waiting-for-reporter",
            user=coordinator,
            notify_reporter=True,
            reporter_message=(
                "Wilt u ons terugbellen? Dan kijken we samen wat past & wat 't "
                "beste werkt."
            ),
        )
    [status_mail] = mail.outbox
    assert status_mail.to == ["jan@example.nl"]
    assert "wat past & wat 't beste werkt" in status_mail.body
    assert "&amp;" not in status_mail.body and "&#x27;" not in status_mail.body


def test_status_form_shows_a_preview_before_sending(coordinator_client):
    report = report_submit(
        kind="question", message="Vraag", email="jan@example.nl", privacy_consent=True
    )
    mail.outbox.clear()
    response = coordinator_client.post(
        f"/admin/meldpunt/report/{report.pk}/status/",
        {
            "to_status": "triage",
            "notify_reporter": "on",
            "reporter_message": "Wij bellen u donderdag.",
            "preview": "1",
        },
    )
    html = response.content.decode()
    assert "Voorbeeld van de e-mail aan de melder" in html
    assert "Wij bellen u donderdag." in html
    # The preview shows the status the report is about to get, not the old one.
    assert "heeft nu de status: in behandeling" in html
    report.refresh_from_db()
    assert report.status == "new" and mail.outbox == []


@pytest.mark.parametrize(
    "partner_name", ["Buurthuis 't Anker", "Welzijn (Berkel) + Bleiswijk"]
)
def test_partner_names_arrive_intact_in_the_referral_mail(
    coordinator, django_capture_on_commit_callbacks, partner_name
):
    from meldpunt.services import report_refer
    from tests.meldpunt.factories import ReportFactory
    from tests.sociale_kaart.factories import OrganizationFactory

    partner = OrganizationFactory(name=partner_name, email="partner@example.nl")
    report = ReportFactory(status="triage")
    with django_capture_on_commit_callbacks(execute=True):
        report_refer(report_id=report.pk, organization=partner, user=coordinator)
    received = parsed(mail.outbox[-1])
    assert received["Subject"].lstrip().endswith(partner_name)
    assert partner_name in received.get_content()
