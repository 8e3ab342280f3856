"""A save that changes nothing leaves no "gewijzigd" row in the history that
partners and coordinators read; a real change, and a change of themes, do."""

import pytest
from django.apps import apps
from simple_history.models import registered_models

from lansingerland.model_mixins import UnchangedSaveWithoutHistoryMixin
from partners.models import Membership
from tests.sociale_kaart.factories import ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


def test_saving_without_a_change_adds_no_history_row(organization):
    before = organization.history.count()
    organization.save()
    organization.locations.first().save()
    assert organization.history.count() == before
    assert organization.locations.first().history.count() == 1


def test_a_real_change_still_adds_a_row(organization):
    before = organization.history.count()
    organization.phone = "010 765 43 21"
    organization.save()
    assert organization.history.count() == before + 1
    assert organization.history.first().phone == "010 765 43 21"


def test_a_theme_change_after_an_unchanged_save_still_adds_a_row(organization):
    organization.save()
    before = organization.history.count()
    organization.themes.add(ThemeFactory(name="Bewegen"))
    assert organization.history.count() == before + 1


def test_every_model_with_history_skips_unchanged_saves():
    """A model that gets a change history names the mixin too."""
    missing = [
        model._meta.label
        for model in apps.get_models()
        if registered_models.get(model._meta.db_table) is model
        and not issubclass(model, UnchangedSaveWithoutHistoryMixin)
    ]
    assert missing == []
