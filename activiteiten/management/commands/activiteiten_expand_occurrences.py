"""Store the dates of every activity up to the rolling horizon (daily cron job)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from activiteiten.services import activities_expand_occurrences, occurrence_horizon


class Command(BaseCommand):
    help = (
        "Expand recurring activities into stored dates up to the rolling horizon. "
        "Safe to re-run; --dry-run reports without writing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would change, change nothing.",
        )

    def handle(self, *args, dry_run: bool = False, **options):
        until = occurrence_horizon()
        with transaction.atomic():
            result = activities_expand_occurrences(until=until)
            if dry_run:
                transaction.set_rollback(True)
        prefix = "dry run: " if dry_run else ""
        self.stdout.write(
            f"{prefix}occurrences until {until.isoformat()}: "
            f"created={result.created} updated={result.updated} "
            f"deleted={result.deleted}"
        )
