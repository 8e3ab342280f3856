"""The invitation mail says what the person is invited for: a referral handler
reads about referrals and the second factor, an editor about keeping the
organisation's details current."""

import pytest
from django.core import mail

from partners.constants import MembershipRole
from partners.services import membership_invite
from tests.partners.factories import UserFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organization():
    return OrganizationFactory(name="Buurthuis De Linde")


def _invite(organization, role, django_capture_on_commit_callbacks, email):
    with django_capture_on_commit_callbacks(execute=True):
        membership_invite(email=email, organization=organization, role=role)
    return mail.outbox[-1]


def test_a_referral_handler_is_invited_to_handle_referrals(
    organization, django_capture_on_commit_callbacks
):
    message = _invite(
        organization,
        MembershipRole.REFERRAL_HANDLER,
        django_capture_on_commit_callbacks,
        "behandelaar@voorbeeld.nl",
    )
    assert "doorverwijzingen" in message.subject
    assert "bijhouden" not in message.subject
    assert "doorverwijzingen voor Buurthuis De Linde te behandelen" in message.body
    assert "tweestapsverificatie" in message.body
    assert "bij te houden" not in message.body


def test_an_editor_is_invited_to_keep_the_details_current(
    organization, django_capture_on_commit_callbacks
):
    message = _invite(
        organization,
        MembershipRole.EDITOR,
        django_capture_on_commit_callbacks,
        "redacteur@voorbeeld.nl",
    )
    assert "houd Buurthuis De Linde bij" in message.subject
    assert "bij te houden" in message.body
    assert "doorverwijzing" not in message.body


def test_a_known_person_added_as_referral_handler_reads_about_referrals(
    organization, django_capture_on_commit_callbacks
):
    user = UserFactory(email="bekend@voorbeeld.nl")
    message = _invite(
        organization,
        MembershipRole.REFERRAL_HANDLER,
        django_capture_on_commit_callbacks,
        user.email,
    )
    assert "doorverwijzingen voor Buurthuis De Linde" in message.subject
    assert "sociale kaart" not in message.body
