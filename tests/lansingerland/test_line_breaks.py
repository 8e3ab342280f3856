"""A text saved from the admin (\r\n line breaks) and the same text saved by a
partner (\n) are the same text: no phantom change in the history and no
proposal for approval."""

import pytest
from django.apps import apps
from django.db import models

from lansingerland.model_mixins import PlainLineBreaksMixin
from partners.models import Membership, PendingChange
from tests.meldpunt.factories import ReportFactory
from tests.partners.factories import PartnerSettingsFactory

pytestmark = pytest.mark.django_db

PORTAL_APPS = {"lansingerland", "meldpunt", "sociale_kaart", "activiteiten", "partners"}
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


#: Search documents: rows written only by database triggers from the offers'
#: and organisations' own (already normalised) text, never saved from Python.
WRITTEN_BY_THE_DATABASE = {
    "sociale_kaart.ServiceSearch",
    "sociale_kaart.OrganizationSearch",
}


def test_every_model_with_text_of_the_portal_stores_plain_newlines():
    """A new model with a text field names the mixin too (no global receiver
    does it behind its back any more)."""
    missing = [
        model._meta.label
        for model in apps.get_models()
        if model._meta.app_label in PORTAL_APPS
        and not model.__name__.startswith("Historical")
        and any(isinstance(f, models.TextField) for f in model._meta.concrete_fields)
        and not issubclass(model, PlainLineBreaksMixin)
        and model._meta.label not in WRITTEN_BY_THE_DATABASE
    ]
    assert missing == []


def test_a_report_typed_with_windows_line_breaks_is_stored_with_newlines():
    report = ReportFactory(message="Mijn buurman is veel alleen.\r\nKunt u helpen?")
    report.refresh_from_db()
    assert report.message == "Mijn buurman is veel alleen.\nKunt u helpen?"
