"""A house number typed as one text ("12a", "12-1", "14D-1") is split into the
number, letter and addition the map and the open data use, or refused with a
clear message; the box is text, so the browser cannot drop the letter."""

import pytest
from django.forms import modelform_factory

from partners.models import Membership
from sociale_kaart.house_numbers import HouseNumber, split_house_number
from sociale_kaart.location_address import LocationAdminForm
from sociale_kaart.models import Location

pytestmark = pytest.mark.django_db

NEW = {
    "name": "Buurtkamer Bleiswijk",
    "street": "Dorpsstraat",
    "postcode": "2665 BJ",
    "place": "Bleiswijk",
    "kern": "bleiswijk",
}


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


def _url(organization) -> str:
    return f"/partner/organisatie/{organization.pk}/locatie/nieuw/"


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        ("12", HouseNumber(12)),
        ("12a", HouseNumber(12, "A")),
        ("12 a", HouseNumber(12, "A")),
        ("12-1", HouseNumber(12, "", "1")),
        ("14D-1", HouseNumber(14, "D", "1")),
        ("14 d 1", HouseNumber(14, "D", "1")),
        ("3-bis", HouseNumber(3, "", "bis")),
        ("12hs", HouseNumber(12, "", "hs")),
        (" 7 ", HouseNumber(7)),
    ],
)
def test_a_typed_house_number_is_split(typed, parts):
    assert split_house_number(typed) == parts


@pytest.mark.parametrize("typed", ["a12", "12-", "twaalf", "12-12345", "1 2 3 4", "0"])
def test_what_is_no_house_number_is_refused(typed):
    with pytest.raises(Exception) as error:
        split_house_number(typed)
    assert "Vul een huisnummer in" in str(error.value)


def test_the_partner_form_offers_a_text_box_for_the_house_number(
    partner_client, organization
):
    html = partner_client.get(_url(organization)).content.decode()
    box = html[html.index('name="house_number"') - 200 :][:400]
    assert 'type="text"' in box and 'type="number"' not in box
    assert "bijvoorbeeld 12a of 14D-1" in html


@pytest.mark.parametrize(
    ("typed", "number", "letter", "addition"),
    [("12a", 12, "A", ""), ("12-1", 12, "", "1"), ("14D-1", 14, "D", "1")],
)
def test_a_partner_types_the_whole_house_number(
    partner_client, organization, typed, number, letter, addition
):
    partner_client.post(_url(organization), {**NEW, "house_number": typed})
    location = organization.locations.get(name="Buurtkamer Bleiswijk")
    assert (
        location.house_number,
        location.house_letter,
        location.house_number_addition,
    ) == (number, letter, addition)
    assert location.address.startswith(f"Dorpsstraat {typed.upper()}")


def test_a_wrong_house_number_is_refused_and_kept(partner_client, organization):
    response = partner_client.post(_url(organization), {**NEW, "house_number": "a12"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vul een huisnummer in zoals 12, 12a, 12-1 of 14D-1" in html
    assert 'href="#id_house_number"' in html and 'value="a12"' in html
    assert not organization.locations.filter(name="Buurtkamer Bleiswijk").exists()


def test_a_letter_typed_twice_differently_is_refused(partner_client, organization):
    response = partner_client.post(
        _url(organization), {**NEW, "house_number": "12a", "house_letter": "b"}
    )
    assert "Vul ze op één plek in." in response.content.decode()
    assert not organization.locations.filter(name="Buurtkamer Bleiswijk").exists()


def test_the_admin_splits_the_house_number_too(organization):
    form_class = modelform_factory(
        Location,
        form=LocationAdminForm,
        fields=["organization", *NEW, "house_number", "house_letter"]
        + ["house_number_addition"],
    )
    form = form_class(
        data={**NEW, "organization": organization.pk, "house_number": "14D-1"}
    )
    form.is_valid()
    assert "house_number" not in form.errors
    assert (
        form.cleaned_data["house_number"],
        form.cleaned_data["house_letter"],
        form.cleaned_data["house_number_addition"],
    ) == (14, "D", "1")
