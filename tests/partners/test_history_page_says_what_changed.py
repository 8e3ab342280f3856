"""The partner history page says in Dutch what happened and which fields
changed from what to what, for the organisation, its locations, offers and
activities, with the same number of queries however long the history is."""

import pytest
from django.contrib.gis.geos import Point
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners.models import Membership
from tests.activiteiten.factories import ActivityFactory
from tests.sociale_kaart.factories import LocationFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


def _page(client, organization) -> str:
    html = client.get(f"/partner/organisatie/{organization.pk}/geschiedenis/")
    return " ".join(html.content.decode().split())


def _change(obj, **values) -> None:
    for name, value in values.items():
        setattr(obj, name, value)
    obj.save()


def test_a_change_shows_the_field_with_old_and_new_value(partner_client, organization):
    old_phone = organization.phone
    _change(organization, phone="010 111 22 33")
    html = _page(partner_client, organization)
    assert f"Telefoonnummer: was “{old_phone}”, nu “010 111 22 33”" in html
    assert "Gewijzigd" in html and "Aangemaakt" in html
    assert "Changed" not in html and "Created" not in html


def test_choices_show_their_label_and_long_texts_are_shortened(
    partner_client, organization
):
    location = organization.locations.get()
    _change(location, kern="bleiswijk")
    _change(organization, description="Koffie en een praatje. " * 20)
    html = _page(partner_client, organization)
    assert "Kern: was" in html and "nu “Bleiswijk”" in html
    assert "nu “bleiswijk”" not in html
    assert "nu “Koffie en een praatje. Koffie en een praatje. Koffie en" in html
    assert "Koffie en een praatje. " * 5 not in html


def test_a_deleted_offer_says_verwijderd(partner_client, organization):
    service = ServiceFactory(organization=organization, name="Breiclub")
    service.delete()
    html = _page(partner_client, organization)
    assert "Breiclub" in html and "Verwijderd" in html


def test_activities_of_the_organisation_are_in_the_history(
    partner_client, organization
):
    activity = ActivityFactory(
        title="Spelletjesmiddag", organizations=[organization], campaigns=[]
    )
    _change(activity, title="Spelletjesmiddag met taart")
    other = ActivityFactory(title="Fietstocht elders", campaigns=[])
    _change(other, title="Fietstocht van een ander")
    html = _page(partner_client, organization)
    assert "Wijzigingen van de activiteiten" in html
    assert "Titel: was “Spelletjesmiddag”, nu “Spelletjesmiddag met taart”" in html
    assert "Fietstocht" not in html


def _queries(client, organization) -> int:
    with CaptureQueriesContext(connection) as context:
        assert (
            client.get(
                f"/partner/organisatie/{organization.pk}/geschiedenis/"
            ).status_code
            == 200
        )
    return len(context.captured_queries)


def test_the_page_uses_as_many_queries_for_a_long_history(partner_client, organization):
    activity = ActivityFactory(organizations=[organization], campaigns=[])
    service = ServiceFactory(organization=organization)

    def one_of_each(number: int) -> None:
        _change(organization, phone=f"010 111 22 4{number}")
        _change(LocationFactory(organization=organization), kern="bleiswijk")
        _change(service, name=f"Koffie {number}")
        _change(activity, title=f"Spelletjes {number}")

    one_of_each(0)
    few = _queries(partner_client, organization)
    for number in range(1, 9):
        one_of_each(number)
    assert _queries(partner_client, organization) == few


def test_a_moved_point_is_said_in_words_not_coordinates(partner_client, organization):
    location = organization.locations.get()
    _change(location, point=Point(4.53211, 52.01102, srid=4326))
    html = _page(partner_client, organization)
    assert "Plek op de kaart: was" in html and "nu “een nieuwe plek”" in html
    assert "4.53211" not in html and "POINT" not in html
