"""A long programme is read in pages of whole days, filters kept, without
JavaScript: plain links to earlier and later days."""

import datetime
import re

import pytest

from activiteiten import programme
from lansingerland.constants import Kern
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.sociale_kaart.factories import LocationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def long_campaign(monkeypatch):
    monkeypatch.setattr(programme, "PAGE_SIZE", 3)
    campaign = CampaignFactory(
        slug="lange-campagne",
        start_date=datetime.date(2026, 9, 1),
        end_date=datetime.date(2026, 9, 30),
    )
    bleiswijk = LocationFactory(kern=Kern.BLEISWIJK)
    berkel = LocationFactory(kern=Kern.BERKEL_EN_RODENRIJS)
    for day in range(1, 11):
        for location in (bleiswijk, berkel):
            ActivityFactory(
                title=f"Dag {day:02d} {location.kern}",
                location=location,
                start_date=datetime.date(2026, 9, day),
                campaigns=[campaign],
            )
    return campaign


def titles(html: str) -> list[str]:
    return re.findall(r'class="occurrence-title"><a href="[^"]+">([^<]+)</a>', html)


def test_pages_hold_whole_days_and_link_onwards(client, long_campaign):
    html = client.get("/activiteiten/lange-campagne/").content.decode()
    # Two days of two dates: the page fills past three, a day is never split.
    assert sorted(t[:6] for t in titles(html)) == ["Dag 01"] * 2 + ["Dag 02"] * 2
    assert "20 activiteiten" in html and "Pagina 1 van 5" in html
    assert 'href="?vanaf=2026-09-03#programma"' in html
    assert "Eerdere dagen" not in html
    last = client.get("/activiteiten/lange-campagne/?vanaf=2026-09-09").content
    last = last.decode()
    assert "Pagina 5 van 5" in last and "Latere dagen" not in last
    assert {t[:6] for t in titles(last)} == {"Dag 09", "Dag 10"}


def test_a_filter_is_kept_when_paging(client, long_campaign):
    html = client.get("/activiteiten/lange-campagne/?kern=bleiswijk").content.decode()
    assert titles(html) == ["Dag 01 bleiswijk", "Dag 02 bleiswijk", "Dag 03 bleiswijk"]
    assert "10 activiteiten" in html
    assert 'href="?kern=bleiswijk&amp;vanaf=2026-09-04#programma"' in html


@pytest.mark.parametrize("start", ["gisteren", "2025-01-01", "2026-13-01"])
def test_an_unknown_start_shows_the_first_page(client, long_campaign, start):
    response = client.get(f"/activiteiten/lange-campagne/?vanaf={start}")
    assert response.status_code == 200
    assert "Pagina 1 van 5" in response.content.decode()
