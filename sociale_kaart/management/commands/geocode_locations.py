"""Look up at PDOK the locations whose address changed or whose last lookup failed.

Safe to re-run (an unchanged, found address is skipped); ``--dry-run`` only
lists what would be looked up. Meant for cron after a PDOK outage, and for
the partner list's approximate points once a coordinator has typed addresses.
"""

from django.core.management.base import BaseCommand

from sociale_kaart.constants import GeocodeStatus
from sociale_kaart.models import Location
from sociale_kaart.services import location_geocode


class Command(BaseCommand):
    help = "Geocode changed or failed location addresses at PDOK."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        candidates = [
            loc
            for loc in Location.objects.exclude(street="").exclude(
                house_number__isnull=True
            )
            if loc.needs_geocoding
        ]
        counts: dict[str, int] = {}
        for location in candidates:
            if options["dry_run"]:
                self.stdout.write(f"would look up {location.pk}: {location.address}")
                continue
            status = location_geocode(location_id=location.pk).geocode_status
            counts[status] = counts.get(status, 0) + 1
        if not options["dry_run"]:
            found = counts.get(GeocodeStatus.FOUND, 0)
            self.stdout.write(
                f"{len(candidates)} looked up: {found} found, "
                f"{counts.get(GeocodeStatus.NOT_FOUND, 0)} not found, "
                f"{counts.get(GeocodeStatus.FAILED, 0)} failed."
            )
