"""Shared fixtures: a coordinator account and the coalition's real data."""

import io
import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import factory.random
import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache, caches
from django.core.management import call_command
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice
from post_office.mail import send_queued
from post_office.signals import email_queued

from lansingerland.constants import COORDINATOR_GROUP
from lansingerland.management.commands.create_dev_coordinator import COORDINATOR_APPS
from lansingerland.models import SiteContact
from lansingerland.page_cache import MAP_TILE_CACHE, PAGE_CACHE
from lansingerland.selectors import site_contact_forget, site_contact_remember


def _commits_to_the_database(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    transactional = bool(marker and marker.kwargs.get("transaction"))
    return transactional or bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
    )


@pytest.fixture(autouse=True)
def _same_invented_data_every_run():
    """Factories that draw invented text (Faker) draw the same text in every
    run and in any test order, so a test that passes once passes always: a
    random address that happened to contain a searched name once failed CI."""
    factory.random.reseed_random("samen-aan-zet")


@pytest.fixture(autouse=True)
def _site_contact_from_settings(settings):
    """Each worker keeps the meldpunt's contact details for a minute; a test
    starts with the settings' defaults kept (as a warm worker has them), never
    with the copy of an earlier test's rolled-back row. A test that stores
    contact details outside the admin calls ``site_contact_forget``."""
    site_contact_remember(
        SiteContact(email=settings.COALITION_EMAIL, phone=settings.COALITION_PHONE)
    )
    yield
    site_contact_forget()


@pytest.fixture(autouse=True)
def _empty_page_cache():
    """Cached pages are keyed on the content version, which a rolled-back test
    leaves as it found it: no test sees a page an earlier test rendered."""
    caches[PAGE_CACHE].clear()
    caches[MAP_TILE_CACHE].clear()
    yield


@pytest.fixture(autouse=True)
def _empty_cache_after_committing_tests(request, django_db_blocker):
    """The cache is a database table that neither rollback nor flush empties:
    after a test that commits, clear it, so no rate-limit counts carry over."""
    yield
    if _commits_to_the_database(request):
        with django_db_blocker.unblock():
            cache.clear()


@pytest.fixture(autouse=True)
def _deliver_queued_mail(request):
    """Deliver each mail as soon as it is queued, so tests read ``mail.outbox``.

    Delivery is post_office's own ``send_queued`` with the locmem backend; in
    the running site it happens outside the request (lansingerland/mail.py).
    Tests about the queue itself ask for ``mail_stays_queued``.
    """
    if "mail_stays_queued" in request.fixturenames:
        yield
        return

    def deliver(sender, emails, **kwargs):
        send_queued(processes=1)

    email_queued.connect(deliver, dispatch_uid="tests-deliver-queued-mail")
    yield
    email_queued.disconnect(dispatch_uid="tests-deliver-queued-mail")


@pytest.fixture
def mail_stays_queued():
    """Queued mail is not delivered until the test delivers it."""


@pytest.fixture
def coordinator(django_user_model):
    """A staff user in the coordinators' group, as ``make run`` creates one."""
    group = Group.objects.create(name=COORDINATOR_GROUP)
    group.permissions.set(
        Permission.objects.filter(content_type__app_label__in=COORDINATOR_APPS)
    )
    user = django_user_model.objects.create_user(
        username="coordinator", password="a-long-test-password", is_staff=True
    )
    user.groups.add(group)
    return user


def otp_verify(client, user) -> None:
    """Mark the client's session as verified by a second factor (django-otp).

    The admin requires it; tests log in with ``force_login`` because
    django-axes refuses ``client.login()`` (it needs a request).
    """
    device, _ = StaticDevice.objects.get_or_create(user=user, name="Reservecodes")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


@pytest.fixture
def coordinator_client(client, coordinator):
    """A client logged in as the coordinator, password and second factor."""
    client.force_login(coordinator)
    otp_verify(client, coordinator)
    return client


@pytest.fixture
def real_data(db):
    """The partner list, target groups and campaign dates shipped with the
    project, loaded."""
    call_command("load_real_data", stdout=io.StringIO())


@pytest.fixture
def partner(db):
    """Anna de Vries, editor of one organisation (with one location)."""
    from tests.partners.factories import MembershipFactory
    from tests.sociale_kaart.factories import LocationFactory

    membership = MembershipFactory(
        user__email="anna.devries@voorbeeld.nl",
        user__first_name="Anna",
        user__last_name="de Vries",
        organization__name="Buurthuis De Linde",
    )
    LocationFactory(organization=membership.organization)
    return membership.user


@pytest.fixture
def partner_client(client, partner):
    client.force_login(partner)
    return client


# A local stand-in for PDOK's Locatieserver that replays recorded answers: the
# geocoder makes real HTTP requests to it; the answers are JSON files in
# tests/sociale_kaart/pdok/ written in the Locatieserver's documented format.
ANSWERS = Path(__file__).parent / "sociale_kaart" / "pdok"


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
