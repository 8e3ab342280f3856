"""A date cancelled on its own leaves the page and reaches feed subscribers as
cancelled; the others stay."""

import datetime

import pytest

from activiteiten.services import occurrence_cancel
from tests.activiteiten.ical import cancelled_starts, confirmed_starts, parse_strictly

pytestmark = pytest.mark.django_db


def test_cancelled_date_leaves_the_page_and_is_cancelled_in_the_feed(
    client, coffee_morning
):
    occurrence_cancel(
        occurrence=coffee_morning.occurrences.get(date=datetime.date(2026, 11, 10)),
        reason="Dorpshuis gesloten",
    )
    html = client.get("/activiteiten/winter-samen/?maand=2026-11").content.decode()
    assert 'aria-labelledby="dag-2026-11-10"' not in html
    for other in ("2026-11-03", "2026-11-17", "2026-11-24"):
        assert f'aria-labelledby="dag-{other}"' in html
    feed = client.get("/activiteiten/winter-samen/agenda.ics").content
    calendar = parse_strictly(feed)
    cancelled = cancelled_starts(calendar, "Koffieochtend")
    assert [start.date() for start in cancelled] == [datetime.date(2026, 11, 10)]
    days = {start.date() for start in confirmed_starts(calendar, "Koffieochtend")}
    assert datetime.date(2026, 11, 10) not in days
    assert datetime.date(2026, 11, 17) in days
    activity_html = client.get("/activiteiten/activiteit/koffieochtend/").content
    assert b'datetime="2026-11-10' not in activity_html
    print_html = client.get("/activiteiten/winter-samen/afdrukken/").content
    assert b"print-dag-2026-11-10" not in print_html
    assert b"print-dag-2026-11-17" in print_html
