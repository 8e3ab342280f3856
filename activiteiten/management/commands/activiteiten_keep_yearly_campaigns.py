"""Make this year's and next year's campaigns by their rules (daily job)."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from activiteiten.yearly_campaigns import campaigns_keep_yearly


class Command(BaseCommand):
    help = (
        "Make the Week tegen Eenzaamheid, December and summer campaigns of this "
        "year and the next by their rules, marked approximate. Never changes or "
        "re-creates a campaign a coordinator changed, moved or deleted. Safe to "
        "re-run; --dry-run reports without writing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would change, change nothing.",
        )

    def handle(self, *args, dry_run: bool = False, **options):
        today = timezone.localdate()
        with transaction.atomic():
            result = campaigns_keep_yearly(today=today)
            if dry_run:
                transaction.set_rollback(True)
        prefix = "dry run: " if dry_run else ""
        self.stdout.write(
            f"{prefix}yearly campaigns for {today.year} and {today.year + 1}: "
            f"created={result.created} already there={result.unchanged}"
        )
