"""Fixtures of the partner activity tests."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from partners.models import Membership
from tests.activiteiten.factories import CampaignFactory
from tests.conftest import otp_verify
from tests.partners.factories import PartnerSettingsFactory
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
)


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


@pytest.fixture
def other():
    """Organisation B, with a location and an activity of its own."""
    other = OrganizationFactory(name="Sportclub Anders")
    LocationFactory(organization=other)
    return other


@pytest.fixture
def week():
    """A Week tegen Eenzaamheid that starts in ten days."""
    start = timezone.localdate() + datetime.timedelta(days=10)
    return CampaignFactory(
        kind="week-tegen-eenzaamheid",
        title="Week tegen Eenzaamheid proef",
        slug="week-tegen-eenzaamheid-proef",
        start_date=start,
        end_date=start + datetime.timedelta(days=6),
    )


@pytest.fixture
def coordinator_browser(coordinator):
    """The coordinator in a browser of their own (password and second factor)."""
    browser = Client()
    browser.force_login(coordinator)
    otp_verify(browser, coordinator)
    return browser


@pytest.fixture
def approval(organization):
    return PartnerSettingsFactory(organization=organization, changes_need_approval=True)
