"""A subscribed calendar asks again and again: the feeds answer 304 while
nothing changed, a fresh feed after a change, and pages offer the subscribe
(webcal:) address beside the download."""

import datetime

import pytest
from django.utils import timezone

from activiteiten.models import Activity
from activiteiten.services import occurrence_cancel

pytestmark = pytest.mark.django_db

FEED = "/activiteiten/winter-samen/agenda.ics"


def test_unchanged_feed_answers_304_and_a_change_a_new_feed(client, coffee_morning):
    first = client.get(FEED)
    assert first["ETag"] and first["Last-Modified"]
    assert first["Access-Control-Allow-Origin"] == "*"
    assert client.get(FEED).content == first.content
    again = client.get(FEED, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    since = client.get(FEED, headers={"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 304
    occurrence_cancel(
        occurrence=coffee_morning.occurrences.get(date=datetime.date(2026, 11, 3))
    )
    changed = client.get(FEED, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]


def test_deleting_an_activity_is_a_change_too(client, coffee_morning):
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    Activity.objects.update(updated_at=an_hour_ago)
    Activity.history.update(history_date=an_hour_ago)
    first = client.get(FEED)
    coffee_morning.delete()
    again = client.get(FEED, headers={"If-Modified-Since": first["Last-Modified"]})
    assert again.status_code == 200
    assert b"Koffieochtend" not in again.content


def test_pages_offer_webcal_beside_the_download(client, coffee_morning):
    campaign = client.get("/activiteiten/winter-samen/").content.decode()
    assert 'href="webcal://testserver/activiteiten/winter-samen/agenda.ics"' in campaign
    assert 'href="/activiteiten/winter-samen/agenda.ics"' in campaign
    slug = coffee_morning.organizations.get().slug
    activity = client.get("/activiteiten/activiteit/koffieochtend/").content.decode()
    own = "activiteiten/activiteit/koffieochtend/agenda.ics"
    assert f'href="webcal://testserver/{own}"' in activity
    assert f'href="/{own}"' in activity
    assert (
        f'href="webcal://testserver/activiteiten/organisatie/{slug}/agenda.ics"'
        in activity
    )
    assert f'href="/activiteiten/organisatie/{slug}/agenda.ics"' in activity
