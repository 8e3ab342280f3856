"""Retention of join requests (aanmeldingen): their contact data goes too."""

import datetime as dt

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .erasure import personal_data_erase_everywhere


def join_requests_due(*, now: dt.datetime | None = None):
    """Join requests decided at least JOIN_REQUEST_DELETE_AFTER_DAYS days
    before ``now`` (aware, default now), or still undecided at least twice
    that long after they arrived."""
    join_request = apps.get_model("partners", "JoinRequest")
    now = now or timezone.now()
    days = dt.timedelta(days=settings.JOIN_REQUEST_DELETE_AFTER_DAYS)
    decided = join_request.objects.filter(decided_at__lte=now - days)
    forgotten = join_request.objects.filter(
        decided_at__isnull=True, created_at__lte=now - 2 * days
    )
    return decided | forgotten


def join_requests_delete_expired(
    *, now: dt.datetime | None = None, dry_run: bool = False
) -> int:
    """Delete the join requests ``join_requests_due`` names, with their mails,
    history, sessions and login logs; returns how many (would be) deleted."""
    due = list(join_requests_due(now=now))
    if dry_run:
        return len(due)
    with transaction.atomic():
        for request in due:
            personal_data_erase_everywhere(
                emails=[request.email],
                texts=[request.name] if len(request.name.split()) > 1 else [],
            )
            request.delete()
    return len(due)
