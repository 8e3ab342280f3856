"""Real Chromium against a real server thread for the sociale kaart's map.

The tests live in ``tests/browser/`` to share that folder's one Chromium per
session (Playwright's sync API can't start twice in one thread).

The server serves static files the way production does (whitenoise, the
compressed manifest storage, DEBUG off), not through the test runner's static
handler, so hashed names and Leaflet's marker images are checked for real.
A strict Content Security Policy (as django-csp will send it: nonces for
inline scripts, no 'unsafe-inline') is added by ``StrictCSPMiddleware``.
Tile requests to PDOK are answered with a local image (no network here).
"""

import base64
import os
import secrets

from django.test.testcases import LiveServerThread

TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


class StrictCSPMiddleware:
    """Test stand-in for django-csp: a nonce per request and a strict policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = secrets.token_urlsafe(16)
        response = self.get_response(request)
        response["Content-Security-Policy"] = (
            "default-src 'self'; "
            f"script-src 'self' 'nonce-{request.csp_nonce}'; "
            "style-src 'self'; img-src 'self' data: https://service.pdok.nl; "
            "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'"
        )
        return response


def serve_site(settings):
    """Serve the portal from a thread with DEBUG off, whitenoise's manifest
    static files and ``StrictCSPMiddleware``; yields the base URL. Use from a
    fixture that also requests ``transactional_db``."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    settings.DEBUG = False
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "tests.sociale_kaart.browser.StrictCSPMiddleware",
    ]
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    server = LiveServerThread("127.0.0.1", static_handler=lambda app: app, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield f"http://127.0.0.1:{server.port}"
    server.terminate()
    server.join()


def open_page(browser):
    """A page in a fresh context of the session's Chromium (``tests/browser``)
    that records console errors, failed requests and script errors in
    ``page.problems``; PDOK tiles come from a local image."""
    context = browser.new_context()
    page = context.new_page()
    page.problems = []
    page.on(
        "console",
        lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"),
    )
    page.on(
        "response",
        lambda r: r.status >= 400 and page.problems.append(f"{r.status} {r.url}"),
    )
    page.on("pageerror", lambda e: page.problems.append(f"error: {e}"))
    page.route(
        "https://service.pdok.nl/**",
        lambda route: route.fulfill(status=200, body=TILE, content_type="image/png"),
    )
    yield page
    context.close()


def wait_until(page, script: str, timeout: float = 10.0) -> None:
    """Poll ``script`` (a JS arrow function) until it returns true; the page's
    CSP forbids eval, which Playwright's wait_for_function with a string needs."""
    import time

    deadline = time.monotonic() + timeout
    while not page.evaluate(script):
        if time.monotonic() > deadline:
            raise AssertionError(
                f"Timed out waiting for {script}; problems: {page.problems}; "
                + page.evaluate(
                    "() => [...document.querySelectorAll('img')].map("
                    "i => i.src + ' ' + i.naturalWidth).join('; ')"
                )
            )
        page.wait_for_timeout(100)
