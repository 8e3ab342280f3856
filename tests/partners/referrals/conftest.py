"""Fixtures of the referral handling tests: a handler of an organisation,
an open referral to it and one to another organisation."""

import pytest

from partners.constants import MembershipRole
from tests.conftest import otp_verify
from tests.meldpunt.factories import (
    PersonConcernedFactory,
    ReferralFactory,
)
from tests.partners.factories import MembershipFactory
from tests.sociale_kaart.factories import OrganizationFactory


@pytest.fixture
def organization():
    return OrganizationFactory(
        name="Welzijn Lansingerland", email="team@welzijn.example"
    )


@pytest.fixture
def handler(organization):
    return MembershipFactory(
        organization=organization,
        role=MembershipRole.REFERRAL_HANDLER,
        user__email="bram.jansen@voorbeeld.nl",
        user__first_name="Bram",
        user__last_name="Jansen",
    ).user


@pytest.fixture
def handler_client(client, handler):
    """Logged in with password and second factor."""
    client.force_login(handler)
    otp_verify(client, handler)
    return client


@pytest.fixture
def own(organization):
    """An open referral to the handler's organisation."""
    referral = ReferralFactory(organization=organization, report__kern="bleiswijk")
    PersonConcernedFactory(report=referral.report, name="Els Bakker")
    return referral


@pytest.fixture
def other():
    """An open referral to another organisation."""
    referral = ReferralFactory(
        organization=OrganizationFactory(name="Sportclub Anders"),
        report__message="Bericht voor de sportclub.",
    )
    PersonConcernedFactory(report=referral.report, name="Gerrit Smit")
    return referral
