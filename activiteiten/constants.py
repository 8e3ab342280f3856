"""Kinds of campaign the coalition runs each year."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CampaignKind(models.TextChoices):
    SUMMER = "summer", _("zomer")
    WEEK_AGAINST_LONELINESS = "week-tegen-eenzaamheid", _("Week tegen Eenzaamheid")
    DECEMBER = "december", _("december")
    OTHER = "other", _("anders")
