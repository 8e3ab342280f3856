"""The campaign overview and an activity's page come from the page cache, yet a
coordinator's or partner's change shows on the next visit."""

import datetime

import pytest
from django.utils import timezone

from tests.activiteiten.factories import ActivityFactory, CampaignFactory

pytestmark = pytest.mark.django_db


def test_a_new_campaign_title_shows_at_once_on_the_overview(client):
    today = timezone.localdate()
    campaign = CampaignFactory(
        title="Winter samen",
        start_date=today - datetime.timedelta(days=3),
        end_date=today + datetime.timedelta(days=20),
    )
    assert "Winter samen" in client.get("/activiteiten/").text
    campaign.title = "Winterweken samen"
    campaign.save()
    assert "Winterweken samen" in client.get("/activiteiten/").text


def test_a_changed_activity_shows_at_once_on_its_page(client):
    activity = ActivityFactory(title="Wandelclub De Rotte")
    url = f"/activiteiten/activiteit/{activity.slug}/"
    assert "Wandelclub De Rotte" in client.get(url).text
    activity.title = "Wandelclub langs De Rotte"
    activity.save()
    page = client.get(url)
    assert page.status_code == 200
    assert "Wandelclub langs De Rotte" in page.text
