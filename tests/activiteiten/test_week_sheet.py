"""The "Deze week" sheet per kern: a poster for notice boards and plain text for
the local weekly paper, made from the agenda and the sociale kaart."""

import datetime

import pytest

from activiteiten.weekly import sheet_day
from lansingerland.constants import Kern
from lansingerland.models import SiteContact
from lansingerland.selectors import site_contact_forget
from tests.activiteiten.factories import ActivityFactory
from tests.sociale_kaart.factories import (
    LocationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
)

pytestmark = pytest.mark.django_db

POSTER = "/activiteiten/deze-week/bleiswijk/"
TEXT = "/activiteiten/deze-week/bleiswijk/tekst.txt"


@pytest.fixture
def bleiswijk_week(db):
    """Week of Monday 7 December 2026: two activities in Bleiswijk, one in
    Bergschenhoek, one of them next week; a weekly walk-in in Bleiswijk."""
    for title, kern, day in [
        ("Kerstbingo", Kern.BLEISWIJK, datetime.date(2026, 12, 9)),
        ("Koffie & praatje", Kern.BLEISWIJK, datetime.date(2026, 12, 11)),
        ("Buurtlunch", Kern.BERGSCHENHOEK, datetime.date(2026, 12, 9)),
        ("Oliebollen bakken", Kern.BLEISWIJK, datetime.date(2026, 12, 14)),
    ]:
        ActivityFactory(
            title=title, location=LocationFactory(kern=kern), start_date=day
        )
    walk_in = ServiceFactory(name="Inloop De Leeuwerik", phone="010 521 00 00")
    walk_in.locations.set([LocationFactory(kern=Kern.BLEISWIJK)])
    ServiceScheduleFactory(service=walk_in, weekday=3)
    elsewhere = ServiceFactory(name="Inloop Berkel")
    elsewhere.locations.set([LocationFactory(kern=Kern.BERKEL_EN_RODENRIJS)])


def test_poster_shows_this_weeks_activities_and_offers_of_the_kern(
    client, bleiswijk_week
):
    html = client.get(POSTER, {"week": "2026-12-08"}).content.decode()
    assert "Deze week in Bleiswijk" in html
    assert "maandag 7 december tot en met zondag 13 december 2026" in html
    assert html.index("Kerstbingo") < html.index("Koffie &amp; praatje")
    assert "Woensdag 9 december" in html
    for elsewhere in ("Buurtlunch", "Oliebollen bakken", "Inloop Berkel"):
        assert elsewhere not in html
    assert "Inloop De Leeuwerik" in html and "Woensdag 09:00–12:00" in html
    assert "<svg" in html  # the QR code


def test_an_other_week_is_chosen_by_any_of_its_days(client, bleiswijk_week):
    html = client.get(POSTER, {"week": "2026-12-17"}).content.decode()
    assert "Oliebollen bakken" in html and "Kerstbingo" not in html
    for wrong in ("2026-02-30", "volgende week"):
        response = client.get(POSTER, {"week": wrong})
        assert response.status_code == 200


def test_unknown_kern_is_not_found(client):
    assert client.get("/activiteiten/deze-week/rotterdam/").status_code == 404


def test_text_version_is_plain_text_for_the_paper(client, bleiswijk_week):
    SiteContact.objects.create(email="meldpunt@voorbeeld.nl", phone="010 123 45 67")
    site_contact_forget()
    response = client.get(TEXT, {"week": "2026-12-08"})
    text = response.content.decode()
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "<" not in text and "&amp;" not in text
    assert text.startswith("DEZE WEEK IN Bleiswijk\n")
    assert "- 10:00-12:00 Koffie & praatje." in text
    assert "- Inloop De Leeuwerik (" in text and "Bel 010 521 00 00." in text
    assert "mail meldpunt@voorbeeld.nl of bel 010 123 45 67" in text
    assert "http://testserver/activiteiten/deze-week/bleiswijk/" in text
    assert "\n\n\n" not in text


def test_real_data_gives_a_sheet_that_says_what_there_is(client, real_data):
    html = client.get(POSTER, {"week": "2026-12-06"}).content.decode()
    assert "Deze week staan er nog geen activiteiten voor Bleiswijk" in html
    assert "Wekelijkse ontmoetingsplek voor jongeren" in html
    assert "Geen vaste tijden: op afspraak of wisselende tijden." in html
    assert "eenzaamheid.lansingerland@humanitas.nl" in html


def test_sheets_are_linked_from_home_and_activiteiten(client):
    for url in ("/", "/activiteiten/"):
        html = client.get(url).content.decode()
        for kern in Kern:
            assert f'href="/activiteiten/deze-week/{kern.value}/"' in html, url


def test_at_the_weekend_the_sheet_shows_the_coming_week():
    saturday, sunday = datetime.date(2026, 12, 5), datetime.date(2026, 12, 6)
    assert sheet_day(saturday) == sheet_day(sunday) == datetime.date(2026, 12, 7)
    friday = datetime.date(2026, 12, 4)
    assert sheet_day(friday) == friday
