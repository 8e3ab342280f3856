"""Statuses of the sociale kaart's records."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganizationStatus(models.TextChoices):
    PUBLISHED = "published", _("gepubliceerd")
    HIDDEN = "hidden", _("verborgen")
