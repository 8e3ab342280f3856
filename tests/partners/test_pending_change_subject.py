"""The coordinators' list of proposed changes names what each change is about."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners.constants import ChangeTarget
from partners.models import PendingChange
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db

LIST = "/admin/partners/pendingchange/"


def _subjects(coordinator_client) -> list[str]:
    response = coordinator_client.get(LIST)
    admin = response.context["cl"].model_admin
    return [admin.subject(change) for change in response.context["cl"].result_list]


def _one_of_each(organization, n: int) -> None:
    """Five pending changes, one per kind of subject; ``n`` makes names unique."""
    location = LocationFactory(
        organization=organization,
        name=f"Dorpshuis {n}",
        street="Dorpsstraat",
        house_number=n + 1,
    )
    activity = ActivityFactory(title=f"Koffieochtend {n}", location=location)
    service = ServiceFactory(organization=organization, name=f"Inloop {n}")
    campaign = CampaignFactory()
    for target, fields, data in [
        (ChangeTarget.ACTIVITY, {"activity": activity}, {"title": "Nieuwe titel"}),
        (ChangeTarget.ACTIVITY, {}, {"title": f"Spelletjesmiddag {n}"}),
        (ChangeTarget.SERVICE, {"service": service}, {"name": f"Inloop {n}"}),
        (ChangeTarget.LOCATION, {"location": location}, {"name": "Ander huis"}),
        (
            ChangeTarget.ACTIVITY,
            {},
            {"feature_service": service.pk, "campaign": campaign.pk},
        ),
    ]:
        PendingChange.objects.create(
            organization=organization, target=target, data=data, **fields
        )


def test_each_change_names_its_subject(coordinator_client):
    organization = OrganizationFactory(name="Buurthuis De Linde")
    _one_of_each(organization, 1)
    subjects = _subjects(coordinator_client)
    assert sorted(subjects) == sorted(
        [
            "Koffieochtend 1",
            "Spelletjesmiddag 1 (nieuw)",
            "Inloop 1",
            "Dorpshuis 1, Dorpsstraat 2, 2651 AB, Berkel en Rodenrijs",
            "Inloop 1 (vast aanbod in campagne)",
        ]
    )
    html = coordinator_client.get(LIST).content.decode()
    assert "onderwerp" in html.lower() and "Spelletjesmiddag 1 (nieuw)" in html


def test_two_activity_changes_are_told_apart(coordinator_client):
    organization = OrganizationFactory()
    for title in ("Koffieochtend", "Wandelclub"):
        PendingChange.objects.create(
            organization=organization,
            target=ChangeTarget.ACTIVITY,
            activity=ActivityFactory(title=title),
            data={"title": title},
        )
    html = coordinator_client.get(LIST).content.decode()
    assert "Koffieochtend" in html and "Wandelclub" in html


def test_list_needs_as_many_queries_for_fifteen_changes_as_for_five(
    coordinator_client, django_assert_num_queries
):
    organization = OrganizationFactory()
    _one_of_each(organization, 1)
    with CaptureQueriesContext(connection) as few:
        coordinator_client.get(LIST)
    for n in range(2, 4):
        _one_of_each(OrganizationFactory(), n)
    assert PendingChange.objects.count() >= 10
    with django_assert_num_queries(len(few.captured_queries)):
        coordinator_client.get(LIST)
