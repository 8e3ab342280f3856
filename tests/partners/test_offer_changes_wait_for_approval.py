"""With approval on, a partner's offer edits and new offers wait for a
coordinator; the public page stays as it was until then."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from partners.constants import ChangeStatus, ChangeTarget
from partners.models import Membership, PendingChange
from sociale_kaart.models import Service
from tests.conftest import otp_verify
from tests.partners.factories import PartnerSettingsFactory
from tests.partners.offer_forms import SCHEDULES, add_row, offer_post
from tests.sociale_kaart.factories import (
    OrganizationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def organization(partner):
    organization = Membership.objects.get(user=partner).organization
    PartnerSettingsFactory(organization=organization, changes_need_approval=True)
    return organization


@pytest.fixture
def service(organization):
    service = ServiceFactory(
        organization=organization,
        name="Koffie-inloop",
        locations=[organization.locations.get()],
    )
    ServiceScheduleFactory(service=service, weekday=3)
    return service


@pytest.fixture
def coordinator_browser(coordinator):
    client = Client()
    client.force_login(coordinator)
    otp_verify(client, coordinator)
    return client


def _edit_url(service):
    return (
        f"/partner/organisatie/{service.organization_id}/aanbod/{service.pk}/wijzigen/"
    )


def _tuesday(data):
    return add_row(data, SCHEDULES, weekday="2", opens_at="10:00", closes_at="12:00")


def _decide(client, change, action):
    return client.post(
        "/admin/partners/pendingchange/",
        {"action": action, "_selected_action": [change.pk]},
        follow=True,
    )


def test_an_offer_edit_waits_and_the_public_page_stays_the_same(
    partner_client, service, client
):
    response = partner_client.post(
        _edit_url(service), _tuesday(offer_post(service)), follow=True
    )
    assert "Een coördinator kijkt uw wijziging na" in response.content.decode()
    assert "wacht op goedkeuring" in response.content.decode()
    assert "dinsdag" not in client.get(service.get_absolute_url()).content.decode()
    change = PendingChange.objects.get()
    assert change.target == ChangeTarget.SERVICE and change.service == service
    assert (
        "wacht op goedkeuring"
        in partner_client.get(_edit_url(service)).content.decode()
    )


def test_coordinator_approves_and_the_offer_goes_live_in_the_partners_name(
    partner_client,
    partner,
    service,
    coordinator_browser,
    client,
    django_capture_on_commit_callbacks,
):
    partner_client.post(_edit_url(service), _tuesday(offer_post(service)))
    change = PendingChange.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        _decide(coordinator_browser, change, "approve")
    change.refresh_from_db()
    assert change.status == ChangeStatus.APPROVED
    assert (
        "dinsdag: 10:00–12:00"
        in client.get(service.get_absolute_url()).content.decode()
    )
    added = service.schedules.get(weekday=2).history.get()
    assert added.history_user == partner
    assert "goedgekeurd door coordinator" in added.history_change_reason
    assert mail.outbox[-1].to == [partner.email]
    assert "staat op de site" in mail.outbox[-1].subject


def test_coordinator_rejects_and_nothing_changes(
    partner_client,
    partner,
    service,
    coordinator_browser,
    django_capture_on_commit_callbacks,
):
    partner_client.post(
        _edit_url(service), _tuesday(offer_post(service, name="Iets anders"))
    )
    change = PendingChange.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        _decide(coordinator_browser, change, "reject")
    service.refresh_from_db()
    assert service.name == "Koffie-inloop"
    assert service.schedules.count() == 1
    assert "niet overgenomen" in mail.outbox[-1].subject
    assert mail.outbox[-1].to == [partner.email]


def test_a_new_offer_is_created_only_when_approved(
    partner_client, partner, organization, coordinator_browser, client
):
    data = _tuesday(offer_post(name="Samen wandelen"))
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/aanbod/nieuw/", data, follow=True
    )
    assert "Samen wandelen – wacht op goedkeuring" in response.content.decode()
    assert not Service.objects.exists()
    change = PendingChange.objects.get()
    assert change.service is None and change.is_new
    _decide(coordinator_browser, change, "approve")
    change.refresh_from_db()
    service = Service.objects.get(name="Samen wandelen")
    assert change.service == service and service.organization == organization
    assert service.history.get().history_user == partner
    html = client.get(service.get_absolute_url()).content.decode()
    assert "dinsdag: 10:00–12:00" in html


def test_coordinator_sees_the_offer_change_with_names_and_periods(
    partner_client, service, coordinator_browser
):
    theme = ThemeFactory(name="Ontmoeten")
    partner_client.post(
        _edit_url(service), _tuesday(offer_post(service, themes=[str(theme.pk)]))
    )
    change = PendingChange.objects.get()
    html = coordinator_browser.get(
        f"/admin/partners/pendingchange/{change.pk}/change/"
    ).content.decode()
    assert "Ontmoeten" in html
    assert "woensdag 09:00–12:00; dinsdag 10:00–12:00" not in html
    assert "dinsdag 10:00–12:00; woensdag 09:00–12:00" in html
    assert "openingstijden" in html


def test_coordinator_sees_that_an_offer_is_new(
    partner_client, organization, coordinator_browser
):
    location = organization.locations.get()
    partner_client.post(
        f"/partner/organisatie/{organization.pk}/aanbod/nieuw/",
        offer_post(name="Samen wandelen", locations=[str(location.pk)]),
    )
    change = PendingChange.objects.get()
    html = coordinator_browser.get(
        f"/admin/partners/pendingchange/{change.pk}/change/"
    ).content.decode()
    assert "nieuw aanbod" in html and "Samen wandelen" in html
    assert str(location) in html


def test_approval_fails_when_the_data_no_longer_fit(
    partner_client, organization, service, coordinator_browser
):
    location = organization.locations.get()
    partner_client.post(_edit_url(service), offer_post(service, name="Nieuwe naam"))
    change = PendingChange.objects.get()
    location.organization = OrganizationFactory(name="Andere stichting")
    location.save()
    response = _decide(coordinator_browser, change, "approve")
    assert "niet overgenomen" in response.content.decode()
    change.refresh_from_db()
    assert change.status == ChangeStatus.PENDING
    service.refresh_from_db()
    assert service.name == "Koffie-inloop"


def test_digest_mentions_an_offer_change(
    partner_client, coordinator, organization, django_capture_on_commit_callbacks
):
    coordinator.email = "coordinator@voorbeeld.nl"
    coordinator.save()
    organization.partner_settings.changes_need_approval = False
    organization.partner_settings.save()
    service = ServiceFactory(
        organization=organization, name="Koffie-inloop", locations=[]
    )
    partner_client.post(
        _edit_url(service), _tuesday(offer_post(service, phone="010 555 12 34"))
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("partners_send_digest", stdout=io.StringIO())
    body = mail.outbox[-1].body
    assert "Koffie-inloop: telefoonnummer" in body
    assert "Koffie-inloop, openingstijd dinsdag 10:00–12:00: nieuw" in body
