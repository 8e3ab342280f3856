"""Titles with &, ' and é read correctly on the page, in the feed and in print."""

import datetime

import pytest
from icalendar import Calendar

from tests.activiteiten.factories import ActivityFactory

pytestmark = pytest.mark.django_db

TITLE = "Koffie & thee in Café 't Hoekje"


@pytest.fixture
def cafe(winter_campaign):
    return ActivityFactory(
        title=TITLE,
        slug="koffie-en-thee",
        start_date=datetime.date(2026, 10, 8),
        campaigns=[winter_campaign],
        description="Gezellig samen zijn – iedereen is welkom.",
    )


def test_title_reads_correctly_on_programme_and_activity_page(client, cafe):
    escaped = "Koffie &amp; thee in Café &#x27;t Hoekje"
    programme = client.get("/activiteiten/winter-samen/").content.decode()
    page = client.get("/activiteiten/activiteit/koffie-en-thee/").content.decode()
    for html in (programme, page):
        assert escaped in html
        assert "&amp;amp;" not in html and "&amp;#x27;" not in html
    assert f"<h1>{escaped}</h1>" in page


def test_title_reads_correctly_in_the_feed(client, cafe):
    content = client.get("/activiteiten/winter-samen/agenda.ics").content
    assert "SUMMARY:Koffie & thee in Café 't Hoekje".encode() in content
    calendar = Calendar.from_ical(content)
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [TITLE]


def test_title_reads_correctly_in_print(client, cafe):
    html = client.get("/activiteiten/winter-samen/afdrukken/").content.decode()
    assert "<strong>Koffie &amp; thee in Café &#x27;t Hoekje</strong>" in html
