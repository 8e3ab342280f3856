"""Each activity has its own page with its dates, practical details and Event data."""

import datetime
import json
import re

import pytest
from django.utils import timezone

from activiteiten.constants import ActivityStatus, RegistrationMethod
from tests.activiteiten.factories import ActivityFactory

pytestmark = pytest.mark.django_db


def json_ld(html: str):
    block = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    ).group(1)
    return json.loads(block)


def test_page_shows_next_dates_and_calendar_link(client):
    today = timezone.localdate()
    ActivityFactory(
        title="Breiclub",
        slug="breiclub",
        start_date=today - datetime.timedelta(days=14),
        recurrence="FREQ=WEEKLY;COUNT=6",
        registration=RegistrationMethod.PHONE,
        registration_contact="010 123 45 67",
        max_participants=12,
        is_free=False,
        cost="€ 2,50 inclusief koffie",
    )
    response = client.get("/activiteiten/activiteit/breiclub/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<time datetime="') == 2 * 4  # four dates to come
    assert 'href="/activiteiten/activiteit/breiclub/agenda.ics"' in html
    assert 'href="tel:+31101234567">010 123 4567</a>' in html
    assert "Er kunnen 12 mensen meedoen." in html
    assert "€ 2,50 inclusief koffie" in html


def test_page_carries_schema_org_events_with_local_offsets(client, coffee_morning):
    html = client.get("/activiteiten/activiteit/koffieochtend/").content.decode()
    events = json_ld(html)
    events = events if isinstance(events, list) else [events]
    first = events[0]
    assert first["@type"] == "Event" and first["@context"] == "https://schema.org"
    assert first["name"] == "Koffieochtend"
    assert first["location"]["name"] == "Dorpshuis De Tuin"
    assert first["location"]["address"]["addressLocality"] == "Bleiswijk"
    assert first["eventStatus"] == "https://schema.org/EventScheduled"
    for event in events:
        assert re.search(r"T10:00:00\+0[12]:00$", event["startDate"])


def test_cancelled_activity_says_so_on_page_and_in_event_data(client):
    ActivityFactory(
        slug="kerstdiner",
        start_date=timezone.localdate() + datetime.timedelta(days=3),
        status=ActivityStatus.CANCELLED,
        status_note="Te weinig aanmeldingen.",
    )
    html = client.get("/activiteiten/activiteit/kerstdiner/").content.decode()
    assert "Gaat niet door." in html and "Te weinig aanmeldingen." in html
    assert json_ld(html)["eventStatus"] == "https://schema.org/EventCancelled"


def test_script_in_text_cannot_break_out_of_the_event_data(client):
    ActivityFactory(
        slug="proef",
        title="</script><script>alert(1)</script>",
        description='<b>vet</b><img src=x onerror="alert(2)">',
    )
    html = client.get("/activiteiten/activiteit/proef/").content.decode()
    assert "<script>alert(1)" not in html
    # The description is shown sanitised (as partners' texts are): links and
    # lists only, so the text of <b> stays; anything that could run is gone.
    assert "<p>vet</p>" in html
    assert "<img" not in html
    assert json_ld(html)["name"] == "</script><script>alert(1)</script>"


def test_past_activity_shows_its_last_date(client):
    ActivityFactory(slug="voorbij", start_date=datetime.date(2020, 5, 1))
    html = client.get("/activiteiten/activiteit/voorbij/").content.decode()
    assert "Was op" in html and "1 mei 2020" in html


def test_unknown_activity_is_404(client, db):
    assert client.get("/activiteiten/activiteit/bestaat-niet/").status_code == 404


def test_activity_page_query_count_is_constant(
    client, coffee_morning, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        client.get("/activiteiten/activiteit/koffieochtend/")


def test_page_links_to_each_organisers_calendar(client, coffee_morning):
    organization = coffee_morning.organizations.get()
    html = client.get("/activiteiten/activiteit/koffieochtend/").content.decode()
    assert f'href="/activiteiten/organisatie/{organization.slug}/agenda.ics"' in html
