"""A server error reaches the technical contact without personal data, and
the error and outage pages still give the meldpunt's phone and mailbox."""

import re
import socket

import pytest
from django.db import connection
from post_office.models import Email

from lansingerland.logs import KeyValueFormatter

pytestmark = pytest.mark.django_db

PHONE = "010 123 45 67"
TYPED = {
    "name": "Anna de Vries",
    "email": "anna.devries@example.nl",
    "message": "Mijn buurvrouw komt sinds de winter de deur niet meer uit.",
}


@pytest.fixture
def contact(settings):
    settings.COALITION_PHONE = PHONE
    settings.ADMINS = [("", "ict@lansingerland.example")]
    return settings


@pytest.mark.urls("tests.lansingerland.error_urls")
def test_a_500_mails_the_technical_contact_only_a_log_reference(
    client, contact, mail_stays_queued, caplog
):
    client.raise_request_exception = False
    response = client.post("/kapot/", TYPED)
    assert response.status_code == 500
    html = response.content.decode()
    assert PHONE in html and contact.COALITION_EMAIL in html

    [report] = Email.objects.filter(to__icontains="ict@lansingerland.example")
    mail = report.subject + report.message
    assert "ZeroDivisionError" in mail and "/kapot/" in mail
    for typed in TYPED.values():
        assert typed not in mail
    assert "a programming error" not in mail
    reference = re.search(r"ref=(\w+)", report.message).group(1)
    lines = [KeyValueFormatter().format(record) for record in caplog.records]
    [line] = [line for line in lines if f"ref={reference}" in line]
    assert "ZeroDivisionError" in line
    for typed in TYPED.values():
        assert typed not in "\n".join(lines)


@pytest.mark.urls("tests.lansingerland.error_urls")
def test_the_same_error_again_does_not_flood_the_mailbox(
    client, contact, mail_stays_queued
):
    client.raise_request_exception = False
    for _attempt in range(5):
        client.post("/kapot/", TYPED)
    assert Email.objects.filter(to__icontains="ict@lansingerland.example").count() == 1


@pytest.fixture
def database_down(transactional_db):
    """The app's database on a port where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    original = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = closed_port
    yield
    connection.close()
    connection.settings_dict["PORT"] = original


@pytest.mark.parametrize("url", ["/manifest/", "/sociale-kaart/", "/activiteiten/"])
def test_pages_during_a_database_outage_give_the_phone_and_mailbox(
    client, contact, database_down, url
):
    response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert "Tijdelijke storing" in html
    assert PHONE in html and f"mailto:{contact.COALITION_EMAIL}" in html


@pytest.mark.urls("tests.lansingerland.error_urls")
def test_the_500_page_renders_without_the_database(client, contact, django_db_blocker):
    client.raise_request_exception = False
    with django_db_blocker.block():
        response = client.get("/kapot/")
    assert response.status_code == 500
    assert PHONE in response.content.decode()
