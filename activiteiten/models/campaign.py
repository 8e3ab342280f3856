"""Campagne: a period of activities."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from lansingerland.model_mixins import PlainLineBreaksMixin
from lansingerland.uploads import CleanUploadPath, validate_image_upload

from ..constants import (
    CampaignKind,
)


class CampaignQuerySet(models.QuerySet):
    """Campaigns by their place in time.

    ``today`` is a local calendar date (Europe/Amsterdam).
    """

    def current(self, today: datetime.date) -> "CampaignQuerySet":
        return self.filter(start_date__lte=today, end_date__gte=today).order_by(
            "start_date"
        )

    def upcoming(self, today: datetime.date) -> "CampaignQuerySet":
        return self.filter(start_date__gt=today).order_by("start_date")

    def past(self, today: datetime.date) -> "CampaignQuerySet":
        return self.filter(end_date__lt=today).order_by("-start_date")


class Campaign(PlainLineBreaksMixin, models.Model):
    """Campagne: a period of activities, e.g. the Week tegen Eenzaamheid.

    Dates are local calendar dates (Europe/Amsterdam), both inclusive.
    """

    kind = models.CharField(_("soort"), max_length=30, choices=CampaignKind.choices)
    year = models.PositiveSmallIntegerField(_("jaar"))
    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    start_date = models.DateField(_("eerste dag"))
    end_date = models.DateField(_("laatste dag"))
    dates_are_approximate = models.BooleanField(
        _("data bij benadering"),
        default=False,
        help_text=_(
            "Aangevinkt: de data zijn afgeleid, niet bevestigd. Haal het vinkje "
            "weg als u de echte data hebt ingevuld."
        ),
    )
    intro = models.TextField(_("inleiding"), blank=True)
    image = models.FileField(
        _("afbeelding"),
        upload_to=CleanUploadPath("campagnes"),
        blank=True,
        validators=[validate_image_upload],
        help_text=_(
            "Een foto of affiche (JPG, PNG of WebP), hoogstens 5 MB en 40 "
            "miljoen beeldpunten."
        ),
    )
    image_alt = models.CharField(
        _("beschrijving van de afbeelding"),
        max_length=250,
        blank=True,
        help_text=_(
            "Wat is er op de afbeelding te zien? Voor wie de afbeelding niet kan zien."
        ),
    )
    source_key = models.CharField(
        _("bronsleutel"), max_length=100, blank=True, editable=False
    )

    objects = CampaignQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date"]
        verbose_name = _("campagne")
        verbose_name_plural = _("campagnes")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")),
                name="campaign_ends_after_start",
                violation_error_message=_(
                    "De laatste dag mag niet voor de eerste dag liggen."
                ),
            ),
            models.UniqueConstraint(
                fields=["source_key"],
                condition=~Q(source_key=""),
                name="campaign_unique_source_key",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("activiteiten:campaign_detail", args=[self.slug])

    def clean(self) -> None:
        if self.image and not self.image_alt.strip():
            raise ValidationError(
                {
                    "image_alt": _(
                        "Beschrijf wat er op de afbeelding staat, voor wie de "
                        "afbeelding niet kan zien."
                    )
                }
            )
