"""An activity from 23:00 to 01:00 shows on the day it starts."""

import datetime

import pytest

from tests.activiteiten.factories import ActivityFactory

pytestmark = pytest.mark.django_db


def test_night_activity_is_listed_on_its_starting_day(client, winter_campaign):
    ActivityFactory(
        title="Sterrenkijken",
        slug="sterrenkijken",
        start_date=datetime.date(2026, 11, 14),
        start_time=datetime.time(23, 0),
        end_time=datetime.time(1, 0),
        campaigns=[winter_campaign],
    )
    html = client.get("/activiteiten/winter-samen/?maand=2026-11").content.decode()
    day = html.split('aria-labelledby="dag-2026-11-14"')[1].split("</section>")[0]
    assert "Sterrenkijken" in day and "23:00" in day and "01:00" in day
    assert "tot de volgende dag" in day
    assert 'aria-labelledby="dag-2026-11-15"' not in html
    only_day = client.get("/activiteiten/winter-samen/?maand=2026-11&dag=2026-11-14")
    assert "Sterrenkijken" in only_day.content.decode()
    page = client.get("/activiteiten/activiteit/sterrenkijken/").content.decode()
    assert "Zaterdag 14 november 2026, 23:00" in page
    assert "Zondag 15 november, 01:00" in page
