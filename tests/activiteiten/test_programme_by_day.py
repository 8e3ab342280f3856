"""Visitors read a campaign's programme day by day and narrow it with filters."""

import datetime
import re

import pytest

from activiteiten.constants import ActivityStatus, TargetGroup
from lansingerland.constants import Kern
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.sociale_kaart.factories import LocationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def week(db):
    campaign = CampaignFactory(
        slug="kom-erbij",
        start_date=datetime.date(2026, 9, 24),
        end_date=datetime.date(2026, 9, 30),
    )

    def make(title, kern, day, **kwargs):
        location = LocationFactory(kern=kern)
        return ActivityFactory(
            title=title,
            location=location,
            start_date=datetime.date(2026, 9, day),
            campaigns=[campaign],
            **kwargs,
        )

    make("Wandelen", Kern.BLEISWIJK, 24, is_free=True)
    make(
        "Bingo",
        Kern.BERGSCHENHOEK,
        25,
        is_free=False,
        cost="€ 3",
        target_group=TargetGroup.SENIORS,
        wheelchair_accessible=True,
    )
    make("Spelletjes", Kern.BERKEL_EN_RODENRIJS, 25, target_group=TargetGroup.YOUTH)
    make("Buiten de week", Kern.BLEISWIJK, 1)  # 1 September: before the campaign
    return campaign


def titles(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'class="occurrence-title"><a href="[^"]+">([^<]+)</a>', html)


def test_programme_lists_the_campaigns_days_in_order(client, week):
    response = client.get("/activiteiten/kom-erbij/")
    html = response.content.decode()
    assert titles(response) == ["Wandelen", "Bingo", "Spelletjes"]
    assert "Donderdag 24 september 2026" in html
    assert "Vrijdag 25 september 2026" in html
    assert html.index("Donderdag 24 september") < html.index("Vrijdag 25 september")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kern=bergschenhoek", ["Bingo"]),
        ("gratis=true", ["Wandelen", "Spelletjes"]),
        ("rolstoel=true", ["Bingo"]),
        ("doelgroep=seniors", ["Wandelen", "Bingo"]),
        ("dag=2026-09-25", ["Bingo", "Spelletjes"]),
        ("kern=berkel-en-rodenrijs&dag=2026-09-24", []),
    ],
)
def test_filters_narrow_the_programme(client, week, query, expected):
    assert titles(client.get(f"/activiteiten/kom-erbij/?{query}")) == expected


def test_filter_form_keeps_choices_and_is_a_plain_get_form(client, week):
    html = client.get("/activiteiten/kom-erbij/?kern=bleiswijk&gratis=true").content
    html = html.decode()
    assert '<form method="get"' in html
    assert '<option value="bleiswijk" selected>' in html
    assert re.search(r'name="gratis"[^>]*checked', html)
    assert '<label class="form-label" for="id_kern">Woonplaats</label>' in html


@pytest.mark.parametrize(
    "query", ["kern=atlantis", "dag=gisteren", "maand=2026-13", "maand=<b>"]
)
def test_bad_filter_values_get_a_dutch_message_not_an_error(client, week, query):
    response = client.get(f"/activiteiten/kom-erbij/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "dingen die u moet verbeteren" in html or "ding dat u moet" in html
    assert "<b>" not in html.split("<main")[1]


def test_cancelled_activity_stays_visible_with_a_clear_label(client, week):
    week.activities.filter(title="Bingo").update(
        status=ActivityStatus.CANCELLED, status_note="De zaal is niet beschikbaar."
    )
    html = client.get("/activiteiten/kom-erbij/").content.decode()
    assert "Gaat niet door: De zaal is niet beschikbaar." in html


def test_programme_runs_the_same_number_of_queries_for_more_activities(
    client, week, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get("/activiteiten/kom-erbij/?kern=bleiswijk")
    for day in range(24, 31):
        ActivityFactory(
            start_date=datetime.date(2026, 9, day),
            campaigns=[week],
            recurrence="FREQ=DAILY;COUNT=3",
        )
    with django_assert_num_queries(len(few)):
        response = client.get("/activiteiten/kom-erbij/?kern=bleiswijk")
    assert response.status_code == 200
    with django_assert_num_queries(len(few)):
        client.get("/activiteiten/kom-erbij/")
    assert len(few) <= 6


def test_filter_errors_are_linked_to_their_fields(client, week):
    html = client.get("/activiteiten/kom-erbij/?kern=atlantis").content.decode()
    assert '<a href="#id_kern">' in html
    assert 'aria-describedby="id_kern_error"' in html
    assert 'id="id_kern_error"' in html


def test_moved_activity_says_where_it_went(client, week):
    week.activities.filter(title="Wandelen").update(
        status=ActivityStatus.MOVED, status_note="Nu in het Dorpshuis."
    )
    html = client.get("/activiteiten/kom-erbij/").content.decode()
    assert "Verplaatst: Nu in het Dorpshuis." in html


@pytest.mark.parametrize(
    "query", ["kern=atlantis", "dag=gisteren", "dag=2026-10-31", "doelgroep=xx"]
)
def test_an_edited_choice_gets_a_plain_message_and_keeps_the_rest(client, week, query):
    html = client.get(f"/activiteiten/kom-erbij/?{query}&gratis=on").content.decode()
    assert "Er is 1 ding dat u moet verbeteren" in html
    assert "Deze keuze bestaat niet (meer). Kies een andere of laat het leeg." in html
    assert "Selecteer een geldige keuze" not in html
    assert "Wandelen" in html and "Bingo" not in html  # "only free" still applies
