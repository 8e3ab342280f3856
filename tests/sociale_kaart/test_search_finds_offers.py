"""Residents and professionals search the offers in plain Dutch words."""

import pytest

from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
)
from tests.sociale_kaart.map import services_on_the_map

pytestmark = pytest.mark.django_db


def found(client, **params):
    response = client.get("/sociale-kaart/", params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def offers():
    anker = OrganizationFactory(name="Buurtvereniging Het Anker", description="")
    return {
        "lonely": ServiceFactory(
            organization=anker,
            name="Samen aan tafel",
            description="Voor wie zich eenzaam voelt en graag met anderen eet.",
        ),
        "cafe": ServiceFactory(
            organization=anker, name="Buurtcafé De Brug", description="Gezellig."
        ),
        "coffee": ServiceFactory(
            organization=anker,
            name="Koffieochtend in De Leeuwerik",
            description="Elke dinsdag koffie en een praatje.",
        ),
        "road": ServiceFactory(
            organization=anker,
            name="Moestuin",
            description="Samen tuinieren.",
            locations=[
                LocationFactory(
                    organization=anker, street="'s-Gravenweg", house_number=3
                )
            ],
        ),
        "walk": ServiceFactory(
            organization=anker, name="Wandelgroep", description="Elke week lopen."
        ),
    }


def test_eenzaam_finds_the_offer_for_lonely_people(client, offers):
    html = found(client, q="eenzaam")
    assert "Samen aan tafel" in html and "Wandelgroep" not in html


@pytest.mark.parametrize("typed", ["Café", "cafe", "CAFE"])
def test_accents_do_not_matter(client, offers, typed):
    html = found(client, q=typed)
    assert "Buurtcafé De Brug" in html and "Wandelgroep" not in html


@pytest.mark.parametrize("typed", ["koffie ochtend", "koffieochtend", "Koffie-ochtend"])
def test_compound_words_are_found_written_apart_or_together(client, offers, typed):
    html = found(client, q=typed)
    assert "Koffieochtend in De Leeuwerik" in html and "Wandelgroep" not in html


def test_a_typing_error_in_a_name_still_finds_the_offer(client, offers):
    html = found(client, q="Wandelgoep")
    assert "Wandelgroep" in html and "Samen aan tafel" not in html


def test_typing_error_fallback_stays_out_when_words_match(client, offers):
    # "tafels" is a word of "Samen aan tafel" (stemmed); a name that merely
    # looks like it by trigrams stays out.
    ServiceFactory(
        organization=offers["walk"].organization, name="Tafeltennis", description=""
    )
    html = found(client, q="tafels")
    assert "Samen aan tafel" in html and "Tafeltennis" not in html


def test_street_with_apostrophe_and_hyphen(client, offers):
    html = found(client, q="'s-Gravenweg")
    assert "Moestuin" in html and "Wandelgroep" not in html


def test_empty_search_shows_everything(client, offers):
    html = found(client, q="")
    assert "Aanbod: 5 gevonden" in html
    for name in ("Samen aan tafel", "Moestuin", "Wandelgroep"):
        assert name in html


@pytest.mark.parametrize(
    "typed", ['"', "&|!", "(((", "a:*", "-", "' OR 1=1 --", "<script>"]
)
def test_odd_input_never_breaks_the_page(client, offers, typed):
    html = found(client, q=typed)
    assert "<script>" not in html.split("<main")[1].split("</main>")[0]


def test_too_long_input_gets_a_dutch_message_and_is_kept(client, offers):
    html = found(client, q="koffie " * 40)
    assert "Dit is te lang. Gebruik niet meer dan 200 tekens (nu 279)." in html
    assert 'value="koffie koffie' in html


def test_map_data_follows_the_search(client, offers):
    offers["walk"].locations.update(street="Wandelpad")
    assert services_on_the_map(client, {"q": "eenzaam"}) == ["Samen aan tafel"]
