"""An activity's rules hold for the services themselves, not only for the
partner's form: values that break them, submitted or approved, save nothing
and say why in Dutch; descriptions are cleaned either way."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from activiteiten.models import Activity
from activiteiten.partner.services import activity_submit
from partners.constants import ChangeStatus
from partners.models import PendingChange
from partners.services import pending_change_approve

from .helpers import _data, _new_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def change(partner_client, organization, week, approval) -> PendingChange:
    partner_client.post(_new_url(organization), _data(organization, week))
    return PendingChange.objects.get()


def _approve_with(change, coordinator, **data) -> list[str]:
    change.data = {**change.data, **data}
    change.save()
    with pytest.raises(ValidationError) as caught:
        pending_change_approve(change=change, user=coordinator)
    change.refresh_from_db()
    assert change.status == ChangeStatus.PENDING
    assert not Activity.objects.exists()
    return caught.value.messages


def test_approval_refuses_a_co_organiser_the_partner_does_not_work_for(
    change, coordinator, other
):
    messages = _approve_with(change, coordinator, co_organizers=[other.pk])
    assert any("Kies alleen organisaties waarvoor u werkt." in m for m in messages)


def test_approval_refuses_a_location_of_another_organisation(
    change, coordinator, other
):
    location = other.locations.get()
    messages = _approve_with(change, coordinator, location=location.pk)
    assert any("Kies een locatie van uw organisatie." in m for m in messages)


def test_approval_refuses_weekly_without_a_last_date(change, coordinator):
    messages = _approve_with(change, coordinator, repeat="weekly", repeat_until=None)
    assert any("tot en met welke datum het elke week is" in m for m in messages)


def test_approval_cleans_the_description(change, coordinator):
    change.data = {**change.data, "description": "<p>Spel</p><script>x()</script>"}
    change.save()
    pending_change_approve(change=change, user=coordinator)
    activity = Activity.objects.get()
    assert "<script" not in activity.description and "Spel" in activity.description


def test_the_service_refuses_a_new_activity_in_the_past(change, partner, organization):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    data = {**change.data, "campaigns": [], "start_date": yesterday.isoformat()}
    with pytest.raises(ValidationError) as caught:
        activity_submit(
            organization=organization, user=partner, activity=None, data=data
        )
    assert any("Deze datum is al voorbij." in m for m in caught.value.messages)
    assert PendingChange.objects.count() == 1 and not Activity.objects.exists()
