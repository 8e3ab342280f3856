"""A coordinator approves or rejects one pending change on its own admin page,
next to the comparison, not only with the list's actions."""

import re

import pytest
from django.core import mail
from django.test import Client

from partners.constants import ChangeStatus
from partners.models import Membership, PendingChange
from tests.conftest import otp_verify
from tests.partners.factories import PartnerSettingsFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def change(partner_client, partner):
    organization = Membership.objects.get(user=partner).organization
    PartnerSettingsFactory(organization=organization, changes_need_approval=True)
    partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        {
            "name": organization.name,
            "description": organization.description,
            "website": organization.website,
            "email": organization.email,
            "phone": "010 999 88 77",
            "save": "1",
        },
    )
    return PendingChange.objects.get()


@pytest.fixture
def coordinator_browser(coordinator):
    """A coordinator's client that checks CSRF tokens, as a real browser meets."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    otp_verify(client, coordinator)
    return client


def _form(client, change) -> tuple[str, dict]:
    url = f"/admin/partners/pendingchange/{change.pk}/change/"
    html = client.get(url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    return html, {"csrfmiddlewaretoken": token, "reason": ""}


def test_the_page_offers_approve_and_reject_beside_the_comparison(
    coordinator_browser, change
):
    html, _ = _form(coordinator_browser, change)
    assert 'name="_approve"' in html and 'name="_reject"' in html
    assert "Goedkeuren en op de site zetten" in html
    assert "+31109998877" in html  # the proposed value in the comparison


def test_approving_on_the_page_puts_the_change_live(
    coordinator_browser, change, django_capture_on_commit_callbacks
):
    url = f"/admin/partners/pendingchange/{change.pk}/change/"
    _, data = _form(coordinator_browser, change)
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_browser.post(url, {**data, "_approve": "1"}, follow=True)
    change.refresh_from_db()
    assert change.status == ChangeStatus.APPROVED
    assert change.organization.phone == "+31109998877"
    assert "goedgekeurd en staat op de site" in response.content.decode()
    assert "staat op de site" in mail.outbox[-1].subject
    # Decided: the buttons are gone, so it cannot be decided twice.
    assert 'name="_approve"' not in response.content.decode()


def test_rejecting_on_the_page_sends_the_typed_reason(
    coordinator_browser, change, partner, django_capture_on_commit_callbacks
):
    url = f"/admin/partners/pendingchange/{change.pk}/change/"
    _, data = _form(coordinator_browser, change)
    with django_capture_on_commit_callbacks(execute=True):
        coordinator_browser.post(
            url, {**data, "reason": "Dit nummer klopt niet.", "_reject": "1"}
        )
    change.refresh_from_db()
    assert change.status == ChangeStatus.REJECTED
    assert change.organization.phone != "+31109998877"
    assert mail.outbox[-1].to == [partner.email]
    assert "Dit nummer klopt niet." in mail.outbox[-1].body


def test_without_the_csrf_token_nothing_is_decided(coordinator_browser, change):
    coordinator_browser.post(
        f"/admin/partners/pendingchange/{change.pk}/change/",
        {"reason": "", "_approve": "1"},
    )
    change.refresh_from_db()
    assert change.status == ChangeStatus.PENDING


def test_a_partner_cannot_decide_on_the_page(partner_client, change):
    partner_client.post(
        f"/admin/partners/pendingchange/{change.pk}/change/",
        {"reason": "", "_approve": "1"},
    )
    change.refresh_from_db()
    assert change.status == ChangeStatus.PENDING
