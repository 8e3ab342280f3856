"""Cancelling a date or a whole activity asks for confirmation first, and the
partner can undo it: the site and the calendar feeds follow both ways."""

import pytest
from django.test import Client

from activiteiten.models import Activity
from activiteiten.services import activity_expand_occurrences
from tests.activiteiten.factories import ActivityFactory
from tests.activiteiten.ical import (
    cancelled_starts,
    events_by_summary,
    parse_strictly,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(organization, week):
    return ActivityFactory(
        title="Koffieochtend",
        slug="koffieochtend",
        organizations=[organization],
        location=organization.locations.first(),
        start_date=week.start_date,
        recurrence="FREQ=DAILY;COUNT=3",
        campaigns=[week],
    )


def _base(organization, activity) -> str:
    return f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/"


def _feed(activity):
    response = Client().get(f"/activiteiten/activiteit/{activity.slug}/agenda.ics")
    return parse_strictly(response.content)


def _statuses(activity) -> list[str]:
    events = events_by_summary(_feed(activity), activity.title)
    return [str(event.get("STATUS")) for event in events]


def test_the_edit_page_asks_before_a_date_is_cancelled(
    partner_client, organization, activity
):
    first = activity.occurrences.order_by("start").first()
    edit = partner_client.get(_base(organization, activity) + "wijzigen/")
    # The button is a link to a question, not a form that cancels at once.
    link = f"{_base(organization, activity)}datum-laten-vervallen/?datum={first.pk}"
    assert f'href="{link}"' in edit.content.decode()
    question = partner_client.get(link).content.decode()
    assert "Deze datum laten vervallen?" in question
    assert "Ja, deze datum laten vervallen" in question
    assert "Nee, terug naar de activiteit" in question
    first.refresh_from_db()
    assert not first.is_cancelled


def test_a_cancelled_date_can_be_undone_and_the_feed_confirms_it_again(
    partner_client, organization, activity
):
    first = activity.occurrences.order_by("start").first()
    base = _base(organization, activity)
    response = partner_client.post(
        base + "datum-laten-vervallen/", {"datum": first.pk}, follow=True
    )
    assert _statuses(activity) == ["CANCELLED", "CONFIRMED", "CONFIRMED"]
    assert "Toch laten doorgaan" in response.content.decode()
    sequence = Activity.objects.get(pk=activity.pk).sequence

    response = partner_client.post(
        base + "datum-gaat-toch-door/", {"datum": first.pk}, follow=True
    )
    assert "gaat weer door" in response.content.decode()
    first.refresh_from_db()
    assert not first.is_cancelled
    assert _statuses(activity) == ["CONFIRMED"] * 3
    assert not cancelled_starts(_feed(activity), activity.title)
    # Calendars take the change because the SEQUENCE went up.
    assert Activity.objects.get(pk=activity.pk).sequence > sequence
    # It survives the dates being worked out again from the rule.
    partner_client.post(base + "datum-laten-vervallen/", {"datum": first.pk})
    partner_client.post(base + "datum-gaat-toch-door/", {"datum": first.pk})
    activity_expand_occurrences(activity=Activity.objects.get(pk=activity.pk))
    assert _statuses(activity) == ["CONFIRMED"] * 3


def test_cancelling_the_whole_activity_asks_first(
    partner_client, organization, activity
):
    base = _base(organization, activity)
    edit = partner_client.get(base + "wijzigen/").content.decode()
    assert f'href="{base}gaat-niet-door/"' in edit
    question = partner_client.get(base + "gaat-niet-door/").content.decode()
    assert "De hele activiteit laten vervallen?" in question
    assert "Toelichting voor bezoekers (niet verplicht)" in question
    activity.refresh_from_db()
    assert activity.status == "scheduled"


def test_a_cancelled_activity_says_so_on_its_edit_page_and_can_go_ahead_again(
    partner_client, organization, activity
):
    base = _base(organization, activity)
    response = partner_client.post(
        base + "gaat-niet-door/", {"toelichting": "Zaal is dicht."}, follow=True
    )
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == base + "wijzigen/"
    assert "Deze activiteit gaat niet door" in html and "Zaal is dicht." in html
    assert _statuses(activity) == ["CANCELLED"] * 3

    response = partner_client.post(base + "gaat-toch-door/", follow=True)
    html = response.content.decode()
    assert "De activiteit gaat weer door." in html
    assert "Deze activiteit gaat niet door" not in html
    activity.refresh_from_db()
    assert activity.status == "scheduled" and activity.status_note == ""
    assert _statuses(activity) == ["CONFIRMED"] * 3
    public = Client().get(activity.get_absolute_url()).content.decode()
    assert "Gaat niet door" not in public and "Zaal is dicht." not in public


def test_undoing_the_activity_keeps_a_date_cancelled_on_its_own(
    partner_client, organization, activity
):
    first = activity.occurrences.order_by("start").first()
    base = _base(organization, activity)
    partner_client.post(base + "datum-laten-vervallen/", {"datum": first.pk})
    partner_client.post(base + "gaat-niet-door/")
    partner_client.post(base + "gaat-toch-door/")
    assert _statuses(activity) == ["CANCELLED", "CONFIRMED", "CONFIRMED"]


def test_a_date_of_another_organisation_cannot_be_undone(
    partner_client, organization, other, activity
):
    theirs = ActivityFactory(
        location=other.locations.first(), start_date=activity.start_date
    )
    occurrence = theirs.occurrences.get()
    occurrence.is_cancelled = True
    occurrence.save()
    response = partner_client.post(
        _base(organization, activity) + "datum-gaat-toch-door/",
        {"datum": occurrence.pk},
    )
    assert response.status_code == 404
    occurrence.refresh_from_db()
    assert occurrence.is_cancelled


@pytest.mark.parametrize("datum", ["²", "１", "abc"])
def test_a_date_that_is_no_number_is_not_found(
    partner_client, organization, activity, datum
):
    link = f"{_base(organization, activity)}datum-laten-vervallen/"
    assert partner_client.get(link, {"datum": datum}).status_code == 404
    assert partner_client.post(link, {"datum": datum}).status_code == 404
    assert _statuses(activity) == ["CONFIRMED", "CONFIRMED", "CONFIRMED"]
