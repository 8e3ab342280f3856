"""Residents and data teams find the open data from every page, with its
licence; coordinators choose the licence, CC0 until they do."""

import pytest

from sociale_kaart.constants import OpenDataLicence
from sociale_kaart.models import OpenDataSettings

pytestmark = pytest.mark.django_db


def test_footer_links_the_open_data_page_with_cc0(client):
    home = client.get("/").content.decode()
    assert 'href="/sociale-kaart/open-data/"' in home
    page = client.get("/sociale-kaart/open-data/").content.decode()
    assert "CC0 1.0" in page
    assert "publicdomain/zero/1.0" in page
    assert "http://testserver/sociale-kaart/open-data/hsds/services" in page
    response = client.get("/sociale-kaart/open-data/hsds/services")
    assert "publicdomain/zero/1.0" in response["Link"]


def test_coordinator_sets_another_licence(client, coordinator_client):
    settings = OpenDataSettings.objects.get_or_create(pk=1)[0]
    url = f"/admin/sociale_kaart/opendatasettings/{settings.pk}/change/"
    response = coordinator_client.post(url, {"licence": OpenDataLicence.CC_BY})
    assert response.status_code == 302
    page = client.get("/sociale-kaart/open-data/").content.decode()
    assert "CC BY 4.0" in page and "licenses/by/4.0" in page
    response = client.get("/sociale-kaart/open-data/hsds/services")
    assert "licenses/by/4.0" in response["Link"]


def test_a_licence_outside_the_list_is_refused(coordinator_client):
    settings = OpenDataSettings.objects.get_or_create(pk=1)[0]
    url = f"/admin/sociale_kaart/opendatasettings/{settings.pk}/change/"
    response = coordinator_client.post(url, {"licence": "alles-mag"})
    assert response.status_code == 200
    assert OpenDataSettings.current().licence == OpenDataLicence.CC0
