"""Values no form offers get a 400 or 404 with a Dutch text, never a 500."""

import pytest
from django.test import Client

from tests.activiteiten.factories import ActivityFactory

pytestmark = pytest.mark.django_db


def _client():
    return Client(raise_request_exception=False)


def test_an_over_long_username_is_a_400_not_a_500():
    for url in ("/partner/inloggen/", "/admin/login/"):
        response = _client().post(url, {"username": "a" * 300, "password": "x"})
        assert response.status_code == 400
        assert "Deze gebruikersnaam is te lang" in response.content.decode()


def test_a_nul_byte_in_the_address_is_a_400_and_in_a_form_a_dutch_error():
    assert _client().get("/sociale-kaart/?q=a%00b").status_code == 400
    assert _client().get("/activiteiten/?maand=2026-1%00").status_code == 400
    response = _client().post(
        "/meldpunt/", {"message": "Mijn buurman\x00 is alleen", "kind": "concern"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Null-tekens zijn niet toegestaan" in html


def test_a_non_digit_admin_id_is_a_404(coordinator_client):
    activity = ActivityFactory()
    coordinator_client.raise_request_exception = False
    base = f"/admin/activiteiten/activity/{activity.pk}"
    assert coordinator_client.get(f"{base}/history/").status_code == 200
    for bad in ("12abc", "a%00b"):
        url = f"/admin/activiteiten/activity/{bad}/history/"
        assert coordinator_client.get(url).status_code in (400, 404)
