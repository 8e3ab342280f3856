"""Coordinators invite partner staff by mail; the link sets a password once."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from partners.constants import MembershipRole
from partners.models import Invitation, Membership
from partners.services import membership_invite
from tests.conftest import otp_verify
from tests.partners.factories import UserFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "zonnebloem-koffie-2026"


def _link(message) -> str:
    return re.search(r"http://[^\s]+/partner/uitnodiging/[^\s]+/", message.body).group(
        0
    )


def _path(url: str) -> str:
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def test_coordinator_invites_from_admin_and_a_mail_with_a_link_goes_out(
    coordinator_client, django_capture_on_commit_callbacks
):
    organization = OrganizationFactory(name="Buurthuis De Linde")
    form_page = coordinator_client.get("/admin/partners/membership/add/", follow=True)
    assert "Uitnodiging versturen" in form_page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            "/admin/partners/membership/uitnodigen/",
            {
                "email": "Bram.Jansen@Voorbeeld.nl",
                "name": "Bram Jansen",
                "organization": organization.pk,
                "role": MembershipRole.EDITOR,
            },
        )
    assert response.status_code == 302
    membership = Membership.objects.get()
    assert membership.user.email == "bram.jansen@voorbeeld.nl"
    assert not membership.user.is_active
    assert not membership.user.has_usable_password()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["bram.jansen@voorbeeld.nl"]
    assert "Buurthuis De Linde" in mail.outbox[0].subject
    assert "/partner/uitnodiging/" in mail.outbox[0].body
    assert "&#x27;" not in mail.outbox[0].body


def test_staff_without_permission_cannot_invite(client, django_user_model):
    staff = django_user_model.objects.create_user(username="stagiair", is_staff=True)
    client.force_login(staff)
    otp_verify(client, staff)
    response = client.post(
        "/admin/partners/membership/uitnodigen/",
        {"email": "x@voorbeeld.nl", "organization": OrganizationFactory().pk},
    )
    assert response.status_code == 403
    assert not Membership.objects.exists()


def test_a_coordinator_cannot_be_invited_as_partner(coordinator_client, coordinator):
    coordinator.email = "coordinator@voorbeeld.nl"
    coordinator.save()
    response = coordinator_client.post(
        "/admin/partners/membership/uitnodigen/",
        {
            "email": "coordinator@voorbeeld.nl",
            "organization": OrganizationFactory().pk,
            "role": MembershipRole.EDITOR,
        },
    )
    assert "coördinatoren werken in het beheer" in response.content.decode()
    assert not Membership.objects.exists()


@pytest.fixture
def invitation_path(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        membership_invite(
            email="bram.jansen@voorbeeld.nl",
            organization=OrganizationFactory(name="Buurthuis De Linde"),
        )
    return _path(_link(mail.outbox[-1]))


def test_opening_the_link_changes_nothing_so_mail_scanners_cannot_use_it(
    client, invitation_path
):
    for _ in range(3):
        response = client.get(invitation_path)
        assert response.status_code == 200
        assert "Wachtwoord instellen" in response.content.decode()
    assert Invitation.objects.get().used_at is None


def test_setting_a_password_activates_the_account_and_logs_in(client, invitation_path):
    response = client.post(
        invitation_path,
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/partner/"
    assert "Buurthuis De Linde" in response.content.decode()
    user = Membership.objects.get().user
    user.refresh_from_db()
    assert user.is_active and user.check_password(NEW_PASSWORD)


def test_a_weak_password_is_refused_and_the_link_stays_usable(client, invitation_path):
    response = client.post(
        invitation_path, {"new_password1": "kort", "new_password2": "kort"}
    )
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert Invitation.objects.get().used_at is None


def test_a_used_link_only_explains_itself(client, invitation_path):
    client.post(
        invitation_path, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    client.logout()
    response = client.post(
        invitation_path,
        {
            "new_password1": "een-ander-wachtwoord-9",
            "new_password2": "een-ander-wachtwoord-9",
        },
    )
    assert response.status_code == 410
    assert "al een wachtwoord ingesteld" in response.content.decode()
    user = Membership.objects.get().user
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_an_expired_link_only_explains_itself(client, invitation_path):
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    response = client.post(
        invitation_path, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response.status_code == 410
    assert "verlopen" in response.content.decode()
    assert not Membership.objects.get().user.has_usable_password()


def test_an_unknown_link_gives_a_dutch_404(client):
    response = client.get("/partner/uitnodiging/verzonnen-token/")
    assert response.status_code == 404
    assert "Deze link kennen wij niet" in response.content.decode()


def test_inviting_again_makes_the_earlier_link_stop_working(
    client, invitation_path, django_capture_on_commit_callbacks
):
    membership = Membership.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        membership_invite(
            email=membership.user.email, organization=membership.organization
        )
    assert client.get(invitation_path).status_code == 410
    assert client.get(_path(_link(mail.outbox[-1]))).status_code == 200


def test_a_person_with_a_password_gets_access_to_another_organisation(
    django_capture_on_commit_callbacks,
):
    user = UserFactory(email="anna.devries@voorbeeld.nl")
    with django_capture_on_commit_callbacks(execute=True):
        membership_invite(email=user.email, organization=OrganizationFactory())
    assert Membership.objects.filter(user=user).count() == 1
    assert not Invitation.objects.exists()
    assert "/partner/inloggen/" in mail.outbox[-1].body
