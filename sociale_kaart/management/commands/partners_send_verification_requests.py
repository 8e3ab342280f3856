"""``manage.py partners_send_verification_requests``: the "klopt dit nog?" mails."""

from django.core.management.base import BaseCommand

from sociale_kaart.partner.verification import verification_requests_send


class Command(BaseCommand):
    help = (
        "Mail the editors of every organisation whose information is due for a "
        "check. Safe to re-run: one mail per organisation per cycle."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List who would be mailed; send nothing.",
        )

    def handle(self, *args, dry_run: bool, **options) -> None:
        organizations = verification_requests_send(dry_run=dry_run)
        prefix = "[dry-run] " if dry_run else ""
        for organization in organizations:
            self.stdout.write(f"{prefix}{organization.pk} {organization.name}")
        self.stdout.write(
            f"{prefix}{len(organizations)} organisation(s) asked to check."
        )
