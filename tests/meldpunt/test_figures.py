"""The working group's figures: readable charts, same numbers in a table, CSV."""

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest

from meldpunt.services import report_delete_keeping_statistic
from tests.meldpunt.factories import ReporterFactory, ReportFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

PAGE = "/admin/meldpunt/report/rapportage/"
CSV = "/admin/meldpunt/report/rapportage.csv"
AMS = ZoneInfo("Europe/Amsterdam")


def csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_small_counts_are_shown_as_less_than_five(coordinator_client):
    for _ in range(3):
        ReportFactory(kern="bleiswijk")
    for _ in range(6):
        ReportFactory(kern="berkel-en-rodenrijs")
    for _ in range(7):
        ReportFactory(kern="bergschenhoek")
    response = coordinator_client.get(PAGE)
    html = response.content.decode()
    kern = next(t for t in response.context["figures"]["tables"] if t.key == "kern")
    shown = {row.label: row.shown for row in kern.rows}
    # Berkel is hidden too: total 16 minus 6 and 7 would give Bleiswijk's 3 away.
    assert shown == {
        "Bleiswijk": "<5",
        "Berkel en Rodenrijs": "verborgen",
        "Bergschenhoek": "7",
    }
    assert "&lt;5" in html and "<svg" in html and "<table>" in html
    rows = csv_rows(coordinator_client.get(CSV))
    assert ["kern", "Bleiswijk", "<5"] in rows
    assert ["kern", "Berkel en Rodenrijs", "verborgen"] in rows
    assert ["kern", "Bergschenhoek", "7"] in rows


def test_two_small_counts_protect_each_other(coordinator_client):
    for kern, count in (
        ("bleiswijk", 2),
        ("bergschenhoek", 3),
        ("berkel-en-rodenrijs", 8),
    ):
        for _ in range(count):
            ReportFactory(kern=kern)
    response = coordinator_client.get(PAGE)
    kern = next(t for t in response.context["figures"]["tables"] if t.key == "kern")
    shown = {row.label: row.shown for row in kern.rows}
    assert shown == {
        "Bleiswijk": "<5",
        "Bergschenhoek": "<5",
        "Berkel en Rodenrijs": "8",
    }


def test_csv_has_no_personal_data_and_keeps_awkward_partner_names(coordinator_client):
    for name in ("Buurthuis 't Anker", "Welzijn (Berkel) + Bleiswijk"):
        partner = OrganizationFactory(name=name)
        for _ in range(5):
            reporter = ReporterFactory(
                name="Anna de Vries",
                email="anna@example.nl",
                report__partner=partner,
                report__message="Mijn buurman Kees is eenzaam.",
            )
    response = coordinator_client.get(CSV)
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert ["partner", "Buurthuis 't Anker", "5"] in csv_rows(response)
    assert ["partner", "Welzijn (Berkel) + Bleiswijk", "5"] in csv_rows(response)
    for private in ("Anna", "anna@example.nl", "Kees", reporter.report.reference):
        assert private not in text
    html = coordinator_client.get(PAGE).content.decode()
    assert "Buurthuis &#x27;t Anker" in html and "Welzijn (Berkel) + Bleiswijk" in html


def test_deleted_reports_still_count(coordinator_client):
    for _ in range(5):
        report = ReportFactory(kind="offer", status="closed", outcome="other")
        report_delete_keeping_statistic(report_id=report.pk)
    response = coordinator_client.get(PAGE)
    kinds = next(t for t in response.context["figures"]["tables"] if t.key == "soort")
    assert [(r.label, r.shown) for r in kinds.rows] == [("Ik wil helpen", "5")]


def test_period_median_first_contact_and_overdue(coordinator_client):
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=AMS)
    for days in (1, 2, 4):
        ReportFactory(
            created_at=start,
            first_contact_at=start + dt.timedelta(days=days),
            first_contact_due=dt.date(2026, 3, 5),
        )
    ReportFactory(created_at=start, first_contact_due=dt.date(2026, 3, 5))
    ReportFactory(created_at=dt.datetime(2026, 5, 1, 9, 0, tzinfo=AMS))
    response = coordinator_client.get(
        PAGE, {"start": "2026-03-01", "end": "2026-03-31"}
    )
    figures = response.context["figures"]
    assert figures["total"] == 4
    assert figures["median_days"] == 2.0
    assert figures["overdue"] == 1


def test_a_wrong_period_gets_a_message(coordinator_client):
    html = coordinator_client.get(
        PAGE, {"start": "2026-04-01", "end": "2026-03-01"}
    ).content.decode()
    assert "De begindatum ligt na de einddatum." in html


def test_query_count_does_not_grow_with_the_data(
    coordinator_client, django_assert_max_num_queries
):
    ReportFactory()
    # 10 + 2 per staff request: the OTP device (django-otp) and the session's
    # new idle expiry (StaffSessionTimeoutMiddleware).
    with django_assert_max_num_queries(12):
        coordinator_client.get(PAGE)
    for _ in range(30):
        ReportFactory(partner=OrganizationFactory())
    # 10 + 2 per staff request: the OTP device (django-otp) and the session's
    # new idle expiry (StaffSessionTimeoutMiddleware).
    with django_assert_max_num_queries(12):
        coordinator_client.get(PAGE)
