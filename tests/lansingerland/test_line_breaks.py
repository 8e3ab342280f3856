"""A text saved from the admin (\r\n line breaks) and the same text saved by a
partner (\n) are the same text: no phantom change in the history and no
proposal for approval."""

import pytest

from partners.models import Membership, PendingChange
from tests.partners.factories import PartnerSettingsFactory

pytestmark = pytest.mark.django_db

TEXT = "Elke dinsdag koffie.\r\n\r\nIedereen is welkom."


def test_admin_line_breaks_are_stored_as_plain_newlines(coordinator_client, partner):
    organization = Membership.objects.get(user=partner).organization
    organization.description = TEXT
    organization.save()
    organization.refresh_from_db()
    assert organization.description == "Elke dinsdag koffie.\n\nIedereen is welkom."


def test_partner_saving_the_same_text_proposes_nothing(partner_client, partner):
    organization = Membership.objects.get(user=partner).organization
    organization.description = TEXT
    organization.save()
    PartnerSettingsFactory(organization=organization, changes_need_approval=True)
    history_before = organization.history.count()
    partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        {
            "name": organization.name,
            "description": TEXT,
            "website": organization.website,
            "email": organization.email,
            "phone": organization.phone,
            "save": "1",
        },
    )
    assert not PendingChange.objects.exists()
    assert organization.history.count() == history_before
