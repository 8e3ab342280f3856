"""Partners enter their organisation's activities in the partner area: live at once
or after a coordinator's approval, never another organisation's."""

import datetime

import pytest
from django.utils import timezone

from activiteiten.models import Activity, ActivityException
from partners.constants import MembershipRole
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.conftest import otp_verify
from tests.partners.activities.helpers import (
    TITLE,
    _data,
    _day,
    _edit_url,
    _new_url,
    _public,
)
from tests.partners.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_editor_enters_an_activity_that_goes_live_at_once(
    partner_client, organization, week
):
    response = partner_client.post(
        _new_url(organization),
        _data(
            organization,
            week,
            description='<a href="https://voorbeeld.nl">Info</a><script>x()</script>',
        ),
        follow=True,
    )
    assert "De activiteit staat op de site" in response.content.decode()
    activity = Activity.objects.get()
    assert list(activity.organizations.all()) == [organization]
    assert list(activity.campaigns.all()) == [week]
    assert "<script>" not in activity.description and "voorbeeld.nl" in (
        activity.description
    )
    pages = _public(week)
    assert "Kom erbij: spelletjesmiddag" in pages["programme"]
    assert "SUMMARY:Kom erbij: spelletjesmiddag" in pages["feed"]
    assert "Kom erbij: spelletjesmiddag" in pages["print"]


def test_weekly_choice_becomes_a_weekly_rule(partner_client, organization, week):
    until = _day(week, 20)
    partner_client.post(
        _new_url(organization),
        _data(organization, week, repeat="weekly", repeat_until=until.isoformat()),
    )
    activity = Activity.objects.get()
    day = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][_day(week).weekday()]
    assert activity.recurrence == f"FREQ=WEEKLY;BYDAY={day};UNTIL={until:%Y%m%d}"
    assert activity.occurrences.count() == 3


def test_editor_changes_own_activity_and_calendars_get_a_new_version(
    partner_client, organization, week
):
    activity = ActivityFactory(
        location=organization.locations.first(), start_date=_day(week)
    )
    response = partner_client.get(_edit_url(organization, activity))
    assert response.status_code == 200
    partner_client.post(
        _edit_url(organization, activity),
        _data(organization, week, title="Koffie met verhalen", start_time="15:00"),
    )
    activity.refresh_from_db()
    assert activity.title == "Koffie met verhalen"
    assert activity.sequence == 1
    assert activity.occurrences.get().start.astimezone().hour in (14, 15)
    local = timezone.localtime(activity.occurrences.get().start)
    assert local.hour == 15


def test_co_organiser_can_be_another_organisation_of_the_member(
    partner, partner_client, organization, week
):
    second = MembershipFactory(
        user=partner, organization__name="Bibliotheek"
    ).organization
    partner_client.post(
        _new_url(organization), _data(organization, week, co_organizers=[second.pk])
    )
    assert set(Activity.objects.get().organizations.all()) == {organization, second}


def test_preview_shows_the_public_page_and_saves_nothing(
    partner_client, organization, week
):
    data = _data(organization, week)
    del data["save"]
    data["preview"] = "1"
    html = partner_client.post(_new_url(organization), data).content.decode()
    assert "Voorbeeld van de openbare pagina" in html
    assert "Spelletjes en koffie." in html and "Buurthuis De Linde" in html
    assert not Activity.objects.exists()


def test_bad_input_gets_dutch_messages_and_keeps_what_was_typed(
    partner_client, organization, week
):
    html = partner_client.post(
        _new_url(organization),
        _data(organization, week, end_time="", repeat="weekly", location=""),
    ).content.decode()
    assert "Vul de eindtijd in." in html
    assert "Vul in tot en met welke datum het elke week is." in html
    assert TITLE in html
    assert not Activity.objects.exists()


# --- Another organisation: denied ----------------------------------------------


def test_another_organisations_activity_is_not_reachable(
    partner_client, organization, other, week
):
    theirs = ActivityFactory(location=other.locations.first(), start_date=_day(week))
    list_html = partner_client.get(
        f"/partner/organisatie/{organization.pk}/activiteiten/"
    ).content.decode()
    assert theirs.title not in list_html
    urls = [
        _edit_url(organization, theirs),
        _edit_url(other, theirs),
        f"/partner/organisatie/{other.pk}/activiteiten/",
        f"/partner/organisatie/{other.pk}/activiteiten/nieuw/",
    ]
    for url in urls:
        assert partner_client.get(url).status_code == 404, url
    assert (
        partner_client.post(
            _edit_url(organization, theirs), _data(organization, week)
        ).status_code
        == 404
    )
    base = f"/partner/organisatie/{organization.pk}/activiteiten/{theirs.pk}/"
    for action, data in (
        ("datum-laten-vervallen/", {"datum": theirs.occurrences.get().pk}),
        ("gaat-niet-door/", {}),
        ("aanmelden/", {"campaign": week.pk}),
    ):
        assert partner_client.post(base + action, data).status_code == 404
    theirs.refresh_from_db()
    assert theirs.title != TITLE and theirs.status == "scheduled"
    assert not ActivityException.objects.exists()


def test_date_of_another_activity_cannot_be_cancelled_through_ones_own(
    partner_client, organization, other, week
):
    mine = ActivityFactory(
        location=organization.locations.first(), start_date=_day(week)
    )
    theirs = ActivityFactory(location=other.locations.first(), start_date=_day(week))
    url = f"/partner/organisatie/{organization.pk}/activiteiten/{mine.pk}/"
    response = partner_client.post(
        url + "datum-laten-vervallen/", {"datum": theirs.occurrences.get().pk}
    )
    assert response.status_code == 404
    assert not theirs.occurrences.get().is_cancelled


@pytest.mark.parametrize("field", ["co_organizers", "location", "campaigns"])
def test_ids_of_another_organisation_or_an_ended_campaign_give_a_form_error(
    partner_client, organization, other, week, field
):
    mine = ActivityFactory(
        title="Eigen activiteit",
        location=organization.locations.first(),
        start_date=_day(week),
    )
    ended = CampaignFactory(
        start_date=datetime.date(2025, 9, 25), end_date=datetime.date(2025, 10, 1)
    )
    bad = {
        "co_organizers": [other.pk],
        "location": other.locations.first().pk,
        "campaigns": [ended.pk],
    }[field]
    for url in (_new_url(organization), _edit_url(organization, mine)):
        response = partner_client.post(url, _data(organization, week, **{field: bad}))
        assert response.status_code == 200
        assert "Selecteer een geldige keuze" in response.content.decode()
    assert Activity.objects.get() == mine
    mine.refresh_from_db()
    assert mine.title == "Eigen activiteit"
    assert list(mine.organizations.all()) == [organization]
    assert not mine.campaigns.exists()


def test_referral_handler_without_editor_role_cannot_enter_activities(
    client, organization, week
):
    handler = MembershipFactory(
        organization=organization, role=MembershipRole.REFERRAL_HANDLER
    ).user
    client.force_login(handler)
    # Referral handlers log in with a second factor; even then, no editing.
    otp_verify(client, handler)
    for url in (
        f"/partner/organisatie/{organization.pk}/activiteiten/",
        _new_url(organization),
    ):
        assert client.get(url).status_code == 404
    assert (
        client.post(_new_url(organization), _data(organization, week)).status_code
        == 404
    )
    assert not Activity.objects.exists()


def test_anonymous_visitor_is_sent_to_the_login(client, organization, week):
    response = client.post(_new_url(organization), _data(organization, week))
    assert response.status_code == 302 and "/partner/inloggen/" in response["Location"]
    assert not Activity.objects.exists()
