"""``manage.py meldpunt_retention [--dry-run]``: apply the retention schedule.

Anonymises finished reports after MELDPUNT_ANONYMISE_AFTER_DAYS and deletes
them after MELDPUNT_DELETE_AFTER_DAYS, leaving a statistics record; deletes
join requests after JOIN_REQUEST_DELETE_AFTER_DAYS. Safe to
run again at any time; run daily from cron (docs/meldpunt.md).
"""

from django.core.management.base import BaseCommand

from lansingerland.retention import join_requests_delete_expired
from meldpunt.services import retention_run


class Command(BaseCommand):
    help = "Anonymise and delete closed meldpunt reports whose retention period ended."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count; change nothing."
        )

    def handle(self, *args, dry_run: bool, **options) -> None:
        counts = retention_run(dry_run=dry_run)
        join_requests = join_requests_delete_expired(dry_run=dry_run)
        prefix = "Would anonymise" if dry_run else "Anonymised"
        self.stdout.write(
            f"{prefix} {counts['anonymised']} report(s); "
            f"{'would delete' if dry_run else 'deleted'} {counts['deleted']}; "
            f"join requests {'to delete' if dry_run else 'deleted'}: {join_requests}."
        )
