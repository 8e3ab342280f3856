"""A change to an offer or organisation is found by the next search at once:
the stored search documents follow every write, also one the ORM never sees."""

import pytest
from django.db import connection

from tests.sociale_kaart.factories import OrganizationFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def found(client, text: str) -> str:
    response = client.get("/sociale-kaart/", {"q": text})
    assert response.status_code == 200
    return response.content.decode()


def test_edited_description_is_found(client):
    service = ServiceFactory(name="Wandelgroep", description="Elke week lopen.")
    assert "Wandelgroep" not in found(client, "jeu de boules")
    service.description = "Daarna jeu de boules in het park."
    service.save()
    assert "Wandelgroep" in found(client, "jeu de boules")


def test_renamed_organisation_finds_its_offers(client):
    organization = OrganizationFactory(name="Stichting Oud Kompas")
    ServiceFactory(organization=organization, name="Praatgroep", description="")
    assert "Praatgroep" not in found(client, "Zonnewijzer")
    organization.name = "Stichting Zonnewijzer"
    organization.save()
    assert "Praatgroep" in found(client, "Zonnewijzer")
    assert "Praatgroep" not in found(client, "Kompas")


def test_change_in_sql_is_found(client):
    service = ServiceFactory(name="Zangkoor", description="")
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE sociale_kaart_service SET description = %s WHERE id = %s",
            ["Samen zingen met de buurt.", service.pk],
        )
    assert "Zangkoor" in found(client, "zingen")
