"""Workers learn of a committed change by LISTEN/NOTIFY: a cached page costs no
query, yet a change shows on the next page a visitor opens."""

import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from lansingerland import content_version as versions
from tests.sociale_kaart.factories import OrganizationFactory, ServiceFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def listening(settings):
    settings.CONTENT_VERSION_LISTEN = True
    versions.content_version()  # starts this process's listener
    deadline = time.monotonic() + 10
    while versions._listener().version is None:
        assert time.monotonic() < deadline, "the listener never connected"
        time.sleep(0.05)
    yield
    versions.stop_listening()


def eventually(check, seconds: float = 5) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_a_cached_page_costs_no_query_and_a_save_still_shows(listening):
    organization = OrganizationFactory(name="Stichting Het Anker", slug="anker")
    offer = ServiceFactory(organization=organization, name="Soepmiddag")
    visitor = Client()
    assert eventually(lambda: "Soepmiddag" in visitor.get("/sociale-kaart/").text)
    with CaptureQueriesContext(connection) as queries:
        again = visitor.get("/sociale-kaart/")
    assert "Soepmiddag" in again.text
    assert len(queries) == 0

    offer.name = "Soepmiddag met muziek"
    offer.save()  # committed: this test runs outside a transaction
    assert eventually(
        lambda: "Soepmiddag met muziek" in visitor.get("/sociale-kaart/").text
    )


def test_a_save_shows_after_the_listeners_connection_was_cut(listening):
    OrganizationFactory(name="Buurthuis De Linde", slug="linde")
    visitor = Client()
    assert eventually(lambda: "De Linde" in visitor.get("/sociale-kaart/").text)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE application_name = 'samenaanzet content version' "
            "AND datname = current_database()"
        )
        assert cursor.fetchone()[0] == 1
    OrganizationFactory(name="Buurthuis De Eik", slug="eik")
    assert eventually(lambda: "De Eik" in visitor.get("/sociale-kaart/").text)
    assert eventually(lambda: versions._listener().version is not None)
