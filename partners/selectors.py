"""Reads of the partner area: what a member may reach, how current a listing is."""

import datetime

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from sociale_kaart.models import (
    Location,
    Organization,
    Service,
    ServiceClosure,
    ServiceSchedule,
)

from .constants import ChangeStatus, MembershipRole, VerificationState
from .models import Membership, PendingChange


def organizations_for_member(
    user: AbstractBaseUser,
    *,
    role: str = MembershipRole.EDITOR,
    today: datetime.date | None = None,
) -> QuerySet[Organization]:
    """Organisations ``user`` may edit today: an active membership with ``role``.

    Staff and anonymous users get none (coordinators work in /admin/). Every
    partner view looks objects up through this queryset, so another
    organisation's id gives a 404.
    """
    if not user.is_authenticated or user.is_staff:
        return Organization.objects.none()
    memberships = Membership.objects.active(today).filter(user=user, role=role)
    return Organization.objects.filter(
        pk__in=memberships.values("organization_id")
    ).order_by("name")


def organizations_for_dashboard(user: AbstractBaseUser) -> QuerySet[Organization]:
    """The member's organisations with locations, offers and open pending
    changes prefetched (a constant number of queries)."""
    return organizations_for_member(user).prefetch_related(
        Prefetch("locations", queryset=Location.objects.order_by("pk")),
        Prefetch("services", queryset=Service.objects.order_by("name", "pk")),
        Prefetch(
            "pending_changes",
            queryset=PendingChange.objects.filter(status=ChangeStatus.PENDING),
            to_attr="open_changes",
        ),
    )


def verification_dates(organization: Organization) -> dict[str, datetime.date]:
    """The days on which ``organization`` becomes due, outdated and expired.

    Counted from ``last_verified_at`` (or the day it was created when never
    checked), Europe/Amsterdam dates, with the periods from settings:
    ``PARTNERS_VERIFICATION_PERIOD_DAYS`` (due), then
    ``PARTNERS_VERIFICATION_GRACE_DAYS`` more (outdated) and
    ``PARTNERS_VERIFICATION_EXPIRY_DAYS`` after due (expired).
    """
    base = organization.last_verified_at or timezone.localdate(organization.created_at)
    due = base + datetime.timedelta(days=settings.PARTNERS_VERIFICATION_PERIOD_DAYS)
    return {
        "due": due,
        "outdated": due
        + datetime.timedelta(days=settings.PARTNERS_VERIFICATION_GRACE_DAYS),
        "expired": due
        + datetime.timedelta(days=settings.PARTNERS_VERIFICATION_EXPIRY_DAYS),
    }


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
    today = today or timezone.localdate()
    limit = today - datetime.timedelta(days=settings.PARTNERS_VERIFICATION_PERIOD_DAYS)
    return Organization.objects.filter(
        Q(last_verified_at__lte=limit)
        | Q(last_verified_at__isnull=True, created_at__date__lte=limit)
    ).order_by("last_verified_at", "name")


def organization_ids_expired(today: datetime.date | None = None) -> QuerySet:
    """Ids of organisations in the EXPIRED state, for excluding their services
    from public lists: ``Service.objects.exclude(organization__in=...)``."""
    today = today or timezone.localdate()
    limit = today - datetime.timedelta(
        days=settings.PARTNERS_VERIFICATION_PERIOD_DAYS
        + settings.PARTNERS_VERIFICATION_EXPIRY_DAYS
    )
    return Organization.objects.filter(
        Q(last_verified_at__lte=limit)
        | Q(last_verified_at__isnull=True, created_at__date__lte=limit)
    ).values("pk")


def organization_editors_emails(organization: Organization) -> list[str]:
    """E-mail addresses of the organisation's active editors."""
    return list(
        Membership.objects.active()
        .filter(organization=organization, role=MembershipRole.EDITOR)
        .exclude(user__email="")
        .values_list("user__email", flat=True)
        .distinct()
    )


def member_needs_two_factor(
    user: AbstractBaseUser, *, today: datetime.date | None = None
) -> bool:
    """True for a user with an active referral-handler membership: they see
    reporters' personal data, so they log in with a second factor."""
    return (
        Membership.objects.active(today)
        .filter(user=user, role=MembershipRole.REFERRAL_HANDLER)
        .exists()
    )


def offer_history(organization: Organization, *, limit: int = 50) -> list:
    """The latest history rows of ``organization``'s offers, their weekly periods
    and closures, newest first (at most ``limit``). Each row gets ``label``:
    the offer's name, with the period or closure it is about."""
    services = Service.history.filter(organization_id=organization.pk)
    schedules = ServiceSchedule.history.filter(service__organization=organization)
    closures = ServiceClosure.history.filter(service__organization=organization)
    records = [
        *services.select_related("history_user").order_by("-history_date")[:limit],
        *schedules.select_related("history_user", "service").order_by("-history_date")[
            :limit
        ],
        *closures.select_related("history_user", "service").order_by("-history_date")[
            :limit
        ],
    ]
    records.sort(key=lambda record: record.history_date, reverse=True)
    records = records[:limit]
    for record in records:
        if isinstance(record, services.model):
            record.label = record.name
        else:
            record.label = f"{record.service.name}: {record.instance}"
    return records
