"""Partners enter their organisation's activities in the partner area: live at once
or after a coordinator's approval, never another organisation's."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from activiteiten.models import Activity, ActivityException
from partners.constants import ChangeStatus, MembershipRole
from partners.models import Membership, PendingChange
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.activiteiten.ical import parse_strictly
from tests.conftest import otp_verify
from tests.partners.factories import MembershipFactory, PartnerSettingsFactory
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
)

pytestmark = pytest.mark.django_db

TITLE = "Kom erbij: spelletjesmiddag"


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


@pytest.fixture
def other():
    """Organisation B, with a location and an activity of its own."""
    other = OrganizationFactory(name="Sportclub Anders")
    LocationFactory(organization=other)
    return other


@pytest.fixture
def week():
    """A Week tegen Eenzaamheid that starts in ten days."""
    start = timezone.localdate() + datetime.timedelta(days=10)
    return CampaignFactory(
        kind="week-tegen-eenzaamheid",
        title="Week tegen Eenzaamheid proef",
        slug="week-tegen-eenzaamheid-proef",
        start_date=start,
        end_date=start + datetime.timedelta(days=6),
    )


def _day(week, offset=1):
    return week.start_date + datetime.timedelta(days=offset)


def _data(organization, week, **changes):
    data = {
        "title": TITLE,
        "description": "Spelletjes en koffie.",
        "campaigns": [week.pk],
        "repeat": "once",
        "repeat_until": "",
        "start_date": _day(week).isoformat(),
        "start_time": "14:00",
        "end_time": "16:00",
        "location": organization.locations.first().pk,
        "address": "",
        "target_group": "everyone",
        "is_free": "on",
        "cost": "",
        "registration": "none",
        "registration_contact": "",
        "max_participants": "",
        "accessibility": "",
        "save": "1",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def _new_url(organization):
    return f"/partner/organisatie/{organization.pk}/activiteiten/nieuw/"


def _edit_url(organization, activity):
    return (
        f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/wijzigen/"
    )


def _public(week) -> dict[str, str]:
    """The programme, feed and print as a visitor gets them."""
    client = Client()
    url = week.get_absolute_url()
    return {
        "programme": client.get(url).content.decode(),
        "feed": client.get(f"{url}agenda.ics").content.decode(),
        "print": client.get(f"{url}afdrukken/").content.decode(),
    }


# --- Entering and changing: allowed --------------------------------------------


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


# --- Approval --------------------------------------------------------------------


@pytest.fixture
def coordinator_browser(coordinator):
    """The coordinator in a browser of their own (password and second factor)."""
    browser = Client()
    browser.force_login(coordinator)
    otp_verify(browser, coordinator)
    return browser


@pytest.fixture
def approval(organization):
    return PartnerSettingsFactory(organization=organization, changes_need_approval=True)


def _approve(coordinator_browser, change, action="approve"):
    return coordinator_browser.post(
        "/admin/partners/pendingchange/",
        {"action": action, "_selected_action": [change.pk]},
        follow=True,
    )


def test_with_approval_a_new_activity_is_public_only_after_approval(
    partner_client,
    organization,
    week,
    approval,
    coordinator_browser,
    django_capture_on_commit_callbacks,
):
    response = partner_client.post(
        _new_url(organization), _data(organization, week), follow=True
    )
    assert "Een coördinator kijkt de activiteit na" in response.content.decode()
    assert TITLE in response.content.decode()  # listed as waiting
    assert not Activity.objects.exists()
    assert all(TITLE not in html for html in _public(week).values())

    change = PendingChange.objects.get()
    html = coordinator_browser.get(
        f"/admin/partners/pendingchange/{change.pk}/change/"
    ).content.decode()
    assert "Nieuwe activiteit" in html and "Week tegen Eenzaamheid proef" in html
    with django_capture_on_commit_callbacks(execute=True):
        _approve(coordinator_browser, change)

    change.refresh_from_db()
    assert change.status == ChangeStatus.APPROVED and change.activity is not None
    pages = _public(week)
    assert TITLE in pages["programme"] and TITLE in pages["print"]
    feed = parse_strictly(pages["feed"].encode())
    assert TITLE in [str(e["SUMMARY"]) for e in feed.walk("VEVENT")]
    decision = mail.outbox[-1]
    assert decision.to == ["anna.devries@voorbeeld.nl"]
    assert "activiteitenagenda" in decision.body
    assert "sociale kaart" not in decision.body


def test_rejected_activity_is_never_shown(
    partner_client, organization, week, approval, coordinator_browser
):
    partner_client.post(_new_url(organization), _data(organization, week))
    change = PendingChange.objects.get()
    _approve(coordinator_browser, change, action="reject")
    change.refresh_from_db()
    assert change.status == ChangeStatus.REJECTED
    assert not Activity.objects.exists()
    assert all(TITLE not in html for html in _public(week).values())


def test_with_approval_an_edit_waits_and_the_public_version_stays(
    partner_client, organization, week, approval, coordinator_browser
):
    activity = ActivityFactory(
        title="Koffieochtend",
        location=organization.locations.first(),
        start_date=_day(week),
        campaigns=[week],
    )
    partner_client.post(
        _edit_url(organization, activity), _data(organization, week, title=TITLE)
    )
    activity.refresh_from_db()
    assert activity.title == "Koffieochtend" and activity.sequence == 0
    assert TITLE not in _public(week)["programme"]
    change = PendingChange.objects.get()
    html = coordinator_browser.get(
        f"/admin/partners/pendingchange/{change.pk}/change/"
    ).content.decode()
    assert "Koffieochtend" in html and TITLE in html
    _approve(coordinator_browser, change)
    activity.refresh_from_db()
    assert activity.title == TITLE and activity.sequence == 1
    assert TITLE in _public(week)["programme"]


def test_approval_refuses_values_that_no_longer_fit(
    partner_client, organization, week, approval, coordinator_browser
):
    partner_client.post(_new_url(organization), _data(organization, week))
    week.end_date = week.start_date = timezone.localdate() - datetime.timedelta(days=1)
    week.save()
    change = PendingChange.objects.get()
    response = _approve(coordinator_browser, change)
    assert "niet overgenomen" in response.content.decode()
    change.refresh_from_db()
    assert change.status == ChangeStatus.PENDING
    assert not Activity.objects.exists()


# --- Campaign sign-up, cancelling, offers -----------------------------------------


def test_existing_activity_is_signed_up_for_a_campaign(
    partner_client, organization, week, client
):
    activity = ActivityFactory(
        title="Koffieochtend",
        location=organization.locations.first(),
        start_date=_day(week),
    )
    html = partner_client.get(
        f"/partner/organisatie/{organization.pk}/activiteiten/"
    ).content.decode()
    assert "Week tegen Eenzaamheid proef" in html
    partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/aanmelden/",
        {"campaign": week.pk},
    )
    assert list(activity.campaigns.all()) == [week]
    assert "Koffieochtend" in Client().get(week.get_absolute_url()).content.decode()


def test_sign_up_for_an_ended_campaign_is_refused(partner_client, organization, week):
    activity = ActivityFactory(
        location=organization.locations.first(), start_date=_day(week)
    )
    ended = CampaignFactory(
        start_date=datetime.date(2025, 9, 25), end_date=datetime.date(2025, 10, 1)
    )
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/aanmelden/",
        {"campaign": ended.pk},
        follow=True,
    )
    assert "Kies een campagne die nog niet voorbij is." in response.content.decode()
    assert not activity.campaigns.exists()


def test_partner_cancels_one_date_and_then_the_whole_activity(
    partner_client, organization, week, client
):
    activity = ActivityFactory(
        title="Koffieochtend",
        location=organization.locations.first(),
        start_date=week.start_date,
        recurrence="FREQ=DAILY;COUNT=3",
        campaigns=[week],
    )
    first = activity.occurrences.order_by("start").first()
    base = f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/"
    partner_client.post(base + "datum-laten-vervallen/", {"datum": first.pk})
    # The cancelled date stays in the programme, saying it does not go ahead.
    programme = Client().get(week.get_absolute_url()).content.decode()
    assert programme.count("Koffieochtend") == 3
    assert programme.count("<strong>Gaat niet door</strong>") == 1
    partner_client.post(base + "gaat-niet-door/", {"toelichting": "Zaal is dicht."})
    html = Client().get(activity.get_absolute_url()).content.decode()
    assert "Gaat niet door." in html and "Zaal is dicht." in html


def test_partner_features_own_offer_after_approval(
    partner_client, organization, week, approval, coordinator_browser
):
    service = ServiceFactory(organization=organization, name="Wekelijkse inloop")
    ServiceScheduleFactory(service=service, weekday=_day(week).isoweekday())
    url = f"/partner/organisatie/{organization.pk}/activiteiten/vast-aanbod/"
    partner_client.post(url, {"service": service.pk, "campaign": week.pk})
    assert not Activity.objects.exists()
    change = PendingChange.objects.get()
    html = coordinator_browser.get(
        f"/admin/partners/pendingchange/{change.pk}/change/"
    ).content.decode()
    assert "Wekelijkse inloop" in html
    _approve(coordinator_browser, change)
    assert "Wekelijkse inloop" in Client().get(week.get_absolute_url()).content.decode()


def test_partner_cannot_feature_another_organisations_offer(
    partner_client, organization, other, week
):
    theirs = ServiceFactory(organization=other)
    ServiceScheduleFactory(service=theirs)
    url = f"/partner/organisatie/{organization.pk}/activiteiten/vast-aanbod/"
    response = partner_client.post(
        url, {"service": theirs.pk, "campaign": week.pk}, follow=True
    )
    assert "Kies een aanbod van uw organisatie." in response.content.decode()
    assert not Activity.objects.exists() and not PendingChange.objects.exists()


def test_one_off_offer_gives_the_partner_a_clear_message(
    partner_client, organization, week
):
    service = ServiceFactory(organization=organization)
    url = f"/partner/organisatie/{organization.pk}/activiteiten/vast-aanbod/"
    response = partner_client.post(
        url, {"service": service.pk, "campaign": week.pk}, follow=True
    )
    assert "geen vaste dagen en tijden" in response.content.decode()
    assert not Activity.objects.exists()


def test_history_names_the_partner_also_after_approval(
    partner, partner_client, organization, week, approval, coordinator_browser
):
    partner_client.post(_new_url(organization), _data(organization, week))
    _approve(coordinator_browser, PendingChange.objects.get())
    record = Activity.objects.get().history.order_by("history_date").first()
    assert record.history_user == partner
    assert record.history_change_reason == "goedgekeurd door coordinator"


def test_calendar_gets_the_description_as_plain_text(
    partner_client, organization, week
):
    partner_client.post(
        _new_url(organization),
        _data(
            organization,
            week,
            description='Thee & koffie, <a href="https://voorbeeld.nl">meer info</a>',
        ),
    )
    activity = Activity.objects.get()
    feed = parse_strictly(
        Client().get(f"/activiteiten/activiteit/{activity.slug}/agenda.ics").content
    )
    [event] = feed.walk("VEVENT")
    description = str(event["DESCRIPTION"])
    assert description.startswith("Thee & koffie, meer info")
    assert "<a" not in description and "&amp;" not in description
    page = Client().get(activity.get_absolute_url()).content.decode()
    assert '<a href="https://voorbeeld.nl" rel="noopener noreferrer">meer info</a>' in (
        page
    )


def test_activity_list_uses_as_many_queries_for_three_as_for_twelve(
    partner_client, organization, week
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = f"/partner/organisatie/{organization.pk}/activiteiten/"
    counts = []
    for number in (3, 9):
        for _ in range(number - Activity.objects.count()):
            ActivityFactory(
                location=organization.locations.first(),
                start_date=_day(week),
                recurrence="FREQ=DAILY;COUNT=2",
                campaigns=[week],
            )
        with CaptureQueriesContext(connection) as queries:
            assert partner_client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_fields_outside_the_form_are_ignored(partner_client, organization, other, week):
    theirs = ServiceFactory(organization=other)
    partner_client.post(
        _new_url(organization),
        _data(
            organization,
            week,
            organizations=[other.pk],
            service=theirs.pk,
            slug="gekozen-adres",
            status="cancelled",
            sequence="99",
        ),
    )
    activity = Activity.objects.get()
    assert list(activity.organizations.all()) == [organization]
    assert activity.service is None and activity.slug != "gekozen-adres"
    assert activity.status == "scheduled" and activity.sequence == 0


def test_cancelling_a_date_names_it_in_words(partner_client, organization, week):
    day = datetime.date(2026, 12, 15)
    week.start_date, week.end_date = day, day
    week.save()
    activity = ActivityFactory(
        location=organization.locations.first(), start_date=day, campaigns=[week]
    )
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/{activity.pk}/"
        "datum-laten-vervallen/",
        {"datum": activity.occurrences.get().pk},
        follow=True,
    )
    html = response.content.decode()
    assert "De datum dinsdag 15 december 2026 vervalt." in html
    assert "15-12-2026" not in html


def test_activity_form_checks_input_plainly(partner_client, organization, week):
    data = _data(organization, week)
    data.update(
        registration="phone",
        registration_contact="bel ons",
        max_participants="-3",
    )
    html = partner_client.post(_new_url(organization), data).content.decode()
    assert "Vul een telefoonnummer in, zoals 010 123 45 67." in html
    assert "Vul een aantal in vanaf 1." in html
    assert "Zorg ervoor dat" not in html
    assert "HTML-codes" not in html
    assert not Activity.objects.exists()
    assert 'value="bel ons"' in html
