"""'Klopt dit nog?': listings get checked, or are marked outdated, then expire."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.template.loader import render_to_string
from django.utils import timezone

from partners.models import Membership, VerificationRequest
from sociale_kaart.verification import (
    VerificationState,
    organization_ids_expired,
    organization_verification_state,
    organizations_stale,
)
from tests.partners.factories import MembershipFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 30)


def _days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.mark.parametrize(
    ("age", "state"),
    [
        (0, VerificationState.FRESH),
        (181, VerificationState.FRESH),
        (182, VerificationState.DUE),
        (182 + 41, VerificationState.DUE),
        (182 + 42, VerificationState.OUTDATED),
        (182 + 90, VerificationState.OUTDATED),
        (182 + 91, VerificationState.EXPIRED),
    ],
)
def test_state_follows_the_last_check(age, state):
    organization = OrganizationFactory.build(
        last_verified_at=TODAY - datetime.timedelta(days=age)
    )
    assert organization_verification_state(organization, TODAY) == state


def test_periods_are_configurable(settings):
    settings.PARTNERS_VERIFICATION_PERIOD_DAYS = 30
    organization = OrganizationFactory.build(
        last_verified_at=TODAY - datetime.timedelta(days=30)
    )
    assert organization_verification_state(organization, TODAY) == "due"


def test_never_checked_counts_from_creation():
    organization = OrganizationFactory(last_verified_at=None)
    assert organization_verification_state(organization) == "fresh"
    assert not organizations_stale().filter(pk=organization.pk).exists()


def test_expired_ids_select_only_expired_organisations():
    expired = OrganizationFactory(last_verified_at=_days_ago(300))
    OrganizationFactory(last_verified_at=_days_ago(200))
    assert list(organization_ids_expired().values_list("pk", flat=True)) == [expired.pk]


def _send(*args) -> str:
    out = io.StringIO()
    call_command("partners_send_verification_requests", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def due(partner):
    organization = Membership.objects.get(user=partner).organization
    organization.last_verified_at = _days_ago(190)
    organization.save()
    return organization


def test_members_of_a_due_organisation_are_mailed_once(
    due, partner, django_capture_on_commit_callbacks
):
    fresh = MembershipFactory(organization__last_verified_at=_days_ago(10)).organization
    MembershipFactory(
        organization=due, start_date=_days_ago(100), end_date=_days_ago(1)
    )
    assert "[dry-run] 1 organisation(s)" in _send("--dry-run")
    assert mail.outbox == [] and not VerificationRequest.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        out = _send()
    assert f"{due.pk} {due.name}" in out and fresh.name not in out
    assert [m.to for m in mail.outbox] == [[partner.email]]
    assert "Klopt dit nog?" in mail.outbox[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        assert "0 organisation(s)" in _send()
    assert len(mail.outbox) == 1


def test_organisation_without_editors_is_skipped_until_it_has_one():
    OrganizationFactory(last_verified_at=_days_ago(190))
    assert "0 organisation(s)" in _send()
    assert not VerificationRequest.objects.exists()


@pytest.fixture
def link(due, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _send()
    return re.search(r"http://[^/\s]+(/partner/controleren/\S+/)", mail.outbox[0].body)[
        1
    ]


def test_opening_the_link_only_shows_the_listing_and_a_button(client, link, due):
    for _ in range(2):
        html = client.get(link).content.decode()
        assert "Ja, alles klopt nog" in html and due.name in html
    due.refresh_from_db()
    assert due.last_verified_at == _days_ago(190)


def test_one_click_on_the_button_confirms(client, link, due):
    response = client.post(link)
    assert "Dank u wel" in response.content.decode()
    due.refresh_from_db()
    assert due.last_verified_at == timezone.localdate()
    assert organization_verification_state(due) == "fresh"
    assert due.history.first().history_change_reason == "gegevens bevestigd"


def test_a_used_confirmation_link_only_explains_itself(client, link, due):
    client.post(link)
    due.last_verified_at = _days_ago(5)
    due.save()
    response = client.post(link)
    assert response.status_code == 410
    assert "al bevestigd" in response.content.decode()
    due.refresh_from_db()
    assert due.last_verified_at == _days_ago(5)


def test_an_expired_confirmation_link_only_explains_itself(client, link, due):
    VerificationRequest.objects.update(expires_at=timezone.now())
    response = client.post(link)
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()
    due.refresh_from_db()
    assert due.last_verified_at == _days_ago(190)


def test_dashboard_asks_the_member_to_check(partner_client, due):
    html = partner_client.get("/partner/").content.decode()
    assert "Kijkt u ze na?" in html and "Alles klopt nog" in html


def test_coordinators_filter_the_stale_organisations(coordinator_client):
    OrganizationFactory(name="Oude Vereniging", last_verified_at=_days_ago(400))
    OrganizationFactory(name="Verse Vereniging", last_verified_at=_days_ago(3))
    html = coordinator_client.get(
        "/admin/sociale_kaart/organization/?controle=due"
    ).content.decode()
    assert "Oude Vereniging" in html and "Verse Vereniging" not in html
    html = coordinator_client.get(
        "/admin/sociale_kaart/organization/?controle=expired"
    ).content.decode()
    assert "Oude Vereniging" in html


@pytest.mark.parametrize(
    ("age", "shown"), [(10, False), (190, False), (230, True), (400, True)]
)
def test_public_notice_appears_once_the_listing_is_outdated(age, shown):
    organization = OrganizationFactory.build(last_verified_at=_days_ago(age))
    html = render_to_string(
        "partners/includes/outdated_notice.html",
        {
            "organization": organization,
            "verification_state": organization_verification_state(organization),
        },
    )
    assert ("misschien niet meer actueel" in html) is shown
