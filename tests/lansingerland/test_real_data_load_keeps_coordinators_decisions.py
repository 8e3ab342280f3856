"""``load_real_data`` (run by every ``make run``) never undoes a coordinator:
deleted stays deleted, hidden stays hidden, edited stays edited."""

import pytest
from django.core.management import call_command

from activiteiten.models import Campaign, CampaignRuleRecord
from lansingerland.models import RealDataTombstone
from sociale_kaart.constants import OrganizationStatus
from sociale_kaart.models import Organization, TargetGroup

pytestmark = pytest.mark.django_db

LIBRARY = "Bibliotheek Oostland"
MEANING = "komt ook niet terug wanneer de standaardgegevens"


def test_an_organisation_deleted_in_the_admin_stays_deleted(
    real_data, coordinator_client
):
    library = Organization.objects.get(name=LIBRARY)
    url = f"/admin/sociale_kaart/organization/{library.pk}/delete/"
    assert MEANING in coordinator_client.get(url).content.decode()
    coordinator_client.post(url, {"post": "yes"})
    assert not Organization.objects.filter(name=LIBRARY).exists()

    call_command("load_real_data", verbosity=0)
    call_command("load_real_data", verbosity=0)

    assert not Organization.objects.filter(name=LIBRARY).exists()
    partners = coordinator_client.get("/manifest/").context["partners"]
    assert LIBRARY not in {partner.name for partner in partners}
    assert len(partners) == 20
    assert LIBRARY not in coordinator_client.get("/sociale-kaart/").content.decode()


def test_campaigns_and_target_groups_deleted_together_stay_deleted(
    real_data, coordinator_client
):
    weeks = list(Campaign.objects.order_by("year").values_list("pk", flat=True)[:2])
    page = coordinator_client.post(
        "/admin/activiteiten/campaign/",
        {"action": "delete_selected", "_selected_action": weeks},
    )
    assert MEANING in page.content.decode()
    coordinator_client.post(
        "/admin/activiteiten/campaign/",
        {"action": "delete_selected", "_selected_action": weeks, "post": "yes"},
    )
    group = TargetGroup.objects.first()
    coordinator_client.post(
        f"/admin/sociale_kaart/targetgroup/{group.pk}/delete/", {"post": "yes"}
    )
    campaigns, groups = Campaign.objects.count(), TargetGroup.objects.count()

    call_command("load_real_data", verbosity=0)

    assert Campaign.objects.count() == campaigns
    assert not Campaign.objects.filter(pk__in=weeks).exists()
    assert TargetGroup.objects.count() == groups
    assert not TargetGroup.objects.filter(slug=group.slug).exists()
    # One record of each delete: the target group's tombstone, and the yearly
    # rule's record of each deleted week, now without its campaign.
    assert RealDataTombstone.objects.count() == 1
    assert CampaignRuleRecord.objects.filter(campaign__isnull=True).count() == 2


def test_hidden_stays_hidden_and_edited_stays_edited(real_data):
    library = Organization.objects.get(name=LIBRARY)
    library.status = OrganizationStatus.HIDDEN
    library.description = "Tijdelijk gesloten wegens verbouwing."
    library.save()

    call_command("load_real_data", verbosity=0)

    library.refresh_from_db()
    assert library.status == OrganizationStatus.HIDDEN
    assert library.description == "Tijdelijk gesloten wegens verbouwing."
    assert Organization.objects.filter(name=LIBRARY).count() == 1


def test_removing_the_tombstone_lets_the_load_bring_it_back(
    real_data, coordinator_client
):
    library = Organization.objects.get(name=LIBRARY)
    coordinator_client.post(
        f"/admin/sociale_kaart/organization/{library.pk}/delete/", {"post": "yes"}
    )
    RealDataTombstone.objects.all().delete()
    call_command("load_real_data", verbosity=0)
    assert Organization.objects.filter(name=LIBRARY).exists()
