"""Coordinators edit offers, their hours and the taxonomy terms in the admin."""

import pytest

from sociale_kaart.models import TargetGroup
from tests.sociale_kaart.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_coordinator_sees_an_offer_with_hours_and_closures(coordinator_client):
    service = ServiceFactory(name="Koffieochtend Het Anker")
    html = coordinator_client.get(
        f"/admin/sociale_kaart/service/{service.pk}/change/"
    ).content.decode()
    assert "Koffieochtend Het Anker" in html
    assert "Openingstijden" in html and "Sluitingen" in html
    assert "Hoe doet u mee" in html or "hoe doet u mee" in html.lower()


def test_coordinator_adds_a_target_group_term(coordinator_client):
    response = coordinator_client.post(
        "/admin/sociale_kaart/targetgroup/add/",
        {"name": "mantelzorgers", "slug": "mantelzorgers"},
    )
    assert response.status_code == 302
    assert TargetGroup.objects.filter(slug="mantelzorgers").exists()


def test_visitor_without_account_cannot_edit_terms(client):
    response = client.post(
        "/admin/sociale_kaart/targetgroup/add/",
        {"name": "mantelzorgers", "slug": "mantelzorgers"},
    )
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not TargetGroup.objects.exists()


def test_location_admin_uses_leaflet_not_openlayers(coordinator_client):
    service = ServiceFactory()
    location = service.locations.get()
    html = coordinator_client.get(
        f"/admin/sociale_kaart/location/{location.pk}/change/"
    ).content.decode()
    assert "leaflet" in html.lower()
    assert "openlayers" not in html.lower() and "cdn" not in html.lower()
