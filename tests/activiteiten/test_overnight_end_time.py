"""An end time before the start means "the next day" (23:00-01:00), but an
activity of more than twelve hours past midnight is a likely typing error: the
admin, the partner form and a resident's proposal all ask to check the end
time."""

import datetime

import pytest
from django.utils import timezone

from activiteiten.models import Activity, ActivityProposal
from partners.models import Membership
from tests.activiteiten.test_coordinator_enters_activities import activity_form
from tests.activiteiten.test_resident_proposes_an_activity import URL, proposal_data
from tests.sociale_kaart.factories import LocationFactory

pytestmark = pytest.mark.django_db

CHECK = "Eindigt de activiteit echt de volgende dag om 13:00? Controleer de eindtijd."


def test_admin_keeps_a_night_activity(coordinator_client):
    response = coordinator_client.post(
        "/admin/activiteiten/activity/add/",
        activity_form(
            LocationFactory(), start_time="23:00", end_time="01:00", recurrence=""
        ),
    )
    assert response.status_code == 302
    occurrence = Activity.objects.get().occurrences.get()
    assert occurrence.local_end - occurrence.local_start == datetime.timedelta(hours=2)


def test_admin_asks_to_check_an_end_time_before_the_start(coordinator_client):
    response = coordinator_client.post(
        "/admin/activiteiten/activity/add/",
        activity_form(
            LocationFactory(), start_time="14:00", end_time="13:00", recurrence=""
        ),
    )
    assert response.status_code == 200
    assert CHECK in response.content.decode()
    assert not Activity.objects.exists()


@pytest.mark.parametrize(
    ("start", "end", "saved"),
    [("23:00", "01:00", True), ("20:00", "08:00", True), ("14:00", "13:00", False)],
)
def test_partner_form_agrees(partner, partner_client, start, end, saved):
    organization = Membership.objects.get(user=partner).organization
    day = timezone.localdate() + datetime.timedelta(days=5)
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/activiteiten/nieuw/",
        {
            "title": "Sterrenkijken",
            "repeat": "once",
            "start_date": day.isoformat(),
            "start_time": start,
            "end_time": end,
            "location": organization.locations.first().pk,
            "target_group": "everyone",
            "registration": "none",
            "save": "1",
        },
    )
    assert Activity.objects.exists() is saved
    if not saved:
        html = response.content.decode()
        assert CHECK in html
        assert 'value="13:00"' in html


@pytest.mark.parametrize(("end", "refused"), [("13:00", True), ("01:00", False)])
def test_a_residents_proposal_follows_the_same_rule(client, end, refused):
    """Was: the public proposal form accepted 14:00-13:00 (23 hours)."""
    start = "23:00" if not refused else "14:00"
    data = proposal_data(start_time=start, end_time=end, repeat="once")
    response = client.post(URL, data)
    if refused:
        assert response.status_code == 200
        html = response.content.decode()
        assert CHECK in html
        assert 'value="Breicafé in de bieb"' in html and 'value="13:00"' in html
        assert not ActivityProposal.objects.exists()
    else:
        assert response.status_code == 302
        assert ActivityProposal.objects.get().end_time == datetime.time(1, 0)
