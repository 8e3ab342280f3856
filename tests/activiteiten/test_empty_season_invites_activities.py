"""A running campaign without activities still makes sense and invites anyone
to add one; the archive keeps figures for campaigns that had activities and
names the empty ones on one line."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.activiteiten.test_season_on_real_data import _on, _section

pytestmark = pytest.mark.django_db

PROPOSE = 'href="/activiteiten/activiteit-voorstellen/"'


@pytest.fixture
def sixth_of_december(db):
    with _on(datetime.date(2026, 12, 6)):
        call_command("load_real_data", stdout=io.StringIO())
        yield


def test_the_running_december_invites_activities(client, sixth_of_december):
    campaigns = client.get("/activiteiten/").content.decode()
    running = _section(campaigns, "nu")
    assert "Het programma wordt nog gevuld." in running and PROPOSE in running
    programme = client.get("/activiteiten/december-2026/").content.decode()
    assert "Er staan nog geen activiteiten in dit programma" in programme
    assert "Zelf iets organiseren?" in programme and PROPOSE in programme
    home = client.get("/").content.decode()
    assert PROPOSE in _section(home, "campagne-kop")
    assert PROPOSE in _section(home, "deze-week-kop")


def test_the_real_archive_collapses_into_one_line(client, sixth_of_december):
    html = client.get("/activiteiten/").content.decode()
    archive = _section(html, "eerder")
    assert "Van deze campagne staan geen activiteiten op de site" not in archive
    assert "Er zijn nog geen eerdere campagnes met activiteiten op de site." in archive
    line = re.search(r'<p class="archive-empty">(.*?)</p>', archive, re.S).group(1)
    assert "Zonder activiteiten op de site:" in line
    for year in range(2017, 2027):
        assert f"Week tegen Eenzaamheid {year}</a>" in line


def test_past_campaigns_with_activities_keep_their_figures(client):
    today = timezone.localdate()
    busy = CampaignFactory(
        title="Zomer vol activiteiten",
        start_date=today - datetime.timedelta(days=200),
    )
    ActivityFactory(campaigns=[busy], start_date=busy.start_date)
    CampaignFactory(
        title="Stille week", start_date=today - datetime.timedelta(days=100)
    )
    archive = _section(client.get("/activiteiten/").content.decode(), "eerder")
    listed = archive.split('class="archive-empty"')[0]
    assert "Zomer vol activiteiten" in listed and "1 activiteit" in listed
    assert "Stille week" not in listed
    assert "Stille week" in archive.split('class="archive-empty"')[1]


def test_a_campaign_that_is_over_does_not_invite(client):
    today = timezone.localdate()
    over = CampaignFactory(start_date=today - datetime.timedelta(days=100))
    html = client.get(over.get_absolute_url()).content.decode()
    assert "Zelf iets organiseren?" not in html
    assert "Van deze campagne staan geen activiteiten op de site." in html
