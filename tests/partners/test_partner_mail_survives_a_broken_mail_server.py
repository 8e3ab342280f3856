"""Partner-area mail is queued, never lost, when the mail server refuses.

Real SMTP servers on loopback (aiosmtpd): invitations, password resets and
the "klopt dit nog?" requests are stored in the queue with what records them
as sent, and go out on a later delivery run.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from post_office.models import STATUS, Email

from partners.constants import MembershipRole
from partners.models import DigestRun, Membership, VerificationRequest
from tests.smtp import smtp_server
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def deliver() -> None:
    call_command("deliver_mail", verbosity=0)


def deliver_later_with_a_working_server(settings):
    Email.objects.update(scheduled_time=None)
    with smtp_server(settings, "accept") as server:
        deliver()
    return server.received


def test_an_invitation_is_kept_while_the_mail_server_refuses(
    coordinator_client, settings, mail_stays_queued
):
    organization = OrganizationFactory(name="Buurthuis De Linde")
    with smtp_server(settings, "refuse"):
        response = coordinator_client.post(
            "/admin/partners/membership/uitnodigen/",
            {
                "email": "bram.jansen@voorbeeld.nl",
                "organization": organization.pk,
                "role": MembershipRole.EDITOR,
            },
        )
        assert response.status_code == 302
        deliver()
    [invitation] = Email.objects.filter(to__icontains="bram.jansen@voorbeeld.nl")
    assert invitation.status == STATUS.requeued
    assert Membership.objects.filter(organization=organization).exists()

    [received] = deliver_later_with_a_working_server(settings)
    assert b"bram.jansen@voorbeeld.nl" in received
    assert f"Reply-To: {settings.COALITION_EMAIL}".encode() in received


def test_a_password_reset_is_queued_and_says_the_same_for_unknown_addresses(
    client, partner, settings, mail_stays_queued
):
    with smtp_server(settings, "refuse"):
        known = client.post(
            "/partner/wachtwoord-vergeten/", {"email": partner.email}, follow=True
        )
        unknown = client.post(
            "/partner/wachtwoord-vergeten/",
            {"email": "niemand@voorbeeld.nl"},
            follow=True,
        )
        deliver()
    assert known.content == unknown.content
    assert list(Email.objects.values_list("to", flat=True)) == [[partner.email]]

    [received] = deliver_later_with_a_working_server(settings)
    assert b"/partner/" in received


def test_verification_requests_are_recorded_only_with_their_mail(
    partner, settings, mail_stays_queued
):
    organization = Membership.objects.get(user=partner).organization
    organization.last_verified_at = timezone.now() - datetime.timedelta(days=190)
    organization.save()
    with smtp_server(settings, "refuse"):
        call_command("partners_send_verification_requests", stdout=io.StringIO())
        deliver()
        call_command("partners_send_verification_requests", stdout=io.StringIO())
    assert VerificationRequest.objects.count() == 1
    assert Email.objects.get(to__icontains=partner.email).status == STATUS.requeued

    [received] = deliver_later_with_a_working_server(settings)
    assert partner.email.encode() in received


@pytest.mark.parametrize(
    "address", ['"bram,jansen"@voorbeeld.nl', "b" * 65 + "@voorbeeld.nl"]
)
def test_an_invitation_to_an_undeliverable_address_gets_a_dutch_error(
    coordinator_client, address
):
    organization = OrganizationFactory()
    response = coordinator_client.post(
        "/admin/partners/membership/uitnodigen/",
        {"email": address, "organization": organization.pk, "role": "editor"},
    )
    assert response.status_code == 200
    assert "Dit e-mailadres kunnen wij niet gebruiken" in response.content.decode()
    assert not Membership.objects.exists() and not Email.objects.exists()


def test_the_digest_is_recorded_only_with_its_mail_and_goes_out_later(
    partner, coordinator, settings, mail_stays_queued
):
    coordinator.email = "coordinator@voorbeeld.nl"
    coordinator.save()
    organization = Membership.objects.get(user=partner).organization
    organization._history_user = partner
    organization.phone = "010 999 88 77"
    organization.save()
    with smtp_server(settings, "refuse"):
        call_command("partners_send_digest", stdout=io.StringIO())
        deliver()
        call_command("partners_send_digest", stdout=io.StringIO())
    [digest] = Email.objects.filter(to__icontains="coordinator@voorbeeld.nl")
    assert digest.status == STATUS.requeued
    assert DigestRun.objects.count() == 1

    [received] = deliver_later_with_a_working_server(settings)
    assert b"coordinator@voorbeeld.nl" in received
