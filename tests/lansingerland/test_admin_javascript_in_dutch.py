"""The admin's select boxes (thema's, doelgroepen) speak Dutch, also the texts
Django 5.2's own Dutch catalogue lacks."""

import pytest

pytestmark = pytest.mark.django_db


def test_admin_javascript_catalogue_has_dutch_select_box_texts(coordinator_client):
    response = coordinator_client.get("/admin/jsi18n/")
    text = response.content.decode()
    assert response.status_code == 200
    for dutch in ("Alle %s kiezen", "Alle %s verwijderen", "Geselecteerde %s kiezen"):
        assert dutch in text
