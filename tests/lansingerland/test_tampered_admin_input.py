"""The back office's add and change pages answer tampered relation ids,
numbers beyond a column's range and undecodable object ids with a Dutch form
error or a 404, never a 500; what the coordinator typed stays in the form."""

import pytest

from tests.sociale_kaart.factories import LocationFactory, ServiceFactory

pytestmark = pytest.mark.django_db

# A value no form offers, per class: not a number, a number no bigint holds,
# text with script.
TAMPERED_IDS = ["1e9x", "9" * 40, "<script>x</script>"]


@pytest.fixture
def admin_client(coordinator_client):
    coordinator_client.raise_request_exception = False
    return coordinator_client


@pytest.mark.parametrize("bad", TAMPERED_IDS)
def test_a_tampered_organisation_on_a_new_location_is_a_form_error(admin_client, bad):
    response = admin_client.post(
        "/admin/sociale_kaart/location/add/",
        {"organization": bad, "name": "Buurtkamer De Wilg", "street": "Wilgenlaan"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "errornote" in html
    assert 'value="Buurtkamer De Wilg"' in html


@pytest.mark.parametrize("bad", TAMPERED_IDS)
def test_tampered_locations_on_an_offer_are_a_form_error(admin_client, bad):
    service = ServiceFactory(locations=[LocationFactory()])
    response = admin_client.post(
        f"/admin/sociale_kaart/service/{service.pk}/change/",
        {"organization": bad, "locations": [bad, "1"], "name": "Koffie-uurtje"},
    )
    assert response.status_code == 200
    assert 'value="Koffie-uurtje"' in response.content.decode()


def test_a_day_beyond_any_number_in_the_summer_period_is_a_form_error(
    admin_client,
):
    response = admin_client.post(
        "/admin/activiteiten/summerperiod/add/",
        {"start_month": "7", "start_day": "9" * 40, "end_month": "8", "end_day": "31"},
    )
    assert response.status_code == 200
    assert "errornote" in response.content.decode()


@pytest.mark.parametrize("bad", ["12abc", "%zz", "9" * 40])
@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_an_undecodable_object_id_in_an_app_with_an_underscore_is_a_404(
    admin_client, bad, view
):
    service = ServiceFactory()
    base = "/admin/sociale_kaart/service"
    assert admin_client.get(f"{base}/{service.pk}/history/").status_code == 200
    assert admin_client.get(f"{base}/{bad}/{view}/").status_code in (302, 404)
