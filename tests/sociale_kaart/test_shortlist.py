"""A professional keeps a shortlist, prints it and shares it by link or QR code."""

import pytest

from sociale_kaart.constants import ServiceStatus
from sociale_kaart.shortlist import parse_ids
from tests.sociale_kaart.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def save(client, service, action="bewaar", back="/sociale-kaart/?q=soos"):
    return client.post(
        "/sociale-kaart/bewaarlijst/wijzigen/",
        {"aanbod": service.pk, "actie": action, "volgende": back},
    )


def test_add_and_remove_without_javascript(client):
    soos, walk = ServiceFactory(name="Soos"), ServiceFactory(name="Wandelgroep")
    response = save(client, soos)
    # Back where the visitor was: at this offer's button, not the page's top.
    assert response.status_code == 302
    assert response["Location"] == f"/sociale-kaart/?q=soos#bewaar-{soos.pk}"
    assert f'id="bewaar-{soos.pk}"' in client.get("/sociale-kaart/?q=soos").text
    save(client, walk)
    html = client.get("/sociale-kaart/bewaarlijst/").content.decode()
    assert "Soos" in html and "Wandelgroep" in html
    assert html.index("Soos") < html.index("Wandelgroep")
    save(client, soos, action="verwijder")
    html = client.get("/sociale-kaart/bewaarlijst/").content.decode()
    assert "Soos" not in html.split("<main")[1] and "Wandelgroep" in html


def test_list_page_shows_remove_button_for_saved_offer(client):
    soos = ServiceFactory(name="Soos")
    save(client, soos)
    html = client.get("/sociale-kaart/").content.decode()
    assert "Haal van bewaarlijst" in html


def test_redirect_never_leaves_the_site(client):
    response = save(client, ServiceFactory(), back="https://example.org/")
    assert response["Location"] == "/sociale-kaart/bewaarlijst/"


def test_get_does_not_change_the_list(client):
    assert client.get("/sociale-kaart/bewaarlijst/wijzigen/").status_code == 405


def test_printable_list_has_a_qr_code_and_share_link_to_the_same_list(client):
    soos, walk = ServiceFactory(name="Soos"), ServiceFactory(name="Wandelgroep")
    save(client, soos)
    save(client, walk)
    html = client.get("/sociale-kaart/bewaarlijst/").content.decode()
    share = f"http://testserver/sociale-kaart/bewaarlijst/gedeeld/?aanbod={soos.pk},{walk.pk}"
    assert f'value="{share}"' in html
    assert "<svg" in html and "<path" in html
    other = client.__class__()  # someone else scanning the code
    shared = other.get(share.removeprefix("http://testserver")).content.decode()
    assert "Soos" in shared and "Wandelgroep" in shared
    assert "Gedeelde lijst" in shared


def test_shared_list_can_be_kept_and_skips_unknown_or_hidden_offers(client):
    soos = ServiceFactory(name="Soos")
    gone = ServiceFactory(name="Gestopt", status=ServiceStatus.INACTIVE)
    html = client.get(
        f"/sociale-kaart/bewaarlijst/gedeeld/?aanbod={soos.pk},{gone.pk},x,99999"
    ).content.decode()
    assert "Soos" in html and "Gestopt" not in html
    client.post(
        "/sociale-kaart/bewaarlijst/wijzigen/",
        {"actie": "overnemen", "aanbod": soos.pk},
    )
    assert "Soos" in client.get("/sociale-kaart/bewaarlijst/").content.decode()


def test_parse_ids_ignores_junk():
    assert parse_ids("3,1,x,3,,-2, 7") == [3, 1, 7]


def test_empty_list_explains_what_to_do(client):
    html = client.get("/sociale-kaart/bewaarlijst/").content.decode()
    assert "Er staat nog niets op deze lijst" in html


def test_printed_list_shows_the_whole_description(client):
    ending = "Neem een vriend mee; de laatste zin mag niet wegvallen."
    words = " ".join(f"woord{n}" for n in range(60))
    soos = ServiceFactory(name="Soos", description=f"{words}\n\n{ending}")
    save(client, soos)
    shortlist = client.get("/sociale-kaart/bewaarlijst/").content.decode()
    assert ending in shortlist and "woord59" in shortlist
    search = client.get("/sociale-kaart/").content.decode()
    assert ending not in search  # the search results keep their short version
