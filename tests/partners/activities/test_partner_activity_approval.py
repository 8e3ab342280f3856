"""Partners' activities with a coordinator's approval, campaign sign-up,
cancelling, regular offers in a campaign, history and calendars."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from activiteiten.models import Activity
from partners.constants import ChangeStatus
from partners.models import PendingChange
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.activiteiten.ical import parse_strictly
from tests.partners.activities.helpers import (
    TITLE,
    _approve,
    _data,
    _day,
    _edit_url,
    _new_url,
    _public,
)
from tests.sociale_kaart.factories import (
    ServiceFactory,
    ServiceScheduleFactory,
)

pytestmark = pytest.mark.django_db


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
