"""Filters combine, live in the URL and work without JavaScript."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.contrib.gis.geos import Point

from lansingerland.constants import Kern
from sociale_kaart.models import Service, ServiceClosure
from sociale_kaart.search import open_filter
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
    TargetGroupFactory,
)
from tests.sociale_kaart.map import services_on_the_map

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")
TUESDAY = datetime.date(2026, 12, 1)


def bleiswijk(**kwargs):
    return LocationFactory(
        kern=Kern.BLEISWIJK,
        place="Bleiswijk",
        point=Point(4.5321, 52.0110, srid=4326),
        **kwargs,
    )


@pytest.fixture
def offers():
    elderly = TargetGroupFactory(name="ouderen", slug="ouderen")
    match = ServiceFactory(
        name="Soos voor senioren", is_free=True, min_age=55, locations=[bleiswijk()]
    )
    match.target_groups.add(elderly)
    ServiceScheduleFactory(service=match, weekday=2)
    paid = ServiceFactory(name="Tekenles", is_free=False, locations=[bleiswijk()])
    ServiceScheduleFactory(service=paid, weekday=2)
    youth = ServiceFactory(
        name="Jongerensoos", is_free=True, max_age=18, locations=[bleiswijk()]
    )
    ServiceScheduleFactory(service=youth, weekday=2)
    berkel = ServiceFactory(
        name="Soos Berkel",
        is_free=True,
        locations=[LocationFactory(point=Point(4.476, 51.993, srid=4326))],
    )
    ServiceScheduleFactory(service=berkel, weekday=2)
    friday = ServiceFactory(name="Vrijdagsoos", is_free=True, locations=[bleiswijk()])
    ServiceScheduleFactory(service=friday, weekday=5)
    return match


def test_free_offer_for_an_older_man_in_bleiswijk_on_tuesday(client, offers):
    params = {"gratis": "on", "kern": "bleiswijk", "dag": "2", "leeftijd": "78"}
    html = client.get("/sociale-kaart/", params).content.decode()
    assert "Aanbod: 1 gevonden" in html
    assert "Soos voor senioren" in html
    for other in ("Tekenles", "Jongerensoos", "Soos Berkel", "Vrijdagsoos"):
        assert other not in html
    assert 'name="gratis" checked' in html or "checked" in html
    assert services_on_the_map(client, params) == ["Soos voor senioren"]


def test_target_group_filter(client, offers):
    html = client.get("/sociale-kaart/", {"doelgroep": "ouderen"}).content.decode()
    assert "Soos voor senioren" in html and "Tekenles" not in html


def test_accessibility_filter_needs_every_feature_at_one_place(client):
    ServiceFactory(
        name="Gelijkvloers",
        locations=[bleiswijk(wheelchair_accessible=True, has_hearing_loop=True)],
    )
    ServiceFactory(name="Trap op", locations=[bleiswijk(wheelchair_accessible=False)])
    html = client.get(
        "/sociale-kaart/",
        {"toegankelijk": ["wheelchair_accessible", "has_hearing_loop"]},
    ).content.decode()
    assert "Gelijkvloers" in html and "Trap op" not in html


def test_open_now_today_and_this_week(offers):
    ServiceScheduleFactory(
        service=offers, weekday=2, opens_at="13:30", closes_at="16:00"
    )
    at_lunch = datetime.datetime(2026, 12, 1, 12, 30, tzinfo=AMS)
    morning = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=AMS)
    open_now = Service.objects.filter(open_filter("now", morning))
    assert offers in open_now
    assert offers not in Service.objects.filter(open_filter("now", at_lunch))
    assert offers in Service.objects.filter(open_filter("today", at_lunch))
    ServiceClosure.objects.create(service=offers, start_date=TUESDAY, end_date=TUESDAY)
    assert offers not in Service.objects.filter(open_filter("now", morning))
    assert offers not in Service.objects.filter(open_filter("today", morning))
    assert offers not in Service.objects.filter(open_filter("week", morning))
    next_monday = datetime.datetime(2026, 12, 7, 10, 0, tzinfo=AMS)
    assert offers in Service.objects.filter(open_filter("week", next_monday))


def test_open_now_through_the_url_answers(client, offers):
    for when in ("nu", "vandaag", "deze-week"):
        assert client.get("/sociale-kaart/", {"wanneer": when}).status_code == 200


def test_bad_filter_values_get_a_message_and_keep_the_rest(client, offers):
    html = client.get(
        "/sociale-kaart/", {"leeftijd": "oud", "dag": "9", "kern": "bleiswijk"}
    ).content.decode()
    assert "error-summary" in html
    assert 'value="oud"' in html
    assert "Soos Berkel" not in html  # the kern filter still applies


def test_near_a_postcode_sorts_by_distance_and_asks_pdok_once(client, offers, pdok):
    pdok.answers["2665"] = "postcode_2665.json"
    far = ServiceFactory(
        name="Ver weg", locations=[LocationFactory(point=Point(4.45, 51.97, srid=4326))]
    )
    html = client.get("/sociale-kaart/", {"bij": "2665 BJ", "afstand": "2"}).content
    html = html.decode()
    assert "Soos voor senioren" in html and far.name not in html
    assert "Gesorteerd op afstand" in html and " km" in html
    html = client.get("/sociale-kaart/", {"bij": "2665 bj", "afstand": "10"}).content
    assert far.name in html.decode()
    assert len(pdok.requests) == 1
    assert pdok.requests[0]["fq"][0] == "gemeentenaam:Lansingerland"


def test_near_falls_back_on_the_kern_centre_when_pdok_is_down(client, offers, pdok):
    pdok.down = True
    html = client.get("/sociale-kaart/", {"bij": "Bleiswijk", "afstand": "2"})
    html = html.content.decode()
    assert "Soos voor senioren" in html and "Soos Berkel" not in html
    assert "kon nu niet worden opgezocht" in html and "midden van de kern" in html
    assert "PDOK" not in html.split("<main")[1].split("</main>")[0]


def test_unknown_place_gets_a_dutch_message_and_keeps_the_text(client, offers, pdok):
    html = client.get("/sociale-kaart/", {"bij": "Atlantis 1"}).content.decode()
    assert "Deze plek konden wij niet vinden" in html
    assert 'value="Atlantis 1"' in html


def test_kern_filter_keeps_organisations_that_serve_all_of_lansingerland(client):
    everywhere = OrganizationFactory(name="Zonnebloem Lansingerland")
    LocationFactory(organization=everywhere, kern="", street="", place="")
    elsewhere = OrganizationFactory(name="Buurthuis Berkel")
    LocationFactory(organization=elsewhere, kern="berkel-en-rodenrijs")
    html = client.get("/sociale-kaart/", {"kern": "bleiswijk"}).content.decode()
    assert "Zonnebloem Lansingerland" in html
    assert "Buurthuis Berkel" not in html


STOCK_TEXTS = ("Zorg ervoor", "Selecteer een geldige keuze", "geen beschikbare keuze")
AGE_TEXT = "Vul een leeftijd in van 0 tot en met 120 jaar."
CHOICE_TEXT = "Deze keuze bestaat niet (meer). Kies een andere of laat het leeg."


@pytest.mark.parametrize("age", ["-5", "200", "7.5", "oud"])
def test_an_impossible_age_gets_one_plain_message(client, offers, age):
    html = client.get(
        "/sociale-kaart/", {"leeftijd": age, "kern": "bleiswijk"}
    ).content.decode()
    assert "Er is 1 ding dat u moet verbeteren" in html
    assert AGE_TEXT in html
    assert not any(text in html for text in STOCK_TEXTS)
    assert f'value="{age}"' in html  # what was typed is kept
    assert "Soos voor senioren" in html  # the age is left out ...
    assert "Soos Berkel" not in html  # ... the kern filter still applies


def test_the_age_field_asks_for_whole_years(client, offers):
    html = client.get("/sociale-kaart/").content.decode()
    field = re.search(r'<input[^>]*name="leeftijd"[^>]*>', html).group(0)
    assert 'step="1"' in field and 'min="0"' in field and 'max="120"' in field
    html = client.get("/sociale-kaart/", {"leeftijd": "20"}).content.decode()
    assert "Soos voor senioren" not in html and "Tekenles" in html


@pytest.mark.parametrize(
    "param",
    [
        {"thema": "xx"},
        {"doelgroep": "xx"},
        {"kern": "xx"},
        {"toegankelijk": "xx"},
        {"dag": "9"},
        {"dag": "maandag"},
        {"wanneer": "xx"},
        {"afstand": "99"},
    ],
)
def test_an_edited_choice_gets_a_plain_message_and_keeps_the_rest(
    client, offers, param
):
    html = client.get("/sociale-kaart/", {**param, "gratis": "on"}).content.decode()
    assert "Er is 1 ding dat u moet verbeteren" in html
    assert CHOICE_TEXT in html
    assert not any(text in html for text in STOCK_TEXTS)
    assert "Tekenles" not in html  # "only free" still applies


def test_a_very_long_search_text_gets_a_plain_message(client, offers):
    html = client.get("/sociale-kaart/", {"q": "soos" * 60}).content.decode()
    assert "Dit is te lang. Gebruik niet meer dan 200 tekens (nu 240)." in html
    assert "Zorg ervoor" not in html
