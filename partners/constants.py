"""Roles, statuses and choices of the partner area."""

from django.db import models
from django.utils.translation import gettext_lazy as _

#: The organisations partners act for, named by model label: partners builds
#: on no domain app (docs/architecture.md).
ORGANIZATION_MODEL = "sociale_kaart.Organization"


class MembershipRole(models.TextChoices):
    EDITOR = "editor", _("redacteur")
    REFERRAL_HANDLER = "referral_handler", _("behandelaar van doorverwijzingen")


class ChangeStatus(models.TextChoices):
    PENDING = "pending", _("wacht op goedkeuring")
    APPROVED = "approved", _("goedgekeurd")
    REJECTED = "rejected", _("afgewezen")


class ChangeTarget(models.TextChoices):
    """What a pending change is about."""

    ORGANIZATION = "organization", _("organisatie")
    LOCATION = "location", _("locatie")
    SERVICE = "service", _("aanbod")
    ACTIVITY = "activity", _("activiteit")


class JoinRequestKind(models.TextChoices):
    ORGANIZATION = "organization", _("Als organisatie")
    RESIDENT = "resident", _("Als inwoner")


class JoinRequestStatus(models.TextChoices):
    NEW = "new", _("nieuw")
    APPROVED = "approved", _("goedgekeurd")
    REJECTED = "rejected", _("afgewezen")
