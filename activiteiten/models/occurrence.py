"""Datum van een activiteit: the stored dates and the cancelled ones."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..recurrence import LOCAL_TZ
from .activity import Activity


class ActivityException(models.Model):
    """A date on which a recurring activity does not take place (iCalendar EXDATE).

    ``date`` is the local date (Europe/Amsterdam) of the start that is skipped.
    Kept apart from the occurrences so it survives their re-expansion.
    """

    activity = models.ForeignKey(
        Activity,
        verbose_name=_("activiteit"),
        on_delete=models.CASCADE,
        related_name="exceptions",
    )
    date = models.DateField(_("datum"))
    reason = models.CharField(_("reden"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("vervallen datum")
        verbose_name_plural = _("vervallen data")
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "date"],
                name="activity_exception_once_per_date",
                violation_error_message=_("Deze datum is al geschrapt."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.activity} – {self.date:%d-%m-%Y}"


class OccurrenceQuerySet(models.QuerySet):
    def visible(self) -> "OccurrenceQuerySet":
        """Occurrences that were not cancelled one by one."""
        return self.filter(is_cancelled=False)


class Occurrence(models.Model):
    """One date of an activity, stored so pages and feeds query rows.

    ``start`` and ``end`` are aware datetimes computed from local wall-clock
    time in Europe/Amsterdam; ``date`` is the local day on which it starts
    (an activity from 23:00 to 01:00 belongs to its first day). Written only
    by ``services.activity_expand_occurrences`` and the cancel/restore services.
    """

    activity = models.ForeignKey(
        Activity,
        verbose_name=_("activiteit"),
        on_delete=models.CASCADE,
        related_name="occurrences",
    )
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    date = models.DateField(_("dag"), db_index=True)
    is_cancelled = models.BooleanField(_("vervalt"), default=False)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["start", "activity__title"]
        verbose_name = _("datum van een activiteit")
        verbose_name_plural = _("data van activiteiten")
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "start"], name="occurrence_unique_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.activity} – {self.local_start:%d-%m-%Y %H:%M}"

    @property
    def local_start(self) -> datetime.datetime:
        return self.start.astimezone(LOCAL_TZ)

    @property
    def local_end(self) -> datetime.datetime:
        return self.end.astimezone(LOCAL_TZ)
