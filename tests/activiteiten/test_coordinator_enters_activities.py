"""Coordinators enter activities in the admin; mistakes get a clear Dutch message."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from activiteiten.constants import RegistrationMethod
from activiteiten.models import Activity, Occurrence
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.sociale_kaart.factories import LocationFactory

pytestmark = pytest.mark.django_db


def activity_form(location, **overrides):
    data = {
        "title": "Samen eten",
        "slug": "samen-eten",
        "description": "Een warme maaltijd met elkaar.",
        "organizations": [location.organization.pk],
        "location": location.pk,
        "address": "",
        "kern": "",
        "target_group": "everyone",
        "is_free": "on",
        "registration": "none",
        "registration_contact": "",
        "status": "scheduled",
        "start_date": "2026-10-06",
        "start_time": "10:00",
        "end_time": "12:00",
        "recurrence": "FREQ=WEEKLY;BYDAY=TU;COUNT=4",
        "exceptions-TOTAL_FORMS": "0",
        "exceptions-INITIAL_FORMS": "0",
        "occurrences-TOTAL_FORMS": "0",
        "occurrences-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def test_saving_in_admin_stores_the_dates(coordinator_client):
    location = LocationFactory()
    response = coordinator_client.post(
        "/admin/activiteiten/activity/add/", activity_form(location)
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    activity = Activity.objects.get(slug="samen-eten")
    assert activity.occurrences.count() == 4
    assert activity.kern == location.kern


def test_wrong_rule_gets_a_dutch_message_and_keeps_the_input(coordinator_client):
    location = LocationFactory()
    response = coordinator_client.post(
        "/admin/activiteiten/activity/add/",
        activity_form(location, recurrence="elke dinsdag"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "is geen onderdeel van een herhaalregel" in html
    assert 'value="elke dinsdag"' in html
    assert not Activity.objects.exists()


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=HOURLY", "Geef aan hoe vaak"),
        ("FREQ=WEEKLY;UNTIL=20270101;COUNT=3", "niet allebei"),
        ("FREQ=WEEKLY;UNTIL=morgen", "UNTIL=JJJJMMDD"),
        ("FREQ=WEEKLY;BYDAY=XX", "Deze herhaalregel klopt niet"),
        ("FREQ=WEEKLY;COLOR=RED", "Onbekend onderdeel"),
        ("FREQ=DAILY;BYHOUR=10,14", "één begintijd"),
        # 6 October 2026 is a Tuesday: a Wednesday rule does not fit it
        ("FREQ=WEEKLY;BYDAY=WE", "eerste datum past niet"),
    ],
)
def test_unusable_rules_are_refused_in_dutch(rule, message):
    activity = ActivityFactory.build(recurrence=rule, location=None, address="Kerk")
    with pytest.raises(ValidationError) as error:
        activity.clean()
    assert message in error.value.message_dict["recurrence"][0]


def test_place_is_required_either_from_the_map_or_typed():
    activity = ActivityFactory.build(location=None, address="")
    with pytest.raises(ValidationError) as error:
        activity.clean()
    assert "adres" in error.value.message_dict["address"][0]


@pytest.mark.parametrize(
    ("method", "contact", "ok"),
    [
        (RegistrationMethod.EMAIL, "info@voorbeeld.nl", True),
        (RegistrationMethod.EMAIL, "info at voorbeeld", False),
        (RegistrationMethod.LINK, "https://voorbeeld.nl/aanmelden", True),
        (RegistrationMethod.LINK, "javascript:alert(1)", False),
        (RegistrationMethod.PHONE, "010 123 45 67", True),
        (RegistrationMethod.PHONE, "bel maar", False),
        (RegistrationMethod.PHONE, "", False),
    ],
)
def test_registration_contact_must_fit_the_method(method, contact, ok):
    activity = ActivityFactory.build(
        location=None,
        address="Dorpshuis",
        registration=method,
        registration_contact=contact,
    )
    if ok:
        activity.clean()
    else:
        with pytest.raises(ValidationError) as error:
            activity.clean()
        assert "registration_contact" in error.value.message_dict


def test_campaign_image_needs_a_description():
    png = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 120, 40)).save(png, "PNG")
    campaign = CampaignFactory.build(
        image=SimpleUploadedFile("affiche.png", png.getvalue()), image_alt=""
    )
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert "afbeelding" in error.value.message_dict["image_alt"][0]
    campaign.image_alt = "Mensen drinken samen koffie"
    campaign.full_clean(exclude=["slug"])


def test_coordinator_cancels_one_date_from_the_admin(coordinator_client):
    activity = ActivityFactory(recurrence="FREQ=WEEKLY;COUNT=3")
    second = activity.occurrences.order_by("start")[1]
    response = coordinator_client.post(
        "/admin/activiteiten/occurrence/",
        {"action": "cancel_dates", "_selected_action": [second.pk]},
    )
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.is_cancelled
    assert activity.exceptions.get().date == second.date
    # the cancellation survives storing the dates again
    from activiteiten.services import activity_expand_occurrences

    activity_expand_occurrences(activity=activity, until=datetime.date(2027, 1, 1))
    assert Occurrence.objects.get(pk=second.pk).is_cancelled
    assert activity.occurrences.filter(is_cancelled=False).count() == 2


def test_coordinator_restores_a_cancelled_date(coordinator_client):
    activity = ActivityFactory(recurrence="FREQ=WEEKLY;COUNT=3")
    first = activity.occurrences.order_by("start")[0]
    from activiteiten.services import occurrence_cancel

    occurrence_cancel(occurrence=first, reason="Zaal bezet")
    coordinator_client.post(
        "/admin/activiteiten/occurrence/",
        {"action": "restore_dates", "_selected_action": [first.pk]},
    )
    first.refresh_from_db()
    assert not first.is_cancelled
    assert not activity.exceptions.exists()


def test_visitors_cannot_reach_the_admin_actions(client):
    activity = ActivityFactory(recurrence="FREQ=WEEKLY;COUNT=2")
    first = activity.occurrences.first()
    response = client.post(
        "/admin/activiteiten/occurrence/",
        {"action": "cancel_dates", "_selected_action": [first.pk]},
    )
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    first.refresh_from_db()
    assert not first.is_cancelled


def test_date_left_out_in_the_admin_is_stored_as_cancelled(coordinator_client):
    location = LocationFactory()
    data = activity_form(
        location,
        **{
            "exceptions-TOTAL_FORMS": "1",
            "exceptions-0-date": "2026-10-13",
            "exceptions-0-reason": "Herfstvakantie",
        },
    )
    response = coordinator_client.post("/admin/activiteiten/activity/add/", data)
    assert response.status_code == 302
    activity = Activity.objects.get(slug="samen-eten")
    cancelled = activity.occurrences.filter(is_cancelled=True)
    assert [o.date for o in cancelled] == [datetime.date(2026, 10, 13)]


def test_admin_pages_for_activities_and_dates_open(coordinator_client):
    activity = ActivityFactory(recurrence="FREQ=WEEKLY;COUNT=2")
    for url in (
        "/admin/activiteiten/activity/",
        "/admin/activiteiten/activity/add/",
        f"/admin/activiteiten/activity/{activity.pk}/change/",
        "/admin/activiteiten/occurrence/",
    ):
        response = coordinator_client.get(url)
        assert response.status_code == 200, url
    change = coordinator_client.get(
        f"/admin/activiteiten/activity/{activity.pk}/change/"
    )
    assert f"?activity__id__exact={activity.pk}" in change.content.decode()
