"""Every change is kept with who and when; coordinators compare and restore."""

import pytest
from django.core.management import call_command
from django.test import Client

from partners.models import Membership
from sociale_kaart.models import Organization
from tests.conftest import otp_verify
from tests.sociale_kaart.factories import ServiceFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def _edit(client, organization, **changes):
    data = {
        "name": organization.name,
        "description": organization.description,
        "website": organization.website,
        "email": organization.email,
        "phone": organization.phone,
        "save": "1",
    }
    return client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/", {**data, **changes}
    )


@pytest.fixture
def coordinator_client(coordinator):
    """The coordinator in a browser of their own, beside the partner's."""
    client = Client()
    client.force_login(coordinator)
    otp_verify(client, coordinator)
    return client


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


def test_history_lives_in_sociale_kaart_in_its_old_tables_and_migrations_are_complete():
    assert Organization.history.model._meta.app_label == "sociale_kaart"
    assert (
        Organization.history.model._meta.db_table == "partners_historicalorganization"
    )
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_a_partners_change_is_recorded_with_who_and_when(
    partner_client, partner, organization
):
    _edit(partner_client, organization, phone="010 111 22 33")
    record = organization.history.first()
    assert record.history_user == partner
    assert record.phone == "+31101112233"
    assert record.history_change_reason == "gewijzigd door partner"
    diff = record.diff_against(record.prev_record)
    assert [change.field for change in diff.changes] == ["phone"]


def test_member_sees_the_history_of_their_organisation(partner_client, organization):
    _edit(partner_client, organization, phone="010 111 22 33")
    html = partner_client.get(
        f"/partner/organisatie/{organization.pk}/geschiedenis/"
    ).content.decode()
    assert "Anna de Vries" in html
    assert "gewijzigd door partner" in html


def test_coordinator_sees_the_difference_between_versions(
    coordinator_client, partner_client, organization
):
    _edit(partner_client, organization, phone="010 111 22 33")
    html = coordinator_client.get(
        f"/admin/sociale_kaart/organization/{organization.pk}/history/"
    ).content.decode()
    assert "anna.devries@voorbeeld.nl" in html
    assert "+31101112233" in html


def test_coordinator_restores_an_earlier_version(
    coordinator_client, partner_client, organization
):
    original_phone = organization.phone
    first = organization.history.earliest()
    _edit(partner_client, organization, phone="010 111 22 33")
    url = (
        f"/admin/sociale_kaart/organization/{organization.pk}/history/"
        f"{first.history_id}/"
    )
    page = coordinator_client.get(url)
    assert page.status_code == 200
    data = {
        "name": first.name,
        "slug": first.slug,
        "description": first.description,
        "website": first.website,
        "email": first.email,
        "phone": first.phone,
        "status": first.status,
        "locations-TOTAL_FORMS": "0",
        "locations-INITIAL_FORMS": "0",
        "partner_settings-TOTAL_FORMS": "0",
        "partner_settings-INITIAL_FORMS": "0",
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
    }
    response = coordinator_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    organization.refresh_from_db()
    assert organization.phone == original_phone


def test_theme_changes_are_part_of_the_history(organization):
    ontmoeting = ThemeFactory(name="ontmoeting", slug="ontmoeting")
    sport = ThemeFactory(name="sport", slug="sport")
    organization.themes.set([ontmoeting])
    organization.themes.set([sport])
    records = list(organization.history.order_by("history_date"))
    theme_sets = [
        sorted(t.theme.name for t in record.themes.all()) for record in records
    ]
    assert ["ontmoeting"] in theme_sets
    assert theme_sets[-1] == ["sport"]


def test_restore_form_offers_the_themes_of_that_version(
    coordinator_client, organization
):
    ontmoeting = ThemeFactory(name="ontmoeting", slug="ontmoeting")
    sport = ThemeFactory(name="sport", slug="sport")
    organization.themes.set([ontmoeting])
    version = organization.history.first()
    organization.themes.set([sport])
    organization.save()
    response = coordinator_client.get(
        f"/admin/sociale_kaart/organization/{organization.pk}/history/"
        f"{version.history_id}/"
    )
    form = response.context["adminform"].form
    assert list(form.initial["themes"]) == [ontmoeting.pk]


def test_coordinator_sees_earlier_versions_of_an_offer(coordinator_client):
    service = ServiceFactory(name="Koffieochtend")
    service.name = "Koffieochtend op dinsdag"
    service.save()
    html = coordinator_client.get(
        f"/admin/sociale_kaart/service/{service.pk}/history/"
    ).content.decode()
    assert "Koffieochtend op dinsdag" in html
    earliest = service.history.earliest()
    response = coordinator_client.get(
        f"/admin/sociale_kaart/service/{service.pk}/history/{earliest.history_id}/"
    )
    assert 'value="Koffieochtend"' in response.content.decode()
