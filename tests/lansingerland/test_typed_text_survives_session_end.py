"""A note typed while the staff session ran out is not lost: after logging in
again it is back in the form, not yet saved, and the URL never holds it."""

import datetime
from urllib.parse import unquote

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from meldpunt.models import Note
from tests.conftest import otp_verify
from tests.meldpunt.factories import ReportFactory

pytestmark = pytest.mark.django_db

TEXT = "Buurvrouw gebeld: zij komt donderdag langs bij mevrouw Bakker."


def _end_session(client) -> None:
    Session.objects.filter(session_key=client.cookies["sessionid"].value).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )


def _send_note_after_the_end(client, report) -> str:
    url = f"/admin/meldpunt/report/{report.pk}/notitie/"
    assert client.get(url).status_code == 200
    _end_session(client)
    response = client.post(url, {"text": TEXT, "csrfmiddlewaretoken": "x" * 64})
    assert response.status_code == 302
    return response["Location"]


def test_note_comes_back_after_logging_in_again(coordinator_client, coordinator):
    report = ReportFactory()
    login = _send_note_after_the_end(coordinator_client, report)
    assert login.startswith("/admin/login/?next=")
    assert "Buurvrouw" not in unquote(login) and "Bakker" not in unquote(login)
    assert not Note.objects.exists()

    coordinator_client.force_login(coordinator)
    otp_verify(coordinator_client, coordinator)
    back = unquote(login.split("next=", 1)[1])
    html = coordinator_client.get(back).content.decode()
    assert TEXT in html
    assert "nog niet opgeslagen" in html
    assert not Note.objects.exists()

    coordinator_client.post(back.split("?")[0], {"text": TEXT})
    assert Note.objects.get().text == TEXT


def test_the_draft_is_shown_once_and_only_on_its_own_page(
    coordinator_client, coordinator
):
    report, other = ReportFactory(), ReportFactory()
    login = _send_note_after_the_end(coordinator_client, report)
    key = unquote(login).split("concept=", 1)[1]
    coordinator_client.force_login(coordinator)
    otp_verify(coordinator_client, coordinator)
    elsewhere = f"/admin/meldpunt/report/{other.pk}/notitie/?concept={key}"
    assert TEXT not in coordinator_client.get(elsewhere).content.decode()
    back = unquote(login.split("next=", 1)[1])
    assert TEXT in coordinator_client.get(back).content.decode()
    assert TEXT not in coordinator_client.get(back).content.decode()


def test_no_secret_is_kept(coordinator_client):
    report = ReportFactory()
    login = _send_note_after_the_end(coordinator_client, report)
    key = unquote(login).split("concept=", 1)[1]
    kept = cache.get(f"draft:{key}")
    assert kept["fields"] == {"text": [TEXT]}


def test_a_forged_post_without_a_token_keeps_nothing(coordinator):
    client = Client(enforce_csrf_checks=True)
    report = ReportFactory()
    response = client.post(
        f"/admin/meldpunt/report/{report.pk}/notitie/", {"text": TEXT}
    )
    assert response.status_code == 403
    assert "concept" not in response.get("Location", "")
