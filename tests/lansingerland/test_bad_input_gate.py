"""Gate: every URL, every form field and GET parameter, a fixed corpus of
hostile values, as an anonymous visitor, a partner and a coordinator.

No response may be a 500, and no script sent may come back unescaped. URLs
come from walking the URL conf, so a new one joins by existing; fields come
from the forms each page shows. Each field gets each class of hostile value
once (round robin over the corpus, one request per class), plus repeated
parameters, missing fields, a wrong method and a missing or forged CSRF token
per URL (each method and fault in turn over the URLs).
"""

import logging

import pytest
from django.test import Client

from tests.conftest import otp_verify

from .gate.corpus import (
    CLASSES,
    GENERIC_PARAMS,
    MARKER,
    PATH_VALUES,
    repeated_body,
    round_robin_body,
)
from .gate.fixtures import build_world
from .gate.urls import forms_on, routes

pytestmark = pytest.mark.django_db

FORM = "application/x-www-form-urlencoded"
# Run last: they end the session or delete the fixture objects.
_LAST = ("logout", "_delete")
WRONG_METHODS = ("put", "patch", "delete", "options")


class Gate:
    def __init__(self, make_client):
        self.make_client = make_client
        self.failures: list[str] = []
        self.requests = 0
        self.fields: set[tuple[str, str]] = set()
        self._clients: dict[bool, Client] = {}

    def client(self, strict: bool = False) -> Client:
        """One logged-in client per kind for the whole run (a login per URL
        cost more than the attacks); a logout URL ends it (see ``run``)."""
        if strict not in self._clients:
            self._clients[strict] = self.make_client(enforce_csrf_checks=strict)
        return self._clients[strict]

    def send(self, client, method, url, query="", body=None, **extra):
        self.requests += 1
        path = f"{url}?{query}" if query else url
        kwargs = {"content_type": FORM, **extra}
        if body is not None:
            kwargs["data"] = body
        response = getattr(client, method)(path, **kwargs)
        label = f"{method.upper()} {path[:200]}"
        if response.status_code >= 500:
            self.failures.append(f"{response.status_code} {label}")
        html = "html" in response.get("Content-Type", "")
        streaming = getattr(response, "streaming", False)
        if html and not streaming and MARKER.encode() in response.content:
            self.failures.append(f"unescaped echo {label}")
        return response

    def attack(self, route, url, index):
        client = self.client()
        base = self.send(client, "get", url)
        page = ""
        if base.status_code == 200 and "html" in base.get("Content-Type", ""):
            page = base.content.decode(errors="replace")
        forms = forms_on(page)
        get_names = list(GENERIC_PARAMS)
        for form in forms:
            if form["method"] == "get":
                get_names += [n for n in form["fields"] if n not in get_names]
        post_forms = [
            form["fields"]
            for form in forms
            if form["method"] == "post" and form["action"] in ("", url)
        ][:2] or [[]]
        # A page this user can't reach (a redirect to the login, a 403/404)
        # stops before any field is read: one round is enough there.
        rounds = len(CLASSES) if base.status_code == 200 else 1
        for shift in range(rounds):
            query = round_robin_body(get_names, shift)
            for fields in post_forms:
                self.send(client, "post", url, query, round_robin_body(fields, shift))
        for fields in post_forms:
            self.fields.update((route.pattern, name) for name in fields)
            repeated = repeated_body(fields)
            self.send(client, "post", url, repeated_body(get_names), repeated)
            self.send(client, "post", url, body="")  # every field missing
        self.fields.update((route.pattern, name) for name in get_names)
        # One wrong method and one CSRF fault per URL, in turn over the URLs:
        # every URL gets each class, and every method and fault reaches each
        # kind of view many times (an admin page renders in full for a PUT).
        method = WRONG_METHODS[index % len(WRONG_METHODS)]
        self.send(client, method, url, body="a=1")
        strict = self.client(strict=True)
        if index % 2:
            strict.cookies["csrftoken"] = "f" * 32  # forged token
            self.send(strict, "post", url, body="csrfmiddlewaretoken=" + "e" * 64)
        else:
            strict.cookies.pop("csrftoken", None)  # missing token
            self.send(strict, "post", url, body="a=1")

    def run(self, world):
        all_routes = sorted(routes(), key=lambda r: any(w in r.name for w in _LAST))
        for index, route in enumerate(all_routes):
            self.attack(route, route.url(world.fill(route)), index)
            client = self.client()
            # Each converter gets each hostile path value once over the
            # routes (round robin), so every class reaches every converter
            # kind without a request per pair.
            for offset, (_, name) in enumerate(route.params):
                values = list(PATH_VALUES.values())
                value = values[(index + offset) % len(values)]
                filled = world.fill(route) | {name: value}
                self.send(client, "get", route.url(filled))
            if "logout" in route.name:
                self._clients.clear()  # log in again for the next URL
        return all_routes


def _client_for(user):
    def make(**kwargs):
        client = Client(raise_request_exception=False, **kwargs)
        if user is not None:
            client.force_login(user)
            if user.is_staff:
                otp_verify(client, user)
        return client

    return make


@pytest.mark.parametrize("who", ["anonymous", "partner", "coordinator"])
def test_no_hostile_input_gives_a_500_or_an_unescaped_echo(
    who, partner, coordinator, caplog
):
    # Thousands of expected 4xx answers each log a warning with a traceback;
    # formatting them cost more than some pages. 500s still log as errors.
    caplog.set_level(logging.ERROR, logger="django")
    world = build_world(partner)
    user = {"anonymous": None, "partner": partner, "coordinator": coordinator}[who]
    gate = Gate(_client_for(user))
    gate.run(world)
    assert gate.failures == [], "\n".join(gate.failures)
