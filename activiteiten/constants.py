"""Kinds of campaign the coalition runs each year."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CampaignKind(models.TextChoices):
    SUMMER = "summer", _("zomer")
    WEEK_AGAINST_LONELINESS = "week-tegen-eenzaamheid", _("Week tegen Eenzaamheid")
    DECEMBER = "december", _("december")
    OTHER = "other", _("anders")


class ActivityStatus(models.TextChoices):
    """Whether an activity goes ahead as announced."""

    SCHEDULED = "scheduled", _("gaat door")
    CANCELLED = "cancelled", _("gaat niet door")
    MOVED = "moved", _("verplaatst")


class RegistrationMethod(models.TextChoices):
    """How a visitor signs up for an activity, if at all."""

    NONE = "none", _("niet nodig")
    PHONE = "phone", _("telefonisch")
    EMAIL = "email", _("per e-mail")
    LINK = "link", _("via een website")


class TargetGroup(models.TextChoices):
    """Who an activity is meant for (kept short so the filter stays usable)."""

    EVERYONE = "everyone", _("iedereen")
    SENIORS = "seniors", _("ouderen")
    ADULTS = "adults", _("volwassenen")
    YOUTH = "youth", _("jongeren")
    FAMILIES = "families", _("gezinnen met kinderen")
    CAREGIVERS = "caregivers", _("mantelzorgers")
    NEWCOMERS = "newcomers", _("nieuwe inwoners")


class ProposalStatus(models.TextChoices):
    """Where a resident's proposal of an activity stands."""

    NEW = "new", _("nieuw")
    APPROVED = "approved", _("goedgekeurd")
    REJECTED = "rejected", _("afgewezen")


class ProposalRepeat(models.TextChoices):
    """How often a proposed activity takes place."""

    ONCE = "once", _("één keer")
    WEEKLY = "weekly", _("elke week")
