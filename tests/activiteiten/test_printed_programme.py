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
