"""A name that merely looks like the typed word is shown only when no offer a
visitor may see matches the word in any way: by its text, a theme, a street
or the word written together."""

import pytest

from sociale_kaart.constants import ServiceStatus
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def club():
    """The organisation and the look-alike: "Tafeltennis" resembles "tafels"
    by trigrams but holds no such word."""
    organization = OrganizationFactory(name="Sportvereniging De Bal", description="")
    ServiceFactory(organization=organization, name="Tafeltennis", description="")
    return organization


def found(client, typed: str) -> str:
    response = client.get("/sociale-kaart/", {"q": typed})
    assert response.status_code == 200
    return response.content.decode()


def test_a_theme_match_keeps_the_look_alike_out(client, club):
    dinner = ServiceFactory(organization=club, name="Eetclub", description="")
    dinner.themes.add(ThemeFactory(name="Tafels", slug="tafels"))
    html = found(client, "tafels")
    assert "Eetclub" in html and "Tafeltennis" not in html


def test_a_street_match_keeps_the_look_alike_out(client, club):
    ServiceFactory(
        organization=club,
        name="Eetclub",
        description="",
        locations=[LocationFactory(organization=club, street="Aan de Tafels")],
    )
    html = found(client, "tafels")
    assert "Eetclub" in html and "Tafeltennis" not in html


def test_a_word_written_together_keeps_the_look_alike_out(client, club):
    ServiceFactory(organization=club, name="Eetclub", description="Tafelskoffie.")
    html = found(client, "tafels")
    assert "Eetclub" in html and "Tafeltennis" not in html


def test_a_match_visitors_may_not_see_leaves_room_for_the_look_alike(client, club):
    ServiceFactory(
        organization=club,
        name="Tafels dekken",
        description="",
        status=ServiceStatus.INACTIVE,
    )
    html = found(client, "tafels")
    assert "Tafeltennis" in html and "Tafels dekken" not in html
    assert "Aanbod: 1 gevonden" in html


def test_nothing_alike_finds_nothing(client, club):
    html = found(client, "zwembad")
    assert "Aanbod: 0 gevonden" in html and "Tafeltennis" not in html
