"""A partner without an account handles a referral through the link in its mail."""

import re
import time

import pytest
from django.core import mail, signing
from django.test import Client

from meldpunt.models import PersonalDataAccess
from meldpunt.services import report_refer, report_transition
from meldpunt.tokens import partner_token
from tests.meldpunt.factories import (
    PersonConcernedFactory,
    ReferralFactory,
    ReporterFactory,
    ReportFactory,
)
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def link_of(referral) -> str:
    return f"/meldpunt/partner/{partner_token(referral.pk)}/"


def enter_mailed_code(client, referral) -> str:
    """Ask for the one-time code, read it from the mail, enter it; the link."""
    url = link_of(referral)
    client.post(url, {"action": "send_code"})
    code = re.search(r"^(\d{6})$", mail.outbox[-1].body, re.MULTILINE).group(1)
    client.post(url, {"action": "verify_code", "code": code})
    return url


def test_referring_mails_the_partner_a_link_that_opens_the_referral(
    coordinator, client, django_capture_on_commit_callbacks
):
    partner = OrganizationFactory(name="Buurthuis 't Anker", email="anker@example.nl")
    report = ReportFactory(status="triage", kern="bleiswijk")
    with django_capture_on_commit_callbacks(execute=True):
        referral = report_refer(
            report_id=report.pk, organization=partner, user=coordinator
        )
    sent = [m for m in mail.outbox if m.to == ["anker@example.nl"]]
    assert len(sent) == 1
    assert "Buurthuis 't Anker" in sent[0].subject
    assert "Buurthuis 't Anker" in sent[0].body
    path = re.search(r"(/meldpunt/partner/[^/\s]+/)", sent[0].body).group(1)
    assert report.message not in sent[0].body
    page = client.get(path)
    assert page.status_code == 200
    assert "Buurthuis &#x27;t Anker" in page.content.decode()
    assert referral.report.formatted_reference in page.content.decode()


def test_opening_the_link_changes_nothing(client):
    referral = ReferralFactory()
    client.get(link_of(referral))
    referral.refresh_from_db()
    assert referral.status == "pending"
    assert referral.report.status == "referred"


def test_partner_accepts_records_contact_and_reports_the_outcome(client):
    referral = ReferralFactory()
    PersonConcernedFactory(report=referral.report)
    url = link_of(referral)
    client.post(url, {"action": "accept"})
    referral.refresh_from_db()
    assert referral.status == "accepted"
    client.post(
        url,
        {
            "action": "contact",
            "contact-person_informed": "yes",
            "contact-data_holder": "Welzijn Lansingerland",
        },
    )
    report = referral.report
    report.refresh_from_db()
    assert report.status == "in-contact" and report.first_contact_at is not None
    assert report.person_concerned.informed_at is not None
    assert report.person_concerned.data_holder == "Welzijn Lansingerland"
    client.post(
        url,
        {
            "action": "outcome",
            "outcome-outcome": "help-accepted",
            "outcome-note": "Mevrouw doet mee met de wandelgroep.",
        },
    )
    report.refresh_from_db()
    assert report.status == "closed" and report.outcome == "help-accepted"
    assert report.status_changes.last().actor_label == referral.organization.name
    assert client.get(url).status_code == 410


def test_declining_needs_a_reason_and_sends_the_report_back_to_triage(client):
    referral = ReferralFactory()
    url = link_of(referral)
    refused = client.post(url, {"action": "decline", "decline-reason": ""})
    assert "Schrijf waarom u de melding niet kunt oppakken." in refused.content.decode()
    referral.refresh_from_db()
    assert referral.status == "pending"
    client.post(
        url, {"action": "decline", "decline-reason": "Geen vrijwilligers vrij."}
    )
    referral.refresh_from_db()
    report = referral.report
    report.refresh_from_db()
    assert referral.status == "declined"
    assert referral.decline_reason == "Geen vrijwilligers vrij."
    assert report.status == "triage" and report.partner is None
    assert "Geen vrijwilligers vrij." in report.status_changes.last().note


def test_reporter_contact_details_shown_only_when_sharing_was_allowed(client):
    shared = ReferralFactory(report__share_with_partner=True)
    ReporterFactory(report=shared.report, name="Anna de Vries")
    private = ReferralFactory(report__share_with_partner=False)
    ReporterFactory(report=private.report, name="Karin Bakker")
    assert (
        "Anna de Vries"
        in client.get(enter_mailed_code(client, shared)).content.decode()
    )
    html = client.get(enter_mailed_code(client, private)).content.decode()
    assert "Karin Bakker" not in html
    assert "gaf geen toestemming" in html


