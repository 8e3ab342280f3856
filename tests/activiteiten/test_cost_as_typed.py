"""An activity's cost is what the partner or coordinator typed: "Gratis" is never
ticked for them, and a typed cost is never dropped while pages say "Gratis"."""

import datetime
import importlib
import re

import pytest
from django.apps import apps

from activiteiten.models import Activity
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.activiteiten.test_coordinator_enters_activities import activity_form
from tests.partners.activities.conftest import organization, week
from tests.partners.activities.helpers import _data, _new_url
from tests.sociale_kaart.factories import LocationFactory

pytestmark = pytest.mark.django_db

__all__ = ["organization", "week"]  # fixtures of the partner tests, reused

COST = "€ 2,50 inclusief koffie"


def test_the_admins_new_activity_is_not_ticked_free(coordinator_client):
    html = coordinator_client.get("/admin/activiteiten/activity/add/").content.decode()
    checkbox = re.search(r'<input[^>]*name="is_free"[^>]*>', html).group(0)
    assert "checked" not in checkbox


def test_admin_keeps_a_typed_cost_and_says_free_and_cost_contradict(
    coordinator_client,
):
    location = LocationFactory()
    response = coordinator_client.post(
        "/admin/activiteiten/activity/add/",
        activity_form(location, is_free="on", cost=COST),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "U vinkte &#x27;gratis&#x27; aan en vulde ook kosten in" in html
    assert f'value="{COST}"' in html
    assert not Activity.objects.exists()


def test_admin_saves_a_typed_cost_as_typed(coordinator_client):
    location = LocationFactory()
    data = activity_form(location, cost=COST)
    del data["is_free"]
    response = coordinator_client.post("/admin/activiteiten/activity/add/", data)
    assert response.status_code == 302
    activity = Activity.objects.get()
    assert activity.cost == COST and not activity.is_free


def test_partner_form_keeps_a_typed_cost_and_says_what_to_fix(
    partner_client, organization, week
):
    response = partner_client.post(
        _new_url(organization), _data(organization, week, is_free="on", cost=COST)
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "aan en vulde ook kosten in" in html
    assert COST in html
    assert not Activity.objects.exists()


def test_partner_form_starts_without_free_ticked(partner_client, organization):
    html = partner_client.get(_new_url(organization)).content.decode()
    checkbox = re.search(r'<input[^>]*name="is_free"[^>]*>', html).group(0)
    assert "checked" not in checkbox


def test_pages_show_the_cost_as_typed(client):
    campaign = CampaignFactory(slug="najaar", start_date=datetime.date(2026, 10, 1))
    activity = ActivityFactory(
        title="Sjoelen",
        cost=COST,
        is_free=False,
        campaigns=[campaign],
        start_date=datetime.date(2026, 10, 6),
    )
    page = client.get(activity.get_absolute_url()).content.decode()
    cost = page.split("<dt>Kosten</dt>")[1].split("</dd>")[0]
    assert COST in cost and "Gratis" not in cost
    programme = client.get(campaign.get_absolute_url()).content.decode()
    tags = programme.split('class="activity-tags"')[1].split("</ul>")[0]
    assert COST in tags and "gratis" not in tags
    printed = client.get(campaign.get_absolute_url() + "afdrukken/").content.decode()
    entry = printed.split('class="print-list"')[1].split("</li>")[0]
    assert COST in entry and "Gratis" not in entry


def test_earlier_contradictions_keep_the_typed_cost():
    """Rows saved before the rule: the migration lets the typed cost win."""
    contradicting = ActivityFactory(is_free=True, cost=COST)
    free = ActivityFactory(is_free=True, cost="")
    migration = importlib.import_module(
        "activiteiten.migrations.0008_activity_cost_as_typed"
    )
    migration.typed_cost_wins(apps, None)
    contradicting.refresh_from_db()
    free.refresh_from_db()
    assert contradicting.is_free is False and contradicting.cost == COST
    assert free.is_free is True
