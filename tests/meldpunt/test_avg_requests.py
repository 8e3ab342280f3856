"""A coordinator finds, exports and erases what is held about a person."""

import json

import pytest

from meldpunt.models import Reporter
from tests.meldpunt.factories import PersonConcernedFactory, ReporterFactory

pytestmark = pytest.mark.django_db

URL = "/admin/meldpunt/report/personen/"


@pytest.mark.parametrize(
    "query",
    [
        {"email": "JAN@Example.nl"},
        {"phone": "06-12345678"},
        {"phone": "06 123 456 78"},
        {"phone": "+31 (0)6 12345678"},
    ],
)
def test_find_by_email_any_case_or_phone_in_any_format(coordinator_client, query):
    ReporterFactory(email="jan@example.nl", phone="+31612345678")
    ReporterFactory(email="iemand@example.nl", phone="+31101234567")
    response = coordinator_client.get(URL, query)
    assert len(response.context["reports"]) == 1


def test_a_bad_phone_number_gets_a_clear_message(coordinator_client):
    html = coordinator_client.get(URL, {"phone": "12345"}).content.decode()
    assert "Dit telefoonnummer klopt niet." in html


def test_export_gives_everything_and_leaves_a_note(coordinator_client):
    reporter = ReporterFactory(email="jan@example.nl", name="Jan Smit")
    PersonConcernedFactory(report=reporter.report, name="Els Bakker")
    response = coordinator_client.post(
        URL, {"email": "jan@example.nl", "action": "export"}
    )
    assert response["Content-Disposition"].startswith("attachment")
    [row] = json.loads(response.content)
    assert row["melder"]["naam"] == "Jan Smit"
    assert row["betrokkene"]["naam"] == "Els Bakker"
    assert row["kenmerk"] == reporter.report.formatted_reference
    assert reporter.report.notes.filter(text__contains="inzageverzoek").exists()


def test_erase_needs_confirmation_then_removes_the_data_and_leaves_a_note(
    coordinator_client,
):
    reporter = ReporterFactory(email="jan@example.nl")
    report = reporter.report
    coordinator_client.post(URL, {"email": "jan@example.nl", "action": "erase"})
    assert Reporter.objects.count() == 1
    coordinator_client.post(
        URL, {"email": "jan@example.nl", "action": "erase", "confirm": "on"}
    )
    assert Reporter.objects.count() == 0
    report.refresh_from_db()
    assert report.anonymised_at is not None
    assert report.notes.filter(text__contains="verzoek tot verwijdering").exists()
