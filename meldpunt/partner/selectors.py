"""Reads for referral handlers: the meldpunt referrals of their own organisations.

Every referral a handler sees or acts on is looked up through
``referrals_for_member``, which goes through ``organizations_for_member`` with
the referral-handler role: another organisation's referral id gives a 404.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import F, Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from meldpunt.constants import ReferralStatus, ReportStatus
from meldpunt.models import Referral
from meldpunt.services import referral_is_usable
from partners.constants import MembershipRole
from partners.models import Membership
from partners.selectors import organizations_for_member
from sociale_kaart.models import Organization

RECENTLY_CLOSED_DAYS = 30
RECENTLY_CLOSED_LIMIT = 20

# The same condition as meldpunt.services.referral_is_usable, as a filter.
OPEN = Q(
    status__in=[ReferralStatus.PENDING, ReferralStatus.ACCEPTED],
    report__partner_id=F("organization_id"),
    report__status__in=[ReportStatus.REFERRED, ReportStatus.IN_CONTACT],
)


def referrals_for_member(
    user: AbstractBaseUser, *, today: datetime.date | None = None
) -> QuerySet[Referral]:
    """Referrals to the organisations ``user`` handles referrals for today
    (an active referral-handler membership), with report and organisation
    joined in. Add ``select_related("report__reporter",
    "report__person_concerned")`` where personal data is shown.

    An editor-only member, staff and anonymous users get none.
    """
    organizations = organizations_for_member(
        user, role=MembershipRole.REFERRAL_HANDLER, today=today
    )
    return Referral.objects.filter(
        organization__in=organizations.values("pk")
    ).select_related("report", "organization")


@dataclass
class ReferralOverview:
    """The handler's list: open referrals (oldest deadline first) and the
    ones closed in the last ``RECENTLY_CLOSED_DAYS`` days (newest first)."""

    open: list[Referral]
    closed: list[Referral]


def referral_overview(
    user: AbstractBaseUser, *, now: datetime.datetime | None = None
) -> ReferralOverview:
    """What ``/partner/doorverwijzingen/`` shows, in one query whatever the amount.

    Open: the handler may still act (``meldpunt.services.referral_is_usable``:
    pending or accepted, the report referred or in contact with this
    organisation), ordered by first-contact deadline (a local date; none
    last), then referred date. Closed: every other referral whose last event
    (report closed, answer, or referral; UTC) lies within
    ``RECENTLY_CLOSED_DAYS`` of ``now``, newest first, at most
    ``RECENTLY_CLOSED_LIMIT``.
    """
    now = now or timezone.now()
    since = now - datetime.timedelta(days=RECENTLY_CLOSED_DAYS)
    referrals = (
        referrals_for_member(user, today=timezone.localdate(now))
        .annotate(
            last_event=Coalesce("report__closed_at", "responded_at", "created_at")
        )
        .filter(OPEN | Q(last_event__gte=since))
        .order_by(
            F("report__first_contact_due").asc(nulls_last=True), "created_at", "pk"
        )
    )
    overview = ReferralOverview(open=[], closed=[])
    for referral in referrals:
        if referral_is_usable(referral):
            overview.open.append(referral)
        else:
            overview.closed.append(referral)
    overview.closed.sort(key=lambda r: (r.last_event, r.pk), reverse=True)
    del overview.closed[RECENTLY_CLOSED_LIMIT:]
    return overview


def open_referral_count(user: AbstractBaseUser) -> int | None:
    """How many open referrals wait for ``user``; None when ``user`` handles
    no referrals (no active referral-handler membership)."""
    organizations = organizations_for_member(user, role=MembershipRole.REFERRAL_HANDLER)
    if not organizations.exists():
        return None
    return Referral.objects.filter(OPEN, organization__in=organizations).count()


def referral_handler_emails(organization: Organization) -> list[str]:
    """E-mail addresses of the organisation's active referral handlers, sorted."""
    return sorted(
        Membership.objects.active()
        .filter(organization=organization, role=MembershipRole.REFERRAL_HANDLER)
        .exclude(user__email="")
        .values_list("user__email", flat=True)
        .distinct()
    )
