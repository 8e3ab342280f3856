"""A resident without e-mail asks the meldpunt to call them back."""

import re

import pytest
from django.core import mail

from meldpunt.models import Report
from tests.meldpunt.formdata import report_data

pytestmark = pytest.mark.django_db

URL = "/meldpunt/"


def test_form_offers_a_call_back_by_part_of_the_day(client):
    html = client.get(URL, {"soort": "question"}).content.decode()
    assert "Bel mij terug" in html
    for part in ("&#x27;s ochtends", "&#x27;s middags", "&#x27;s avonds"):
        assert part in html


def test_call_back_needs_only_a_phone_number(
    client, settings, django_capture_on_commit_callbacks
):
    settings.MELDPUNT_COORDINATOR_EMAILS = ["meldpunt@samenaanzet.example"]
    data = report_data(
        kind="question",
        email="",
        name="",
        phone="010 123 45 67",
        callback_daypart="afternoon",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, data)
    assert response.url == "/meldpunt/ontvangen/"
    reporter = Report.objects.get().reporter
    assert reporter.phone == "+31101234567"
    assert reporter.email == ""
    assert reporter.get_callback_daypart_display() == "'s middags"
    to_coordinators = [m for m in mail.outbox if "nieuwe melding" in m.body]
    assert to_coordinators and "Bel mij terug: 's middags" in to_coordinators[0].body


def test_call_back_without_a_phone_number_says_what_is_missing(client):
    data = report_data(kind="question", phone="", callback_daypart="morning")
    response = client.post(URL, data)
    html = response.content.decode()
    assert not Report.objects.exists()
    assert "Vul uw telefoonnummer in, dan bellen wij u." in html
    [morning] = re.findall(r'<input[^>]*value="morning"[^>]*>', html)
    assert "checked" in morning
    assert "Mijn buurvrouw komt sinds de winter" in html


def test_a_wrong_phone_number_gets_one_clear_message(client):
    data = report_data(kind="question", phone="12345", callback_daypart="evening")
    html = client.post(URL, data).content.decode()
    assert "Dit telefoonnummer klopt niet" in html
    assert "dan bellen wij u" not in html


def test_coordinator_sees_the_call_back_request(coordinator_client, client):
    client.post(URL, report_data(kind="question", callback_daypart="morning"))
    report = Report.objects.get()
    html = coordinator_client.get(
        f"/admin/meldpunt/report/{report.pk}/change/"
    ).content.decode()
    assert "Bel mij terug" in html and "&#x27;s ochtends" in html
