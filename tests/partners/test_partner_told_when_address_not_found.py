"""A partner who saves an address the map (PDOK) cannot find is told so on the
next page and on the location's page, with what to check; one that is found
raises no alarm."""

import pytest

from partners.models import Membership

pytestmark = pytest.mark.django_db

NEW = {
    "name": "Buurtkamer Bleiswijk",
    "street": "Dorpsstraat",
    "house_number": "12",
    "postcode": "2665 BJ",
    "place": "Bleiswijk",
    "kern": "bleiswijk",
}


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


def _add(partner_client, organization, capture, **changes):
    """Save the location (the lookup runs after commit), then open the page
    the partner is sent to."""
    with capture(execute=True):
        response = partner_client.post(
            f"/partner/organisatie/{organization.pk}/locatie/nieuw/",
            {**NEW, **changes},
        )
    assert response["Location"] == "/partner/"
    return partner_client.get(response["Location"])


def test_an_address_the_map_cannot_find_is_reported_on_the_next_page(
    partner_client, organization, pdok, django_capture_on_commit_callbacks
):
    response = _add(
        partner_client,
        organization,
        django_capture_on_commit_callbacks,
        street="Niet-bestaande-straat",
    )
    html = response.content.decode()
    assert "Het adres Niet-bestaande-straat 12" in html
    assert "is niet gevonden op de kaart" in html
    assert "Controleer de straat, het huisnummer en de postcode." in html
    location = organization.locations.get(name="Buurtkamer Bleiswijk")
    page = partner_client.get(
        f"/partner/organisatie/{organization.pk}/locatie/{location.pk}/wijzigen/"
    ).content.decode()
    assert "is niet gevonden op de kaart" in page


def test_a_found_address_raises_no_alarm(
    partner_client, organization, pdok, django_capture_on_commit_callbacks
):
    pdok.answers["Dorpsstraat 12"] = "dorpsstraat_bleiswijk.json"
    html = _add(
        partner_client, organization, django_capture_on_commit_callbacks
    ).content.decode()
    assert "niet gevonden op de kaart" not in html
    assert "niet bereikbaar" not in html


def test_a_map_that_cannot_be_reached_is_said_plainly(
    partner_client, organization, pdok, django_capture_on_commit_callbacks
):
    pdok.down = True
    html = _add(
        partner_client, organization, django_capture_on_commit_callbacks
    ).content.decode()
    assert "De kaart was niet bereikbaar" in html
    assert "u hoeft niets te doen" in html
