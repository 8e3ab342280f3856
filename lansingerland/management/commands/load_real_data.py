"""``manage.py load_real_data``: the coalition's partners, target groups and
campaigns."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from activiteiten.yearly_campaigns import (
    campaigns_keep_yearly,
    campaigns_load_week_against_loneliness,
)
from lansingerland.services import site_contact_load
from sociale_kaart.services import (
    coalition_load,
    organizations_load_partners,
    services_load_projects,
    target_groups_load,
)


class Command(BaseCommand):
    help = (
        "Load the coalition and its partner organisations, the projects as "
        "offers, the sociale kaart's target groups and the Week tegen "
        "Eenzaamheid dates shipped with the project, and make this year's and "
        "next year's campaigns by their yearly rules. "
        "Creates what is missing; never changes what is already there, so it is "
        "safe to re-run."
    )

    def handle(self, *args, **options) -> None:
        organizations = organizations_load_partners()
        target_groups = target_groups_load()
        coalition = coalition_load()
        site_contact_load(email=coalition.email or settings.COALITION_EMAIL)
        offers = services_load_projects()
        campaigns = campaigns_load_week_against_loneliness()
        yearly = campaigns_keep_yearly(today=timezone.localdate())
        self.stdout.write(
            f"organisations: {organizations.created} created, "
            f"{organizations.unchanged} unchanged; "
            f"target groups: {target_groups.created} created, "
            f"{target_groups.unchanged} unchanged; "
            f"offers: {offers.created} created, {offers.unchanged} unchanged; "
            f"campaigns: {campaigns.created} created, {campaigns.unchanged} "
            f"unchanged; yearly campaigns: {yearly.created} created, "
            f"{yearly.unchanged} unchanged"
        )
