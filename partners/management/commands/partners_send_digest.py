"""``manage.py partners_send_digest``: mail coordinators the partners' changes."""

from django.core.management.base import BaseCommand

from partners.services.digest import digest_send


class Command(BaseCommand):
    help = (
        "Mail coordinators the changes partners made since the previous digest. "
        "Safe to re-run: changes already sent are not sent again."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Show what would be sent; send nothing.",
        )

    def handle(self, *args, dry_run: bool, **options) -> None:
        result = digest_send(dry_run=dry_run)
        prefix = "[dry-run] " if dry_run else ""
        self.stdout.write(
            f"{prefix}{len(result.records)} change(s), "
            f"{len(result.proposed)} proposed, {result.pending_count} pending, "
            f"{len(result.recipients)} recipient(s); "
            + ("sent." if result.sent else "nothing sent.")
        )
