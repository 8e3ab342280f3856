"""How current an organisation's information is: the verification rule.

An organisation's listing becomes due for a check, then outdated (the public
page says so), then expired (its offers leave public lists), counted from
``last_verified_at`` with the periods in settings. Dates are
Europe/Amsterdam.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Organization


class VerificationState(models.TextChoices):
    """How current an organisation's information is, from ``last_verified_at``."""

    FRESH = "fresh", _("actueel")
    DUE = "due", _("controle gevraagd")
    OUTDATED = "outdated", _("mogelijk verouderd")
    EXPIRED = "expired", _("verlopen: aanbod niet getoond")


def days_after_check() -> dict[str, int]:
    """Days after the last check (or creation) at which an organisation
    becomes due, outdated and expired, by VerificationState value, from
    settings ``PARTNERS_VERIFICATION_PERIOD_DAYS`` (due), then
    ``PARTNERS_VERIFICATION_GRACE_DAYS`` more (outdated) and
    ``PARTNERS_VERIFICATION_EXPIRY_DAYS`` after due (expired)."""
    due = settings.PARTNERS_VERIFICATION_PERIOD_DAYS
    return {
        VerificationState.DUE: due,
        VerificationState.OUTDATED: due + settings.PARTNERS_VERIFICATION_GRACE_DAYS,
        VerificationState.EXPIRED: due + settings.PARTNERS_VERIFICATION_EXPIRY_DAYS,
    }


def verification_dates(organization: Organization) -> dict[str, datetime.date]:
    """The days on which ``organization`` becomes due, outdated and expired
    (keys "due", "outdated", "expired"; ``days_after_check``), counted from
    ``last_verified_at`` or the day it was created when never checked;
    Europe/Amsterdam dates."""
    base = organization.last_verified_at or timezone.localdate(organization.created_at)
    return {
        str(state): base + datetime.timedelta(days=days)
        for state, days in days_after_check().items()
    }


def in_state_or_later(state: str, today: datetime.date | None = None) -> Q:
    """A filter of organisations in ``state`` ("due", "outdated" or "expired")
    or a later one on ``today`` (default today in Europe/Amsterdam)."""
    today = today or timezone.localdate()
    limit = today - datetime.timedelta(days=days_after_check()[state])
    return Q(last_verified_at__lte=limit) | Q(
        last_verified_at__isnull=True, created_at__date__lte=limit
    )


def not_expired(today: datetime.date | None = None, *, prefix: str = "") -> Q:
    """A filter of organisations not (yet) EXPIRED on ``today`` (default today
    in Europe/Amsterdam): the opposite of ``in_state_or_later(EXPIRED)``.
    ``prefix`` reaches them through a relation (``"organization__"`` from
    offers), so the condition is tested on the joined row instead of a
    subquery of ids."""
    today = today or timezone.localdate()
    limit = today - datetime.timedelta(
        days=days_after_check()[VerificationState.EXPIRED]
    )
    return Q(**{f"{prefix}last_verified_at__gt": limit}) | Q(
        **{
            f"{prefix}last_verified_at__isnull": True,
            f"{prefix}created_at__date__gt": limit,
        }
    )


def organization_verification_state(
    organization: Organization, today: datetime.date | None = None
) -> VerificationState:
    """FRESH, DUE (members asked to check), OUTDATED (the public page says the
    information may be outdated) or EXPIRED (its services should not be
    listed until someone confirms). ``today`` defaults to today in
    Europe/Amsterdam."""
    today = today or timezone.localdate()
    dates = verification_dates(organization)
    if today >= dates["expired"]:
        return VerificationState.EXPIRED
    if today >= dates["outdated"]:
        return VerificationState.OUTDATED
    if today >= dates["due"]:
        return VerificationState.DUE
    return VerificationState.FRESH


def organizations_stale(today: datetime.date | None = None) -> QuerySet[Organization]:
    """Organisations whose information is due for a check or older (a filter
    for lists and admin), by oldest check first."""
    return Organization.objects.filter(
        in_state_or_later(VerificationState.DUE, today)
    ).order_by("last_verified_at", "name")


def organization_ids_expired(today: datetime.date | None = None) -> QuerySet:
    """Ids of organisations in the EXPIRED state, for excluding their services
    from public lists: ``Service.objects.exclude(organization__in=...)``."""
    return Organization.objects.filter(
        in_state_or_later(VerificationState.EXPIRED, today)
    ).values("pk")
