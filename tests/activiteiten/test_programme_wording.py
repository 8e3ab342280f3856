"""The programme and the archive speak plain Dutch: "1 activiteit", a month
chosen from a list ("november 2026"), and a sentence for a campaign without
activities instead of "0 activiteiten, 0 organisaties, 0 kernen"."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.activiteiten.factories import ActivityFactory, CampaignFactory

pytestmark = pytest.mark.django_db


def _count(html: str) -> str:
    block = html.split('class="result-count"')[1].split("</p>")[0]
    return " ".join(re.sub(r"<[^>]+>", " ", block.split(">", 1)[1]).split())


def test_result_count_says_activiteit_or_activiteiten(client, winter_campaign):
    ActivityFactory(
        title="Voorleesuur",
        start_date=datetime.date(2026, 10, 8),
        campaigns=[winter_campaign],
    )
    html = client.get("/activiteiten/winter-samen/").content.decode()
    assert _count(html) == "1 activiteit in deze campagne"
    ActivityFactory(
        title="Breiclub",
        start_date=datetime.date(2026, 11, 5),
        recurrence="FREQ=WEEKLY;COUNT=2",
        campaigns=[winter_campaign],
    )
    html = client.get("/activiteiten/winter-samen/").content.decode()
    assert _count(html) == "3 activiteiten in deze campagne"
    html = client.get("/activiteiten/winter-samen/?maand=2026-11").content.decode()
    assert _count(html) == "2 activiteiten in november 2026"


def test_month_is_chosen_from_the_campaigns_months(client, coffee_morning):
    html = client.get("/activiteiten/winter-samen/?maand=2026-11").content.decode()
    select = html.split('<select name="maand"')[1].split("</select>")[0]
    options = re.findall(
        r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select
    )
    assert options[0] == ("", "", "Hele campagne")
    assert ("2026-11", " selected", "november 2026") in options
    assert [value for value, _, _ in options[1:]] == [
        "2026-10",
        "2026-11",
        "2026-12",
        "2027-01",
        "2027-02",
        "2027-03",
        "2027-04",
    ]
    assert "bijvoorbeeld 2026-11" not in html


def test_a_month_outside_the_campaign_from_an_old_link_still_shows(
    client, coffee_morning
):
    html = client.get("/activiteiten/winter-samen/?maand=2027-06").content.decode()
    assert '<option value="2027-06" selected>juni 2027</option>' in html
    assert "0 activiteiten in juni 2027" in " ".join(html.split())


def test_a_month_that_is_no_month_gets_a_dutch_message(client, coffee_morning):
    html = client.get("/activiteiten/winter-samen/?maand=november").content.decode()
    assert "Kies een maand uit de lijst." in html


def test_archive_says_so_when_a_campaign_has_no_activities(client):
    today = timezone.localdate()
    CampaignFactory(
        title="Zomer zonder programma",
        start_date=today - datetime.timedelta(days=400),
        end_date=today - datetime.timedelta(days=370),
    )
    html = client.get("/activiteiten/").content.decode()
    archive = html.split('id="eerder"')[1].split("</section>")[0]
    # Named on the one line of empty campaigns, without figures of zero.
    assert "Zonder activiteiten op de site:" in archive
    assert "Zomer zonder programma" in archive
    assert "0 activiteiten" not in archive and "0 kernen" not in archive
