"""What the yearly campaign rules made, and the coordinators' summer period."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import CampaignKind
from .campaign import Campaign

MONTHS = [
    (1, _("januari")),
    (2, _("februari")),
    (3, _("maart")),
    (4, _("april")),
    (5, _("mei")),
    (6, _("juni")),
    (7, _("juli")),
    (8, _("augustus")),
    (9, _("september")),
    (10, _("oktober")),
    (11, _("november")),
    (12, _("december")),
]


class SummerPeriod(models.Model):
    """Zomerperiode: the days of the year the summer campaign runs, set once.

    One row at most (``pk`` 1); without it the summer runs from 1 July to 31
    August. Month and day are calendar values (Europe/Amsterdam); the period
    lies within one calendar year. 29 February is refused because it does not
    exist every year.
    """

    start_month = models.PositiveSmallIntegerField(
        _("eerste maand"), choices=MONTHS, default=7
    )
    start_day = models.PositiveSmallIntegerField(_("eerste dag"), default=1)
    end_month = models.PositiveSmallIntegerField(
        _("laatste maand"), choices=MONTHS, default=8
    )
    end_day = models.PositiveSmallIntegerField(_("laatste dag"), default=31)

    class Meta:
        verbose_name = _("zomerperiode")
        verbose_name_plural = _("zomerperiode")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pk=1), name="summer_period_single_row"
            )
        ]

    def __str__(self) -> str:
        return str(_("Zomerperiode"))

    def save(self, *args, **kwargs) -> None:
        self.pk = 1
        super().save(*args, **kwargs)

    def dates(self, year: int) -> tuple[datetime.date, datetime.date]:
        """First and last day of the summer in ``year`` (both inclusive)."""
        return (
            datetime.date(year, self.start_month, self.start_day),
            datetime.date(year, self.end_month, self.end_day),
        )

    def clean(self) -> None:
        errors = {}
        for prefix in ("start", "end"):
            month = getattr(self, f"{prefix}_month")
            day = getattr(self, f"{prefix}_day")
            try:
                datetime.date(2027, month, day)
            except (TypeError, ValueError):
                errors[f"{prefix}_day"] = _(
                    "Deze dag bestaat niet in die maand (29 februari kan ook niet: "
                    "die dag is er niet elk jaar)."
                )
        if not errors and (self.end_month, self.end_day) < (
            self.start_month,
            self.start_day,
        ):
            errors["end_month"] = _(
                "De laatste dag ligt voor de eerste dag. De zomer valt binnen één "
                "kalenderjaar."
            )
        if errors:
            raise ValidationError(errors)


class CampaignRuleRecord(models.Model):
    """What a yearly rule made: one row per rule and year, kept for good.

    ``campaign`` is the campaign the rule created (or found already there);
    it becomes empty when a coordinator deletes that campaign, and the row then
    stays as a tombstone, so the rule never makes that year's campaign again.
    """

    rule = models.CharField(_("regel"), max_length=30, choices=CampaignKind.choices)
    year = models.PositiveSmallIntegerField(_("jaar"))
    campaign = models.ForeignKey(
        Campaign,
        verbose_name=_("campagne"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="rule_records",
    )
    created_at = models.DateTimeField(_("gemaakt op"), auto_now_add=True)

    class Meta:
        ordering = ["-year", "rule"]
        verbose_name = _("campagne volgens de jaarregel")
        verbose_name_plural = _("campagnes volgens de jaarregels")
        constraints = [
            models.UniqueConstraint(
                fields=["rule", "year"], name="campaign_rule_once_per_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_rule_display()} {self.year}"
