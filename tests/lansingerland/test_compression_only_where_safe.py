"""Public pages reach a phone compressed; pages that can hold personal data
never are (BREACH, see docs/deployment.md)."""

import gzip

import pytest

from tests.sociale_kaart.factories import ServiceFactory

pytestmark = pytest.mark.django_db
GZIP = {"HTTP_ACCEPT_ENCODING": "gzip"}


@pytest.mark.parametrize("url", ["/", "/sociale-kaart/", "/activiteiten/"])
def test_public_pages_are_compressed(client, url):
    ServiceFactory.create_batch(3)
    response = client.get(url, **GZIP)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert b"</html>" in gzip.decompress(response.content)


@pytest.mark.parametrize("url", ["/meldpunt/", "/admin/login/"])
def test_pages_with_personal_data_are_not(client, url):
    response = client.get(url, **GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")


def test_signed_in_staff_get_nothing_compressed(admin_client):
    ServiceFactory.create_batch(3)
    response = admin_client.get("/sociale-kaart/", **GZIP)
    assert not response.has_header("Content-Encoding")
