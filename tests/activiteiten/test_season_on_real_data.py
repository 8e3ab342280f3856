"""With only the real data and the clock at a given day, the portal shows the
coalition's season: what runs now, and what comes next."""

import datetime
import io
import zoneinfo

import pytest
import time_machine
from django.core.management import call_command

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def _on(day: datetime.date):
    """The clock stands still at 10:00 Amsterdam time on ``day``."""
    moment = datetime.datetime.combine(day, datetime.time(10), tzinfo=AMSTERDAM)
    return time_machine.travel(moment, tick=False)


def _section(html: str, heading_id: str) -> str:
    return html.split(f'id="{heading_id}"')[1].split("</section>")[0]


def test_on_6_december_2026_december_is_running(client):
    with _on(datetime.date(2026, 12, 6)):
        call_command("load_real_data", stdout=io.StringIO())
        home = client.get("/").content.decode()
        campaigns = client.get("/activiteiten/").content.decode()
    teaser = _section(home, "campagne-kop")
    assert "Nu bezig" in teaser
    assert "December 2026" in teaser
    running = _section(campaigns, "nu")
    assert "December 2026" in running
    assert "1 december 2026" in running and "31 december 2026" in running
    assert "Op dit moment loopt er geen campagne" not in running


def test_on_1_september_2027_the_week_against_loneliness_is_coming(client):
    with _on(datetime.date(2027, 9, 1)):
        call_command("load_real_data", stdout=io.StringIO())
        home = client.get("/").content.decode()
        campaigns = client.get("/activiteiten/").content.decode()
    teaser = _section(home, "campagne-kop")
    assert "Binnenkort" in teaser
    assert "Week tegen Eenzaamheid 2027" in teaser
    assert "30 september 2027" in teaser
    coming = _section(campaigns, "binnenkort")
    assert coming.index("Week tegen Eenzaamheid 2027") < coming.index("December 2027")
    assert "30 september 2027" in coming
    assert "Op dit moment loopt er geen campagne" in _section(campaigns, "nu")