def test_each_view_of_the_details_is_logged_under_who_looked(client):
    referral = ReferralFactory()
    client.get(link_of(referral))
    assert not PersonalDataAccess.objects.exists()
    client.get(enter_mailed_code(client, referral))
    access = PersonalDataAccess.objects.get()
    assert access.report == referral.report
    assert access.user is None
    assert access.actor_label.startswith("via link, niet ingelogd")
    assert referral.organization.name not in access.actor_label


def test_a_tampered_link_shows_nothing(client):
    referral = ReferralFactory()
    token = partner_token(referral.pk)
    response = client.get(f"/meldpunt/partner/{token[:-2]}xx/")
    assert response.status_code == 404
    assert referral.report.message not in response.content.decode()


def test_the_link_expires_after_the_configured_days(client, settings, monkeypatch):
    settings.MELDPUNT_PARTNER_LINK_DAYS = 14
    referral = ReferralFactory()
    fifteen_days_ago = time.time() - 15 * 86400
    monkeypatch.setattr(
        signing.TimestampSigner,
        "timestamp",
        lambda self: signing.b62_encode(int(fifteen_days_ago)),
    )
    token = partner_token(referral.pk)
    monkeypatch.undo()
    response = client.get(f"/meldpunt/partner/{token}/")
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()
    assert referral.report.message not in response.content.decode()


def test_a_link_of_a_withdrawn_referral_no_longer_works(client, coordinator):
    referral = ReferralFactory()
    report_transition(
        report_id=referral.report_id, to_status="triage", user=coordinator
    )
    assert client.post(link_of(referral), {"action": "accept"}).status_code == 410
    referral.refresh_from_db()
    assert referral.status == "withdrawn"


def test_the_signed_link_page_shows_that_the_person_now_knows(client):
    referral = ReferralFactory()
    PersonConcernedFactory(report=referral.report)
    url = enter_mailed_code(client, referral)
    before = client.get(url).content.decode()
    assert "weet ik niet" in before.split("Weet van de melding</dt>")[1][:80]
    client.post(url, {"action": "contact", "contact-person_informed": "yes"})
    after = client.get(url).content.decode()
    shown = after.split("Weet van de melding</dt>")[1].split("</dd>")[0]
    assert "ja" in shown and "verteld op" in shown and "weet ik niet" not in shown


def test_the_signed_link_keeps_the_contact_form_to_correct_it(client):
    referral = ReferralFactory()
    PersonConcernedFactory(report=referral.report)
    url = enter_mailed_code(client, referral)
    empty = client.post(url, {"action": "contact"}).content.decode()
    assert "Kies of de persoon nu van de melding weet." in empty
    referral.report.refresh_from_db()
    assert referral.report.status == "referred"
    client.post(url, {"action": "contact", "contact-person_informed": "no"})
    page = client.get(url).content.decode()
    assert "nee" in page.split("Weet van de melding</dt>")[1].split("</dd>")[0]
    assert "Contact bijwerken" in page
    client.post(url, {"action": "contact", "contact-person_informed": "yes"})
    shown = client.get(url).content.decode().split("Weet van de melding</dt>")[1]
    assert "verteld op" in shown.split("</dd>")[0]


def test_the_link_alone_shows_nothing_personal_but_lets_the_partner_act(client):
    referral = ReferralFactory(report__share_with_partner=True)
    ReporterFactory(report=referral.report, name="Anna de Vries")
    PersonConcernedFactory(report=referral.report, name="Els Bakker")
    html = client.get(link_of(referral)).content.decode()
    for secret in (
        "Anna de Vries",
        "Els Bakker",
        "Dorpsstraat",
        referral.report.message,
    ):
        assert secret not in html
    assert "Mail mij een code" in html
    client.post(link_of(referral), {"action": "accept"})
    referral.refresh_from_db()
    assert referral.status == "accepted"


def test_the_code_goes_only_to_the_organisations_address_and_a_wrong_one_fails(client):
    referral = ReferralFactory(report__share_with_partner=True)
    ReporterFactory(report=referral.report, name="Anna de Vries")
    url = link_of(referral)
    client.post(url, {"action": "send_code"})
    assert mail.outbox[-1].to == ["team@partner.example"]
    wrong = client.post(url, {"action": "verify_code", "code": "000000x"})
    assert "Deze code klopt niet" in wrong.content.decode()
    assert "Anna de Vries" not in client.get(url).content.decode()
    # Another visitor holding the link never sees what the code opened.
    enter_mailed_code(client, referral)
    assert "Anna de Vries" not in Client().get(url).content.decode()
