"""Per organisation, coordinators choose: changes go live at once or wait."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from partners.constants import ChangeStatus
from partners.models import DigestRun, Membership, PendingChange
from tests.conftest import otp_verify
from tests.partners.factories import PartnerSettingsFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organization(partner):
    organization = Membership.objects.get(user=partner).organization
    PartnerSettingsFactory(organization=organization, changes_need_approval=True)
    return organization


@pytest.fixture
def coordinator_browser(coordinator):
    client = Client()
    client.force_login(coordinator)
    otp_verify(client, coordinator)
    return client


def _edit(client, organization, **changes):
    data = {
        "name": organization.name,
        "description": organization.description,
        "website": organization.website,
        "email": organization.email,
        "phone": organization.phone,
        "save": "1",
    }
    return client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        {**data, **changes},
        follow=True,
    )


def test_change_waits_and_the_public_page_stays_the_same(
    partner_client, organization, client
):
    response = _edit(partner_client, organization, phone="010 999 88 77")
    assert "Een coördinator kijkt uw wijziging na" in response.content.decode()
    assert "1 wijziging wacht op goedkeuring" in response.content.decode()
    organization.refresh_from_db()
    assert organization.phone != "+31109998877"
    assert PendingChange.objects.get().data["phone"] == "+31109998877"


def test_without_the_setting_changes_go_live(partner_client, organization):
    organization.partner_settings.changes_need_approval = False
    organization.partner_settings.save()
    _edit(partner_client, organization, phone="010 999 88 77")
    organization.refresh_from_db()
    assert organization.phone == "+31109998877"
    assert not PendingChange.objects.exists()


def test_coordinator_sees_the_proposed_difference(
    partner_client, organization, coordinator_browser
):
    _edit(partner_client, organization, phone="010 999 88 77")
    change = PendingChange.objects.get()
    html = coordinator_browser.get(
        f"/admin/partners/pendingchange/{change.pk}/change/"
    ).content.decode()
    assert "+31109998877" in html and organization.phone in html


def test_coordinator_approves_and_the_change_goes_live_in_the_partners_name(
    partner_client,
    partner,
    organization,
    coordinator_browser,
    django_capture_on_commit_callbacks,
):
    _edit(partner_client, organization, phone="010 999 88 77")
    change = PendingChange.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        coordinator_browser.post(
            "/admin/partners/pendingchange/",
            {"action": "approve", "_selected_action": [change.pk]},
        )
    organization.refresh_from_db()
    assert organization.phone == "+31109998877"
    change.refresh_from_db()
    assert change.status == ChangeStatus.APPROVED
    record = organization.history.first()
    assert record.history_user == partner
    assert "goedgekeurd door coordinator" in record.history_change_reason
    assert mail.outbox[-1].to == [partner.email]
    assert "staat op de site" in mail.outbox[-1].subject


def test_coordinator_rejects_and_nothing_changes(
    partner_client, organization, coordinator_browser
):
    _edit(partner_client, organization, phone="010 999 88 77")
    change = PendingChange.objects.get()
    coordinator_browser.post(
        "/admin/partners/pendingchange/",
        {"action": "reject", "_selected_action": [change.pk]},
    )
    organization.refresh_from_db()
    assert organization.phone != "+31109998877"
    change.refresh_from_db()
    assert change.status == ChangeStatus.REJECTED


def test_a_decided_change_cannot_be_approved_again(
    partner_client, organization, coordinator_browser
):
    _edit(partner_client, organization, phone="010 999 88 77")
    change = PendingChange.objects.get()
    coordinator_browser.post(
        "/admin/partners/pendingchange/",
        {"action": "reject", "_selected_action": [change.pk]},
    )
    coordinator_browser.post(
        "/admin/partners/pendingchange/",
        {"action": "approve", "_selected_action": [change.pk]},
    )
    organization.refresh_from_db()
    assert organization.phone != "+31109998877"


def test_location_changes_wait_too(partner_client, organization):
    location = organization.locations.get()
    partner_client.post(
        f"/partner/organisatie/{organization.pk}/locatie/{location.pk}/wijzigen/",
        {
            "street": "Kerkstraat",
            "house_number": "3",
            "postcode": "2665 BJ",
            "place": "Bleiswijk",
            "kern": "bleiswijk",
        },
    )
    location.refresh_from_db()
    assert location.street != "Kerkstraat"
    assert PendingChange.objects.get().location == location


def test_partner_without_permission_cannot_approve_in_the_admin(
    partner_client, organization
):
    _edit(partner_client, organization, phone="010 999 88 77")
    change = PendingChange.objects.get()
    response = partner_client.post(
        "/admin/partners/pendingchange/",
        {"action": "approve", "_selected_action": [change.pk]},
    )
    assert response.status_code == 302
    change.refresh_from_db()
    assert change.status == ChangeStatus.PENDING


def _digest(*args):
    out = io.StringIO()
    call_command("partners_send_digest", *args, stdout=out)
    return out.getvalue()


def test_digest_mails_coordinators_the_partners_changes_once(
    partner_client, partner, coordinator, django_capture_on_commit_callbacks
):
    coordinator.email = "coordinator@voorbeeld.nl"
    coordinator.save()
    organization = Membership.objects.get(user=partner).organization
    _edit(partner_client, organization, phone="010 999 88 77")
    assert "[dry-run] 1 change(s)" in _digest("--dry-run")
    assert mail.outbox == [] and not DigestRun.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert "sent." in _digest()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["coordinator@voorbeeld.nl"]
    assert "1 wijziging door partners" in message.subject
    assert "Buurthuis De Linde" in message.body and "telefoonnummer" in message.body
    with django_capture_on_commit_callbacks(execute=True):
        assert "nothing sent" in _digest()
    assert len(mail.outbox) == 1


def test_digest_leaves_out_coordinators_own_changes(coordinator, partner):
    organization = Membership.objects.get(user=partner).organization
    organization._history_user = coordinator
    organization.phone = "010 000 00 00"
    organization.save()
    assert "0 change(s)" in _digest("--dry-run")


def test_saving_without_changes_creates_no_pending_change(partner_client, organization):
    _edit(partner_client, organization)
    assert not PendingChange.objects.exists()


def test_a_pending_change_holds_only_what_was_changed(partner_client, organization):
    _edit(partner_client, organization, phone="010 999 88 77")
    assert PendingChange.objects.get().data == {"phone": "+31109998877"}


def test_edit_page_says_an_earlier_change_is_waiting(partner_client, organization):
    url = f"/partner/organisatie/{organization.pk}/wijzigen/"
    assert "wacht nog op goedkeuring" not in partner_client.get(url).content.decode()
    _edit(partner_client, organization, phone="010 999 88 77")
    assert "wacht nog op goedkeuring" in partner_client.get(url).content.decode()


def test_digest_tells_coordinators_what_waits_for_their_approval(
    partner_client, partner, coordinator, django_capture_on_commit_callbacks
):
    coordinator.email = "coordinator@voorbeeld.nl"
    coordinator.save()
    organization = Membership.objects.get(user=partner).organization
    PartnerSettingsFactory(organization=organization, changes_need_approval=True)
    _edit(partner_client, organization, phone="010 999 88 77")
    assert PendingChange.objects.filter(status=ChangeStatus.PENDING).count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert "0 change(s), 1 proposed" in _digest()
    body = mail.outbox[-1].body
    assert "wacht op goedkeuring" in body
    assert f"{organization.name}: organisatie {organization.name}" in body
    with django_capture_on_commit_callbacks(execute=True):
        assert "nothing sent" in _digest()
    assert len(mail.outbox) == 1


def test_digest_lists_a_partners_activity(
    partner, coordinator, django_capture_on_commit_callbacks
):
    from activiteiten.services import activity_save
    from tests.activiteiten.factories import ActivityFactory

    coordinator.email = "coordinator@voorbeeld.nl"
    coordinator.save()
    organization = Membership.objects.get(user=partner).organization
    activity = ActivityFactory(
        title="Spelletjesmiddag", location=organization.locations.first()
    )
    _digest()  # the factory's own rows are not the partner's
    activity.title = "Spelletjesmiddag met koffie"
    activity_save(
        activity=activity,
        organizations=[organization],
        campaigns=[],
        user=partner,
        reason="gewijzigd door partner",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert "1 change(s)" in _digest()
    assert "activiteit Spelletjesmiddag met koffie" in mail.outbox[-1].body


def test_saving_unchanged_says_nothing_changed(partner_client, organization):
    page = _edit(partner_client, organization).content.decode()
    assert "Er was niets veranderd." in page
    assert "Opgeslagen" not in page
    assert not PendingChange.objects.exists()
    location = organization.locations.first()
    location.street, location.house_number = "Dorpsstraat", 12
    location.postcode, location.place = "2665 AB", "Bleiswijk"
    location.save()
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/locatie/{location.pk}/wijzigen/",
        {
            name: getattr(location, name) or ""
            for name in (
                "name",
                "street",
                "house_number",
                "house_letter",
                "house_number_addition",
                "postcode",
                "place",
                "kern",
            )
        },
    )
    assert response.status_code == 302, response.content.decode()[-4000:]
    page = partner_client.get(response["Location"]).content.decode()
    assert "Er was niets veranderd." in page
    assert not PendingChange.objects.exists()
