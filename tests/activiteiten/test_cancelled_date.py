"""A date cancelled on its own says "gaat niet door" in bold in the programme,
its print and on the activity page, and reaches feed subscribers as cancelled;
the others stay."""

import datetime
import re

import pytest
from django.utils import timezone

from activiteiten.services import occurrence_cancel
from tests.activiteiten.ical import cancelled_starts, confirmed_starts, parse_strictly

pytestmark = pytest.mark.django_db


def _cancel_tenth_of_november(coffee_morning, day=datetime.date(2026, 11, 10)):
    occurrence_cancel(
        occurrence=coffee_morning.occurrences.get(date=day),
        reason="Dorpshuis gesloten",
    )


def _day(html: str, marker: str) -> str:
    return html.split(marker)[1].split("</section>")[0]


def test_programme_says_the_cancelled_date_does_not_go_ahead(client, coffee_morning):
    _cancel_tenth_of_november(coffee_morning)
    html = client.get("/activiteiten/winter-samen/?maand=2026-11").content.decode()
    tenth = _day(html, 'aria-labelledby="dag-2026-11-10"')
    assert "Koffieochtend" in tenth
    assert re.search(r"<strong>\s*Gaat niet door\s*</strong>", tenth)
    seventeenth = _day(html, 'aria-labelledby="dag-2026-11-17"')
    assert "Gaat niet door" not in seventeenth


def test_print_says_the_cancelled_date_does_not_go_ahead(client, coffee_morning):
    _cancel_tenth_of_november(coffee_morning)
    html = client.get("/activiteiten/winter-samen/afdrukken/").content.decode()
    tenth = _day(html, 'aria-labelledby="print-dag-2026-11-10"')
    assert re.search(r"<strong[^>]*>\(gaat niet door\)</strong>", tenth)
    assert "gaat niet door" not in _day(html, 'aria-labelledby="print-dag-2026-11-17"')


def test_activity_page_says_the_cancelled_date_does_not_go_ahead(
    client, coffee_morning
):
    # The page lists dates from today on: a Tuesday far enough ahead.
    tuesday = timezone.localdate() + datetime.timedelta(
        days=(1 - timezone.localdate().weekday()) % 7 + 7
    )
    _cancel_tenth_of_november(coffee_morning, day=tuesday)
    html = client.get("/activiteiten/activiteit/koffieochtend/").content.decode()
    dates = html.split('class="date-list"')[1].split("</ul>")[0]
    items = dates.split("<li>")
    cancelled = next(item for item in items if f'datetime="{tuesday}' in item)
    assert re.search(r"<strong>\s*gaat niet door\s*</strong>", cancelled)
    week_later = tuesday + datetime.timedelta(days=7)
    other = next(item for item in items if f'datetime="{week_later}' in item)
    assert "gaat niet door" not in other
    assert "Was op" not in html


def test_a_single_remaining_date_cancelled_is_not_shown_as_past(client, db):
    from tests.activiteiten.factories import ActivityFactory

    activity = ActivityFactory(
        title="Kerstbingo", start_date=datetime.date(2099, 12, 20)
    )
    occurrence_cancel(occurrence=activity.occurrences.get())
    html = client.get(activity.get_absolute_url()).content.decode()
    assert "Was op" not in html
    assert re.search(r"<strong>\s*gaat niet door\s*</strong>", html)


def test_the_feed_cancels_only_the_cancelled_date(client, coffee_morning):
    _cancel_tenth_of_november(coffee_morning)
    feed = client.get("/activiteiten/winter-samen/agenda.ics").content
    calendar = parse_strictly(feed)
    cancelled = cancelled_starts(calendar, "Koffieochtend")
    assert [start.date() for start in cancelled] == [datetime.date(2026, 11, 10)]
    days = {start.date() for start in confirmed_starts(calendar, "Koffieochtend")}
    assert datetime.date(2026, 11, 10) not in days
    assert datetime.date(2026, 11, 17) in days
