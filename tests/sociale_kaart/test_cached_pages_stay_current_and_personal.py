"""The sociale kaart's pages come from a cache, yet every change shows at once
and no visitor ever gets another visitor's token, nonce or bewaarlijst."""

import gzip
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sociale_kaart.models import Organization
from tests.sociale_kaart.factories import OrganizationFactory, ServiceFactory

pytestmark = pytest.mark.django_db

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
NONCE = re.compile(r'nonce="([^"]+)"')


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def offer():
    organization = OrganizationFactory(name="Stichting De Vlinder", slug="vlinder")
    return ServiceFactory(
        organization=organization, name="Praatgroep", slug="praatgroep"
    )


URLS = [
    "/sociale-kaart/",
    "/sociale-kaart/vlinder/",
    "/sociale-kaart/aanbod/praatgroep/",
]


@pytest.mark.parametrize("url", URLS)
def test_a_save_shows_at_once(client, offer, url):
    assert "Praatgroep" in page(client, url)
    offer.name = "Praatgroep voor mantelzorgers"
    offer.save()
    assert "Praatgroep voor mantelzorgers" in page(client, url)


def test_a_bulk_update_and_a_removal_show_at_once(client, offer):
    other = ServiceFactory(name="Wandelgroep")
    assert "Wandelgroep" in page(client, "/sociale-kaart/")
    Organization.objects.filter(pk=offer.organization.pk).update(name="De Rups")
    html = page(client, "/sociale-kaart/")
    assert "De Rups" in html and "Stichting De Vlinder" not in html
    other.delete()
    assert "Wandelgroep" not in page(client, "/sociale-kaart/")


def test_search_spelled_differently_is_one_page(client, offer):
    page(client, "/sociale-kaart/?q=praatgroep&kern=")
    with CaptureQueriesContext(connection) as queries:
        html = page(client, "/sociale-kaart/?kern=&q=praatgroep+")
    assert "Praatgroep" in html
    assert len(queries) <= 2  # content version (+ session): served from the cache


def test_two_visitors_each_get_their_own_token_nonce_and_list(offer):
    saver, stranger = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first = saver.get("/sociale-kaart/")
    token = CSRF.search(first.content.decode()).group(1)
    saved = saver.post(
        "/sociale-kaart/bewaarlijst/wijzigen/",
        {"aanbod": offer.pk, "actie": "bewaar", "csrfmiddlewaretoken": token},
    )
    assert saved.status_code == 302
    mine = saver.get("/sociale-kaart/?q=praat&kern=")
    theirs = stranger.get("/sociale-kaart/?kern=&q=praat+")
    mine_html, theirs_html = mine.content.decode(), theirs.content.decode()
    assert "Haal van bewaarlijst" in mine_html
    assert "Haal van bewaarlijst" not in theirs_html and "Bewaar" in theirs_html
    assert 'name="volgende" value="/sociale-kaart/?kern=&amp;q=praat+"' in theirs_html
    for response, html in ((mine, mine_html), (theirs, theirs_html)):
        nonces = set(NONCE.findall(html))
        assert len(nonces) == 1
        assert f"'nonce-{nonces.pop()}'" in response["Content-Security-Policy"]
    assert set(NONCE.findall(mine_html)) != set(NONCE.findall(theirs_html))
    stranger_token = CSRF.search(theirs_html).group(1)
    assert stranger_token not in mine_html
    kept = stranger.post(
        "/sociale-kaart/bewaarlijst/wijzigen/",
        {"aanbod": offer.pk, "actie": "bewaar", "csrfmiddlewaretoken": stranger_token},
    )
    assert kept.status_code == 302  # the token handed out works for its visitor


def test_a_new_visitor_gets_a_whole_compressed_page_with_own_token(offer):
    visitor = Client(enforce_csrf_checks=True)
    page(visitor, "/sociale-kaart/")  # fills the cache
    response = visitor.get("/sociale-kaart/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    html = gzip.decompress(response.content).decode()
    assert html.rstrip().endswith("</html>") and "Praatgroep" in html
    (nonce,) = set(NONCE.findall(html))
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
    token = CSRF.search(html).group(1)
    # The secrets travel uncompressed, so their size leaks nothing (BREACH).
    assert token.encode() in response.content and nonce.encode() in response.content
    kept = visitor.post(
        "/sociale-kaart/bewaarlijst/wijzigen/",
        {"aanbod": offer.pk, "actie": "bewaar", "csrfmiddlewaretoken": token},
    )
    assert kept.status_code == 302


def test_a_visitor_who_emptied_the_list_sees_save_buttons_again(offer):
    visitor = Client(enforce_csrf_checks=True)
    token = CSRF.search(page(visitor, "/sociale-kaart/")).group(1)
    for action in ("bewaar", "verwijder"):
        changed = visitor.post(
            "/sociale-kaart/bewaarlijst/wijzigen/",
            {"aanbod": offer.pk, "actie": action, "csrfmiddlewaretoken": token},
        )
        assert changed.status_code == 302
    page(visitor, "/sociale-kaart/")  # shows any message once
    html = page(visitor, "/sociale-kaart/")  # a session, but an empty list
    assert "Haal van bewaarlijst" not in html and "Bewaar" in html
    token = CSRF.search(html).group(1)
    kept = visitor.post(
        "/sociale-kaart/bewaarlijst/wijzigen/",
        {"aanbod": offer.pk, "actie": "bewaar", "csrfmiddlewaretoken": token},
    )
    assert kept.status_code == 302
    assert "Haal van bewaarlijst" in page(visitor, "/sociale-kaart/")
