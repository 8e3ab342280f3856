"""An offer's rules hold for the service itself, not only for the partner's
form: a submission or an approval with values that break them saves nothing
and says why in Dutch; descriptions are cleaned either way."""

import pytest
from django.core.exceptions import ValidationError

from partners.constants import ChangeStatus, ChangeTarget
from partners.models import Membership, PendingChange
from partners.services import pending_change_approve
from sociale_kaart.partner.offers import offer_data_of, service_submit
from tests.sociale_kaart.factories import ServiceFactory, ServiceScheduleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def own(partner):
    organization = Membership.objects.get(user=partner).organization
    service = ServiceFactory(organization=organization, name="Koffie-inloop")
    ServiceScheduleFactory(service=service, weekday=3)
    return service


def _pending(service, **changes) -> PendingChange:
    return PendingChange.objects.create(
        organization=service.organization,
        submitted_by=Membership.objects.get(organization=service.organization).user,
        target=ChangeTarget.SERVICE,
        service=service,
        data={**offer_data_of(service), **changes},
    )


def test_a_period_that_closes_before_it_opens_is_refused(partner, own):
    late = {"weekday": 2, "opens_at": "12:00", "closes_at": "10:00"}
    with pytest.raises(ValidationError) as caught:
        service_submit(
            organization=own.organization,
            user=partner,
            service=own,
            data={**offer_data_of(own), "name": "Inloop", "schedules": [late]},
        )
    assert "Openingstijd 1: De eindtijd ligt voor de begintijd." in (
        caught.value.messages
    )
    own.refresh_from_db()
    assert own.name == "Koffie-inloop"
    assert list(own.schedules.values_list("weekday", flat=True)) == [3]


def test_approval_refuses_crossed_ages_and_keeps_the_change_waiting(own, coordinator):
    change = _pending(own, name="Inloop", min_age=70, max_age=18)
    with pytest.raises(ValidationError) as caught:
        pending_change_approve(change=change, user=coordinator)
    assert "De minimumleeftijd is hoger dan de maximumleeftijd." in (
        caught.value.messages
    )
    change.refresh_from_db()
    own.refresh_from_db()
    assert change.status == ChangeStatus.PENDING and own.name == "Koffie-inloop"


def test_approval_refuses_a_theme_that_no_longer_exists(own, coordinator):
    change = _pending(own, themes=[987654])
    with pytest.raises(ValidationError) as caught:
        pending_change_approve(change=change, user=coordinator)
    assert "Deze keuze bestaat niet (meer). Kies uit de lijst." in (
        caught.value.messages
    )


def test_approval_cleans_the_description(own, coordinator):
    change = _pending(own, description="<p>Gezellig</p><script>alert('x')</script>")
    pending_change_approve(change=change, user=coordinator)
    own.refresh_from_db()
    assert "<script" not in own.description and "Gezellig" in own.description
