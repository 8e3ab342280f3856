"""The home page shows this week's activities; past campaigns keep their numbers."""

import datetime

import pytest
from django.utils import timezone

from lansingerland.constants import Kern
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.sociale_kaart.factories import LocationFactory, OrganizationFactory

pytestmark = pytest.mark.django_db


def test_home_lists_what_happens_in_the_coming_seven_days(client):
    today = timezone.localdate()
    ActivityFactory(title="Vandaag koffie", start_date=today)
    ActivityFactory(title="Over zes dagen", start_date=today + datetime.timedelta(6))
    ActivityFactory(title="Over een week", start_date=today + datetime.timedelta(7))
    ActivityFactory(title="Gisteren", start_date=today - datetime.timedelta(1))
    html = client.get("/").content.decode()
    week = html.split('id="deze-week-kop"')[1].split("</section>")[0]
    assert "Vandaag koffie" in week and "Over zes dagen" in week
    assert "Over een week" not in week and "Gisteren" not in week


def test_home_says_so_when_nothing_happens_this_week(client, db):
    assert "Er staan deze week geen activiteiten" in client.get("/").content.decode()


def test_home_shows_a_saved_activity_at_once(client):
    today = timezone.localdate()
    activity = ActivityFactory(title="Koffie in de bieb", start_date=today)
    assert "Koffie in de bieb" in client.get("/").content.decode()
    activity.title = "Thee in de bieb"
    activity.save()
    html = client.get("/").content.decode()
    assert "Thee in de bieb" in html and "Koffie in de bieb" not in html


def test_home_query_count_is_constant(client, django_assert_max_num_queries):
    today = timezone.localdate()
    for _ in range(10):
        ActivityFactory(start_date=today, recurrence="FREQ=DAILY;COUNT=3")
    CampaignFactory(start_date=today)
    # Four for the page, one for the content version the page cache checks.
    with django_assert_max_num_queries(5):
        client.get("/")


def test_archive_shows_numbers_of_past_campaigns(client, django_assert_max_num_queries):
    today = timezone.localdate()
    past = CampaignFactory(
        title="Zomer vorig jaar",
        start_date=today - datetime.timedelta(days=400),
        end_date=today - datetime.timedelta(days=370),
    )
    shared = OrganizationFactory()
    for kern in (Kern.BLEISWIJK, Kern.BLEISWIJK, Kern.BERGSCHENHOEK):
        ActivityFactory(
            location=LocationFactory(kern=kern),
            organizations=[shared],
            campaigns=[past],
            start_date=past.start_date,
        )
    ActivityFactory(
        campaigns=[past],
        start_date=past.start_date,
        location=None,
        address="Op het plein",
        kern="",
        organizations=[OrganizationFactory()],
    )
    with django_assert_max_num_queries(4):
        html = client.get("/activiteiten/").content.decode()
    archive = html.split('id="eerder"')[1].split("</section>")[0]
    assert "Zomer vorig jaar" in archive
    assert "4 activiteiten" in archive
    assert "2 organisaties" in archive
    assert "2 kernen" in archive
