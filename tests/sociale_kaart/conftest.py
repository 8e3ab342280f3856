"""A local stand-in for PDOK's Locatieserver that replays recorded answers.

The geocoder makes real HTTP requests to it; answers are JSON files in
``pdok/`` written in the Locatieserver's documented format (``response.docs``).
"""

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.cache import cache

ANSWERS = Path(__file__).parent / "pdok"


class FakeLocatieserver:
    def __init__(self) -> None:
        self.answers: dict[str, str] = {}
        self.down = False
        self.requests: list[dict[str, list[str]]] = []

    def answer(self, query: str) -> bytes:
        for fragment, name in self.answers.items():
            if fragment.casefold() in query.casefold():
                return (ANSWERS / name).read_bytes()
        return (ANSWERS / "empty.json").read_bytes()


@pytest.fixture
def pdok(settings):
    """PDOK on a loopback port: set ``answers[fragment] = file`` or ``down``."""
    fake = FakeLocatieserver()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            fake.requests.append(params)
            if fake.down:
                self.send_response(503)
                self.end_headers()
                return
            body = fake.answer(params.get("q", [""])[0])
            json.loads(body)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.PDOK_LOCATIESERVER_URL = (
        f"http://127.0.0.1:{server.server_address[1]}/search/v3_1/free"
    )
    cache.clear()
    yield fake
    server.shutdown()
    server.server_close()
    cache.clear()
