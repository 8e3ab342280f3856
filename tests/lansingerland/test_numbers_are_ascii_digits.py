"""Digit-like characters that are no number ("²", "①") never reach ``int()``:
a typed or tampered value is ignored or refused, never a 500.

``str.isdigit()`` is true for them, so every "is it a number" check goes
through ``lansingerland.digits``; the scan below keeps it so."""

import re

import pytest
from django.conf import settings

from lansingerland.digits import digits_only, is_number
from tests.sociale_kaart.factories import ServiceFactory

pytestmark = pytest.mark.django_db

DIGIT_LIKE = ["²", "①", "٣", "１", "1²"]
APPS = ["lansingerland", "sociale_kaart", "activiteiten", "meldpunt", "partners"]


def test_only_ascii_digits_make_a_number():
    assert is_number("42") and is_number("007")
    for text in [*DIGIT_LIKE, "", "-1", "1.5", " 1"]:
        assert not is_number(text), text
    assert digits_only("2651 AB") == "2651"
    assert digits_only("²①٣１") == ""


def test_no_app_code_asks_str_isdigit():
    found = []
    for app in APPS:
        for path in (settings.BASE_DIR / app).rglob("*.py"):
            if path.name == "digits.py" or "migrations" in path.parts:
                continue
            for number, line in enumerate(path.read_text().splitlines(), 1):
                if re.search(r"\.is(digit|numeric)\(\)", line):
                    found.append(f"{path.relative_to(settings.BASE_DIR)}:{number}")
    assert found == []


@pytest.mark.parametrize("value", DIGIT_LIKE)
def test_map_popup_ignores_a_digit_like_place(client, value):
    response = client.get("/sociale-kaart/kaart/aanbod.json", {"plek": value})
    assert response.status_code == 200


@pytest.mark.parametrize("value", DIGIT_LIKE)
def test_shared_shortlist_ignores_a_digit_like_offer(client, value):
    response = client.get("/sociale-kaart/bewaarlijst/gedeeld/", {"aanbod": value})
    assert response.status_code == 200


@pytest.mark.parametrize("action", ["bewaar", "verwijder", "overnemen"])
def test_shortlist_change_ignores_a_digit_like_offer(client, action):
    offer = ServiceFactory(name="Zangkoor")
    kept = client.post(
        "/sociale-kaart/bewaarlijst/wijzigen/", {"aanbod": "²", "actie": action}
    )
    assert kept.status_code == 302
    client.post(
        "/sociale-kaart/bewaarlijst/wijzigen/",
        {"aanbod": f"{offer.pk},²", "actie": "overnemen"},
    )
    assert "Zangkoor" in client.get("/sociale-kaart/bewaarlijst/").text
