"""Under a "Waar" heading the address follows at once; lists keep "Waar:"."""

import re

import pytest

from partners.models import Membership
from tests.partners.offer_forms import SCHEDULES, add_row, offer_post
from tests.sociale_kaart.factories import LocationFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def after_heading(html: str, heading: str) -> str:
    """The paragraph right after the heading ``heading`` (h2 or h3), as text."""
    match = re.search(
        rf"<h([23])>{heading}</h\1>\s*(<p class=\"where\">.*?</p>)", html, re.S
    )
    assert match, f"no where-paragraph after the heading {heading!r}"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", match.group(2))).strip()


@pytest.fixture
def service():
    location = LocationFactory(street="Raadhuisplein", house_number=1)
    return ServiceFactory(
        name="Koffie-inloop", organization=location.organization, locations=[location]
    )


def test_offer_page_says_where_once(client, service):
    html = client.get(service.get_absolute_url()).content.decode()
    text = after_heading(html, "Waar")
    assert text.startswith("Raadhuisplein 1"), text
    assert "Waar:" not in text


def test_organisation_page_says_where_once(client, service):
    html = client.get(service.organization.get_absolute_url()).content.decode()
    text = after_heading(html, "Waar en hoe bereikbaar")
    assert text.startswith("Raadhuisplein 1"), text


def test_lists_without_a_heading_keep_the_label(client, service):
    html = client.get("/sociale-kaart/").content.decode()
    assert re.search(r'<span class="label">Waar:</span>\s*Raadhuisplein 1', html)


def test_partner_preview_says_where_once(partner_client, partner):
    organization = Membership.objects.get(user=partner).organization
    location = organization.locations.get()
    service = ServiceFactory(
        organization=organization, name="Koffie-inloop", locations=[location]
    )
    data = add_row(
        offer_post(service), SCHEDULES, weekday="2", opens_at="10:00", closes_at="12:00"
    )
    data.pop("save")
    data["preview"] = "1"
    url = f"/partner/organisatie/{organization.pk}/aanbod/{service.pk}/wijzigen/"
    html = partner_client.post(url, data).content.decode()
    assert "Voorbeeld van de openbare pagina" in html
    text = after_heading(html, "Waar")
    assert "Waar:" not in text and location.street in text, text
