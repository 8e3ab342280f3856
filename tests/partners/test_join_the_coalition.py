"""Organisations and residents ask to join ("aanhaken"); coordinators decide."""

import pytest
from django.core import mail

from partners.constants import JoinRequestStatus
from partners.models import Invitation, JoinRequest, Membership
from sociale_kaart.constants import OrganizationStatus
from sociale_kaart.models import Organization

pytestmark = pytest.mark.django_db

URL = "/manifest/aanhaken/"


def _organization_request(**changes):
    return {
        "kind": "organization",
        "name": "Bram Jansen",
        "email": "bram@wandelclub-voorbeeld.nl",
        "phone": "",
        "organization_name": "Wandelclub De Rottemeren",
        "website": "wandelclub-voorbeeld.nl",
        "kern": "bleiswijk",
        "message": "Wij wandelen elke week en iedereen mag mee.",
        "privacy_consent": "on",
        **changes,
    }


def test_the_form_is_labelled_and_explains_what_happens(client):
    html = client.get(URL).content.decode()
    assert "Meedoen met Samen aan zet" in html
    for field in ("kind_0", "name", "email", "organization_name", "privacy_consent"):
        assert f'for="id_{field}"' in html


def test_the_manifesto_page_links_to_the_join_form(client):
    html = client.get("/manifest/").content.decode()
    assert f'href="{URL}"' in html
    assert "Meedoen met Samen aan zet" in html


def test_an_organisation_asks_to_join(client):
    response = client.post(URL, _organization_request(), follow=True)
    assert "Dank u wel voor uw aanmelding" in response.content.decode()
    join_request = JoinRequest.objects.get()
    assert join_request.organization_name == "Wandelclub De Rottemeren"
    assert join_request.website == "https://wandelclub-voorbeeld.nl"
    assert join_request.status == JoinRequestStatus.NEW


def test_a_resident_asks_to_join_without_an_organisation(client):
    client.post(
        URL,
        _organization_request(kind="resident", organization_name="", website=""),
    )
    assert JoinRequest.objects.get().kind == "resident"


def test_an_organisation_request_needs_a_name_and_keeps_what_was_typed(client):
    response = client.post(URL, _organization_request(organization_name=""))
    html = response.content.decode()
    assert "Vul de naam van uw organisatie in" in html
    assert 'href="#id_organization_name"' in html
    assert "Wij wandelen elke week" in html
    assert not JoinRequest.objects.exists()


def test_consent_is_checked_on_the_server(client):
    data = _organization_request()
    del data["privacy_consent"]
    response = client.post(URL, data)
    assert "privacyverklaring" in response.content.decode()
    assert not JoinRequest.objects.exists()


def test_approving_an_organisation_creates_it_hidden_and_invites_the_contact(
    client, coordinator_client, django_capture_on_commit_callbacks
):
    client.post(URL, _organization_request())
    join_request = JoinRequest.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        coordinator_client.post(
            "/admin/partners/joinrequest/",
            {"action": "approve", "_selected_action": [join_request.pk]},
        )
    organization = Organization.objects.get(name="Wandelclub De Rottemeren")
    assert organization.status == OrganizationStatus.HIDDEN
    assert organization.is_coalition_partner
    membership = Membership.objects.get(organization=organization)
    assert membership.user.email == "bram@wandelclub-voorbeeld.nl"
    assert membership.user.get_full_name() == "Bram Jansen"
    assert Invitation.objects.filter(membership=membership).exists()
    assert mail.outbox[-1].to == ["bram@wandelclub-voorbeeld.nl"]
    assert "/partner/uitnodiging/" in mail.outbox[-1].body
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.APPROVED
    assert join_request.organization == organization


def test_approving_twice_creates_one_organisation(client, coordinator_client):
    client.post(URL, _organization_request())
    join_request = JoinRequest.objects.get()
    for _ in range(2):
        coordinator_client.post(
            "/admin/partners/joinrequest/",
            {"action": "approve", "_selected_action": [join_request.pk]},
        )
    assert Organization.objects.filter(name="Wandelclub De Rottemeren").count() == 1


def test_approving_a_resident_creates_no_organisation(client, coordinator_client):
    client.post(
        URL, _organization_request(kind="resident", organization_name="", website="")
    )
    join_request = JoinRequest.objects.get()
    coordinator_client.post(
        "/admin/partners/joinrequest/",
        {"action": "approve", "_selected_action": [join_request.pk]},
    )
    assert not Organization.objects.exists()
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.APPROVED


def test_rejecting_creates_nothing(client, coordinator_client):
    client.post(URL, _organization_request())
    join_request = JoinRequest.objects.get()
    coordinator_client.post(
        "/admin/partners/joinrequest/",
        {"action": "reject", "_selected_action": [join_request.pk]},
    )
    assert not Organization.objects.exists()
    join_request.refresh_from_db()
    assert join_request.status == JoinRequestStatus.REJECTED


def test_a_partner_cannot_approve_join_requests(client, partner):
    client.post(URL, _organization_request())
    join_request = JoinRequest.objects.get()
    client.force_login(partner)
    client.post(
        "/admin/partners/joinrequest/",
        {"action": "approve", "_selected_action": [join_request.pk]},
    )
    assert not Organization.objects.filter(name="Wandelclub De Rottemeren").exists()
