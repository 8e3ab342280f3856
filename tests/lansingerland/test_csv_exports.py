"""CSV exports open correctly in Dutch Excel and never run a formula: text
starting with = + - @ tab or CR is neutralised, numbers stay numbers, decimals
get a comma, dates are dd-mm-jjjj, and every export uses the one module."""

import csv
import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from lansingerland.csv_export import excel_cell
from tests.meldpunt.factories import ReportFactory
from tests.sociale_kaart.factories import OrganizationFactory

ROOT = Path(__file__).resolve().parents[2]
AMS = ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("https://evil.example","klik")',
        "+SUM(1,2)",
        "-2+3",
        "@SUM(A1)",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_text_that_excel_would_run_is_neutralised(text):
    assert excel_cell(text) == "'" + text


def test_numbers_stay_numbers_and_decimals_get_a_comma():
    assert excel_cell(-3) == "-3"
    assert excel_cell(12) == "12"
    assert excel_cell(2.5) == "2,5"
    assert excel_cell(Decimal("1234.50")) == "1234,50"
    assert excel_cell(None) == ""
    assert excel_cell(True) == "ja"


def test_dates_are_dutch_dates_in_local_time():
    assert excel_cell(dt.date(2026, 3, 2)) == "02-03-2026"
    summer = dt.datetime(2026, 7, 1, 8, 30, tzinfo=dt.UTC)
    assert excel_cell(summer) == "01-07-2026 10:30"


def test_phone_numbers_stay_readable():
    assert excel_cell("+31 6 1234 5678") == "'+31 6 1234 5678"
    assert excel_cell("010 800 40 00") == "010 800 40 00"


def test_every_csv_writer_in_the_project_is_the_one_module():
    writers = [
        path.relative_to(ROOT)
        for app in (
            "lansingerland",
            "meldpunt",
            "partners",
            "sociale_kaart",
            "activiteiten",
        )
        for path in (ROOT / app).rglob("*.py")
        if "csv.writer(" in path.read_text() or "csv.DictWriter(" in path.read_text()
    ]
    assert writers == [Path("lansingerland/csv_export.py")]


@pytest.mark.django_db
def test_figures_export_neutralises_partner_names_and_reads_back_in_dutch(
    coordinator_client,
):
    for name in ('=HYPERLINK("https://evil.example")', "-Welzijn", "@Buurthuis"):
        partner = OrganizationFactory(name=name)
        for _ in range(5):
            ReportFactory(partner=partner)
    response = coordinator_client.get("/admin/meldpunt/report/rapportage.csv")
    raw = response.content
    assert raw.startswith("\ufeff".encode())
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert ["partner", '\'=HYPERLINK("https://evil.example")', "5"] in rows
    assert ["partner", "'-Welzijn", "5"] in rows
    made = next(row for row in rows if row[0] == "gemaakt op")[2]
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", made)
    total = next(row for row in rows if row[0] == "totaal")[2]
    assert total == "15"
