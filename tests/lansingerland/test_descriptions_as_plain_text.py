"""Descriptions with links and lists read as plain text wherever they are
summarised: result cards, meta descriptions, structured data, calendars and
open data. Residents never see tags, and list items never run together."""

import html
import json
import re

import pytest

from lansingerland.plain_text import plain_text
from tests.activiteiten.factories import ActivityFactory
from tests.sociale_kaart.factories import OrganizationFactory, ServiceFactory

pytestmark = pytest.mark.django_db

# As the partner forms store it: sanitised with sanitize_html.
OFFER_TEXT = (
    "Elke dinsdag koffie en een praatje. <ul><li>Gezellig</li><li>Gratis</li></ul>"
)
ORGANIZATION_TEXT = (
    '<p><b>Vet</b> <a href="https://example.org" rel="noopener noreferrer">klik</a>'
    "</p><p>Tom &amp; Jerry</p>"
)


def _meta_description(page: str) -> str:
    return html.unescape(
        re.search(r'<meta name="description" content="([^"]*)"', page)[1]
    )


def _json_ld(page: str) -> dict:
    block = re.search(
        r'<script type="application/ld\+json"[^>]*>(.*?)</script>', page, re.S
    )
    return json.loads(block[1])


def test_plain_text_separates_blocks_and_decodes_entities():
    assert (
        plain_text(OFFER_TEXT)
        == "Elke dinsdag koffie en een praatje.\nGezellig\nGratis"
    )
    assert plain_text(ORGANIZATION_TEXT) == "Vet klik\nTom & Jerry"
    assert plain_text("<p>Hallo</p><script>alert(1)</script>") == "Hallo"
    assert plain_text("5 < 6") == "5 < 6"


@pytest.fixture
def offer():
    organization = OrganizationFactory(
        name="Buurthuis De Kroon", description=ORGANIZATION_TEXT
    )
    return ServiceFactory(
        organization=organization, name="Koffie-inloop", description=OFFER_TEXT
    )


def test_result_cards_show_text_without_tags(client, offer):
    page = client.get("/sociale-kaart/").content.decode()
    assert "Elke dinsdag koffie en een praatje. Gezellig Gratis" in page
    assert "Vet klik Tom &amp; Jerry" in page
    assert "&lt;" not in page


def test_meta_descriptions_keep_list_items_apart(client, offer):
    offer_page = client.get(offer.get_absolute_url()).content.decode()
    assert _meta_description(offer_page) == (
        "Elke dinsdag koffie en een praatje. Gezellig Gratis"
    )
    organization_page = client.get(
        offer.organization.get_absolute_url()
    ).content.decode()
    assert _meta_description(organization_page) == "Vet klik Tom & Jerry"


def test_structured_data_holds_plain_text(client, offer):
    data = _json_ld(client.get(offer.get_absolute_url()).content.decode())
    assert (
        data["description"] == "Elke dinsdag koffie en een praatje.\nGezellig\nGratis"
    )
    data = _json_ld(client.get(offer.organization.get_absolute_url()).content.decode())
    assert data["description"] == "Vet klik\nTom & Jerry"


def test_open_data_descriptions_are_plain_text(client, offer):
    offer.how_to_join = "<p>Bel ons:</p><ol><li>kies 1</li><li>kies 2</li></ol>"
    offer.save()
    (service,) = client.get("/sociale-kaart/open-data/hsds/services/").json()[
        "contents"
    ]
    assert (
        service["description"]
        == "Elke dinsdag koffie en een praatje.\nGezellig\nGratis"
    )
    assert service["application_process"] == "Bel ons:\nkies 1\nkies 2"
    (organization,) = client.get("/sociale-kaart/open-data/hsds/organizations/").json()[
        "contents"
    ]
    assert organization["description"] == "Vet klik\nTom & Jerry"


def test_shortlist_shows_how_to_join_without_tags(client, offer):
    offer.how_to_join = "<p>Loop binnen</p><ul><li>dinsdag</li></ul>"
    offer.save()
    page = client.get(
        f"/sociale-kaart/bewaarlijst/gedeeld/?aanbod={offer.pk}"
    ).content.decode()
    assert "&lt;" not in page
    assert "Loop binnen" in page and "dinsdag" in page


def test_activity_page_and_calendar_keep_list_items_apart(client):
    ActivityFactory(title="Breiclub", slug="breiclub", description=OFFER_TEXT)
    page = client.get("/activiteiten/activiteit/breiclub/").content.decode()
    assert (
        _meta_description(page) == "Elke dinsdag koffie en een praatje. Gezellig Gratis"
    )
    data = _json_ld(page)
    event = data[0] if isinstance(data, list) else data
    assert event["description"].endswith("Gezellig\nGratis")
    feed = client.get("/activiteiten/activiteit/breiclub/agenda.ics").content.decode()
    unfolded = feed.replace("\r\n ", "")
    assert "Gezellig\\nGratis" in unfolded
    assert "<" not in unfolded
