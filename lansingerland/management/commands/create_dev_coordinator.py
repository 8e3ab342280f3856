"""``manage.py create_dev_coordinator``: a coordinator account for development."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError

from lansingerland.constants import COORDINATOR_GROUP
from lansingerland.services import staff_backup_tokens_reset

COORDINATOR_APPS = [
    "meldpunt",
    "sociale_kaart",
    "activiteiten",
    "lansingerland",
    "partners",
]


class Command(BaseCommand):
    help = (
        "Create (or reset) the development coordinator account and print its "
        "credentials: password and a one-time backup code for the second "
        "factor. Refuses to run when DEBUG is off."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="coordinator")

    def handle(self, *args, username: str, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("Only for development: set DEBUG=true.")
        group, _ = Group.objects.get_or_create(name=COORDINATOR_GROUP)
        group.permissions.set(
            Permission.objects.filter(content_type__app_label__in=COORDINATOR_APPS)
        )
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org"}
        )
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.add(group)
        (token,) = staff_backup_tokens_reset(user=user, count=1)
        self.stdout.write(
            self.style.SUCCESS(
                "Development coordinator for /admin/: "
                f"username {username!r}, password {password!r}, "
                f"backup code {token!r} (works once; then set up an "
                "authenticator app at /beheer/tweestapsverificatie/)"
            )
        )
