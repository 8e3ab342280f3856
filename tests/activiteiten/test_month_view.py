"""The month view shows exactly the local days of that month."""

import datetime
import re

import pytest

from tests.activiteiten.factories import ActivityFactory

pytestmark = pytest.mark.django_db


def dates_on_page(html: str) -> list[str]:
    return re.findall(
        r'<section class="programme-day" aria-labelledby="dag-([\d-]+)"', html
    )


def test_november_includes_the_first_and_nothing_from_december(
    client, winter_campaign, coffee_morning
):
    # 00:30 local time on 1 November is still 31 October in UTC, and 00:30 on
    # 1 December is 30 November in UTC: the local day decides.
    for day, slug in [
        (datetime.date(2026, 11, 1), "nacht-1-nov"),
        (datetime.date(2026, 12, 1), "nacht-1-dec"),
    ]:
        ActivityFactory(
            title=slug,
            slug=slug,
            start_date=day,
            start_time=datetime.time(0, 30),
            end_time=datetime.time(2, 0),
            campaigns=[winter_campaign],
        )
    response = client.get("/activiteiten/winter-samen/?maand=2026-11")
    html = response.content.decode()
    days = dates_on_page(html)
    assert days[0] == "2026-11-01"
    assert days[1:] == ["2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24"]
    assert "nacht-1-nov" in html
    assert "nacht-1-dec" not in html
    assert not any(day.startswith("2026-12") for day in days)
    assert "november 2026" in html


def test_month_links_lead_to_each_month_of_the_campaign(client, coffee_morning):
    html = client.get("/activiteiten/winter-samen/").content.decode()
    for month in ["2026-10", "2026-11", "2026-12", "2027-01", "2027-04"]:
        assert f'href="?maand={month}#programma"' in html


def test_day_filter_offers_only_days_of_the_chosen_month(client, coffee_morning):
    html = client.get("/activiteiten/winter-samen/?maand=2026-11").content.decode()
    select = html.split('name="dag"')[1].split("</select>")[0]
    assert 'value="2026-11-03"' in select
    assert 'value="2026-12-01"' not in select
    assert 'value="2026-10-27"' not in select
