"""Reads of the partner area: which organisations a member may act for."""

import datetime

from django.apps import apps
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import models
from django.db.models import QuerySet

from .constants import ORGANIZATION_MODEL, MembershipRole
from .models import Membership


def organization_model() -> type[models.Model]:
    """The sociale kaart's Organization model, found by its label."""
    return apps.get_model(ORGANIZATION_MODEL)


def organizations_for_member(
    user: AbstractBaseUser,
    *,
    role: str = MembershipRole.EDITOR,
    today: datetime.date | None = None,
) -> QuerySet:
    """Organisations ``user`` may edit today: an active membership with ``role``.

    Staff and anonymous users get none (coordinators work in /admin/). Every
    partner view looks objects up through this queryset, so another
    organisation's id gives a 404.
    """
    if not user.is_authenticated or user.is_staff:
        return organization_model().objects.none()
    memberships = Membership.objects.active(today).filter(user=user, role=role)
    return (
        organization_model()
        .objects.filter(pk__in=memberships.values("organization_id"))
        .order_by("name")
    )


def organization_editors_emails(organization: models.Model) -> list[str]:
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
