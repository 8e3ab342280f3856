"""A hanging or closed PDOK holds no worker again and again: after one failure
"near" falls back on the kern centres for a while, and an address says the
lookup is unavailable instead of "not found"."""

import socket

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def hanging_pdok(settings):
    """A socket that accepts connections and never answers."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    port = listener.getsockname()[1]
    settings.PDOK_LOCATIESERVER_URL = f"http://127.0.0.1:{port}/search/v3_1/free"
    settings.PDOK_TIMEOUT_SECONDS = 0.5
    cache.clear()
    yield listener
    listener.close()
    cache.clear()


@pytest.fixture
def closed_pdok(settings):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    settings.PDOK_LOCATIESERVER_URL = f"http://127.0.0.1:{port}/search/v3_1/free"
    cache.clear()
    yield
    cache.clear()


def _connections_waiting(listener) -> int:
    listener.setblocking(False)
    count = 0
    while True:
        try:
            connection, _ = listener.accept()
        except BlockingIOError:
            return count
        connection.close()
        count += 1


def test_six_new_near_searches_wait_on_a_hanging_pdok_only_once(client, hanging_pdok):
    places = ["Dorpsstraat 1", "2665 AB", "Kerkstraat 4", "Bleiswijk", "3", "4"]
    for place in places:
        assert client.get("/sociale-kaart/", {"bij": place}).status_code == 200
    assert _connections_waiting(hanging_pdok) == 1


def test_a_kern_still_works_while_pdok_hangs(client, hanging_pdok):
    html = client.get("/sociale-kaart/", {"bij": "Bleiswijk"}).content.decode()
    assert "midden van de kern" in html


def test_an_address_says_the_lookup_is_unavailable_not_unknown(client, closed_pdok):
    html = client.get("/sociale-kaart/", {"bij": "Dorpsstraat 1"}).content.decode()
    assert "Het opzoeken van adressen werkt nu even niet" in html
    assert "Deze plek konden wij niet vinden" not in html
    assert 'value="Dorpsstraat 1"' in html
