"""A coordinator restoring an earlier version of an activity gets that
version's organisers and campaigns in the form, not today's."""

import pytest

from activiteiten.services import activity_save
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_restore_form_brings_back_the_versions_campaigns(coordinator_client):
    summer = CampaignFactory(title="Zomer samen")
    activity = ActivityFactory(title="Jeu de boules", campaigns=[summer])
    other = OrganizationFactory(name="Sportclub Anders")
    activity.title = "Jeu de boules op het plein"
    activity_save(activity=activity, organizations=[other], campaigns=[])
    version = next(
        record
        for record in activity.history.order_by("-history_date")
        if summer.pk in [row.campaign_id for row in record.campaigns.all()]
    )
    html = coordinator_client.get(
        f"/admin/activiteiten/activity/{activity.pk}/history/{version.history_id}/"
    ).content.decode()
    selected = html.split('name="campaigns"')[1].split("</select>")[0]
    assert f'value="{summer.pk}" selected' in selected
