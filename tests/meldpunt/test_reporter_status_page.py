"""The reporter sees the status of their report and can withdraw it."""

import pytest

from meldpunt.models import Report
from meldpunt.services import report_submit
from meldpunt.tokens import reporter_token

pytestmark = pytest.mark.django_db


def status_url(report: Report) -> str:
    return f"/meldpunt/status/{reporter_token(report.reference)}/"


@pytest.fixture
def report():
    return report_submit(
        kind="concern",
        message="Mijn buurvrouw Els is vaak alleen.",
        email="jan@example.nl",
        privacy_consent=True,
    )


def test_status_page_shows_reference_and_status_but_not_the_text(client, report):
    html = client.get(status_url(report)).content.decode()
    assert report.formatted_reference in html and "nieuw" in html
    assert "Els" not in html


def test_withdrawing_needs_a_tick_and_then_cancels_the_report(client, report):
    html = client.post(status_url(report)).content.decode()
    assert "Vink aan dat u de melding wilt intrekken." in html
    report.refresh_from_db()
    assert report.status == "new"
    client.post(status_url(report), {"confirm": "on"})
    report.refresh_from_db()
    assert report.status == "cancelled" and report.cancel_reason == "withdrawn"
    assert report.status_changes.last().actor_label == "melder"
    assert "Melding intrekken" not in client.get(status_url(report)).content.decode()


def test_a_changed_link_shows_nothing(client, report):
    response = client.get(f"/meldpunt/status/{report.reference}/")
    assert response.status_code == 404
    assert report.formatted_reference not in response.content.decode()
