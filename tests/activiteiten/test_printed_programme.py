"""The printable programme: A4, large type, by day and kern, with a QR code."""

import datetime
import re

import pytest

from lansingerland.constants import Kern
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.sociale_kaart.factories import LocationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def week(db):
    campaign = CampaignFactory(
        slug="kom-erbij",
        start_date=datetime.date(2026, 9, 24),
        end_date=datetime.date(2026, 9, 30),
    )
    for title, kern, day in [
        ("Spelmiddag", Kern.BLEISWIJK, 24),
        ("Buurtlunch", Kern.BERGSCHENHOEK, 24),
        ("Wandeling", Kern.BLEISWIJK, 26),
    ]:
        ActivityFactory(
            title=title,
            location=LocationFactory(kern=kern),
            start_date=datetime.date(2026, 9, day),
            campaigns=[campaign],
        )
    return campaign


def test_print_is_grouped_by_day_then_kern(client, week):
    html = client.get("/activiteiten/kom-erbij/afdrukken/").content.decode()
    order = [
        "Donderdag 24 september",
        "Bergschenhoek",
        "Buurtlunch",
        "Bleiswijk",
        "Spelmiddag",
        "Zaterdag 26 september",
        "Wandeling",
    ]
    positions = [html.index(text, html.index("print-programme")) for text in order]
    assert positions == sorted(positions)


def test_print_has_a_qr_code_back_to_the_programme_and_a_print_stylesheet(client, week):
    html = client.get("/activiteiten/kom-erbij/afdrukken/").content.decode()
    assert re.search(r'<svg aria-hidden="true" focusable="false" [^>]*viewBox', html)
    assert "http://testserver/activiteiten/kom-erbij/" in html
    assert "activiteiten/print" in html and ".css" in html
    assert "<img" not in html.split("print-programme")[1]


def test_print_stylesheet_sets_a4_and_hides_the_site_chrome():
    from pathlib import Path

    css = (
        Path(__file__).resolve().parents[2] / "static" / "activiteiten" / "print.css"
    ).read_text()
    assert "size: A4" in css
    assert ".site-header" in css and "display: none" in css


def test_print_query_count_is_constant(client, week, django_assert_max_num_queries):
    for day in range(24, 31):
        ActivityFactory(start_date=datetime.date(2026, 9, day), campaigns=[week])
    with django_assert_max_num_queries(4):
        client.get("/activiteiten/kom-erbij/afdrukken/")


def test_print_of_one_month_has_only_that_month_and_a_qr_to_it(client, coffee_morning):
    html = client.get("/activiteiten/winter-samen/afdrukken/?maand=2026-11").content
    html = html.decode()
    days = re.findall(r'id="print-dag-([\d-]+)"', html)
    assert days == ["2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24"]
    assert "http://testserver/activiteiten/winter-samen/?maand=2026-11" in html
    programme = client.get("/activiteiten/winter-samen/?maand=2026-11").content
    assert b'href="/activiteiten/winter-samen/afdrukken/?maand=2026-11"' in programme


def test_print_ignores_a_bad_month(client, coffee_morning):
    response = client.get("/activiteiten/winter-samen/afdrukken/?maand=nooit")
    assert response.status_code == 200
    assert len(re.findall(r'id="print-dag-', response.content.decode())) == 27
