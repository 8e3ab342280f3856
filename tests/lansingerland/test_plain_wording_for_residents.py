"""Texts residents read say what is meant, in plain Dutch (B1)."""

import re
from html import unescape

import pytest

from tests.sociale_kaart.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_sociale_kaart_counts_offers_in_plain_dutch(client):
    ServiceFactory(name="Koffie-inloop")
    html = client.get("/sociale-kaart/").content.decode()
    assert "Aanbod: 1 gevonden" in html
    ServiceFactory(name="Breiclub")
    html = client.get("/sociale-kaart/").content.decode()
    assert "Aanbod: 2 gevonden" in html
    assert "keer aanbod" not in html


def test_worry_form_says_no_question_about_the_person_is_required(client):
    html = client.get("/meldpunt/?soort=concern").content.decode()
    assert "Geen van deze vragen is verplicht." in html
    assert "Alles is niet verplicht" not in html


POLICY_WORDS = re.compile(r"(?<![/\w-])(manifest|aanhak|kern)\w*", re.IGNORECASE)


def visible_text(html: str) -> str:
    """The words a reader sees: no markup, scripts, styles or attribute values."""
    html = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", html)
    return unescape(re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/meldpunt/?soort=concern",
        "/sociale-kaart/",
        "/activiteiten/",
        "/manifest/",
        "/activiteiten/deze-week/bleiswijk/",
    ],
)
def test_public_pages_speak_without_policy_words(client, real_data, url):
    text = visible_text(client.get(url).content.decode())
    assert POLICY_WORDS.findall(text) == []
