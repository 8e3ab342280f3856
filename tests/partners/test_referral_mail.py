"""The referral mail points an organisation with referral handlers to the
partner area (login with a second factor), and others to the signed link."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone

from meldpunt.services import report_refer
from partners.constants import MembershipRole
from tests.meldpunt.factories import ReportFactory
from tests.partners.factories import MembershipFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def _refer(organization, coordinator, capture):
    report = ReportFactory(status="triage")
    with capture(execute=True):
        return report_refer(
            report_id=report.pk, organization=organization, user=coordinator
        )


def _handler(organization, email, **kwargs):
    return MembershipFactory(
        organization=organization,
        role=MembershipRole.REFERRAL_HANDLER,
        user__email=email,
        **kwargs,
    )


def test_with_handlers_the_mail_links_to_the_partner_area(
    coordinator, django_capture_on_commit_callbacks
):
    organization = OrganizationFactory(
        name="Welzijn Lansingerland", email="team@welzijn.example"
    )
    _handler(organization, "bram.jansen@voorbeeld.nl")
    referral = _refer(organization, coordinator, django_capture_on_commit_callbacks)
    [sent] = mail.outbox
    assert sorted(sent.to) == ["bram.jansen@voorbeeld.nl", "team@welzijn.example"]
    assert re.search(
        rf"https?://\S+/partner/doorverwijzingen/{referral.pk}/", sent.body
    )
    assert "/meldpunt/partner/" not in sent.body
    assert referral.report.message not in sent.body


def test_a_handler_gets_the_mail_when_the_organisation_has_no_address(
    coordinator, django_capture_on_commit_callbacks
):
    organization = OrganizationFactory(email="")
    _handler(organization, "bram.jansen@voorbeeld.nl")
    _refer(organization, coordinator, django_capture_on_commit_callbacks)
    [sent] = mail.outbox
    assert sent.to == ["bram.jansen@voorbeeld.nl"]


def test_without_active_handlers_the_organisation_gets_the_signed_link(
    coordinator, django_capture_on_commit_callbacks
):
    organization = OrganizationFactory(email="team@welzijn.example")
    MembershipFactory(organization=organization, user__email="redactie@voorbeeld.nl")
    _handler(
        organization,
        "oud.lid@voorbeeld.nl",
        start_date=timezone.localdate() - dt.timedelta(days=60),
        end_date=timezone.localdate() - dt.timedelta(days=1),
    )
    _refer(organization, coordinator, django_capture_on_commit_callbacks)
    [sent] = mail.outbox
    assert sent.to == ["team@welzijn.example"]
    assert re.search(r"https?://\S+/meldpunt/partner/\S+/", sent.body)
    assert "/partner/doorverwijzingen/" not in sent.body
