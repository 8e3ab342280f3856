"""What happens to a report: status changes, notes, referrals, the log of
who saw personal data, and the statistics left when a report is deleted."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern
from lansingerland.model_mixins import PlainLineBreaksMixin

from ..constants import (
    CancelReason,
    NoteKind,
    ReferralStatus,
    ReportChannel,
    ReportKind,
    ReportOutcome,
    ReportStatus,
)
from .reports import Report


class StatusChange(PlainLineBreaksMixin, models.Model):
    """Statuswijziging: append-only history row (who, when, from, to, note)."""

    report = models.ForeignKey(
        Report,
        verbose_name=_("melding"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(
        _("van"), max_length=30, choices=ReportStatus.choices, blank=True
    )
    to_status = models.CharField(_("naar"), max_length=30, choices=ReportStatus.choices)
    note = models.TextField(_("toelichting"), blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_label = models.CharField(
        _("door (anders)"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld een partner via de link, of het systeem."),
    )
    created_at = models.DateTimeField(_("op"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("statuswijziging")
        verbose_name_plural = _("statusgeschiedenis")

    def __str__(self) -> str:
        start = self.get_from_status_display() if self.from_status else "—"
        return f"{start} → {self.get_to_status_display()}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not kwargs.pop("_redact", False):
            raise ValueError("Status history is append-only.")
        super().save(*args, **kwargs)


class Note(PlainLineBreaksMixin, models.Model):
    """Notitie: an internal note, or a system note (anonymisation, AVG request)."""

    report = models.ForeignKey(
        Report,
        verbose_name=_("melding"),
        on_delete=models.CASCADE,
        related_name="notes",
    )
    kind = models.CharField(
        _("soort"), max_length=10, choices=NoteKind.choices, default=NoteKind.INTERNAL
    )
    text = models.TextField(_("tekst"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("op"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("notitie")
        verbose_name_plural = _("notities")

    def __str__(self) -> str:
        return self.text[:50]


class Referral(PlainLineBreaksMixin, models.Model):
    """Doorverwijzing: a report handed to a partner, who accepts or declines.

    Partners without an account act through a signed link valid for
    ``MELDPUNT_PARTNER_LINK_DAYS`` days (``meldpunt.tokens``).
    """

    report = models.ForeignKey(
        Report,
        verbose_name=_("melding"),
        on_delete=models.CASCADE,
        related_name="referrals",
    )
    organization = models.ForeignKey(
        "sociale_kaart.Organization",
        verbose_name=_("partner"),
        on_delete=models.PROTECT,
        related_name="referrals",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ReferralStatus.choices,
        default=ReferralStatus.PENDING,
    )
    note = models.TextField(_("toelichting voor de partner"), blank=True)
    decline_reason = models.TextField(_("reden van afwijzing"), blank=True)
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("doorverwezen op"), default=timezone.now)
    responded_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("doorverwijzing")
        verbose_name_plural = _("doorverwijzingen")

    def __str__(self) -> str:
        return f"{self.report} → {self.organization}"


class PersonalDataAccess(models.Model):
    """Inzage-log: who saw a report's contact details or person concerned, when."""

    report = models.ForeignKey(
        Report,
        verbose_name=_("melding"),
        on_delete=models.CASCADE,
        related_name="personal_data_accesses",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    actor_label = models.CharField(_("door (anders)"), max_length=200, blank=True)
    action = models.CharField(_("handeling"), max_length=50, default="view")
    created_at = models.DateTimeField(_("op"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("inzage persoonsgegevens")
        verbose_name_plural = _("inzage persoonsgegevens")

    def __str__(self) -> str:
        return f"{self.report} {self.action}"


class ReportStatistic(models.Model):
    """Statistiekregel: the non-personal record left when a report is deleted.

    Holds only kind, kern, channel, partner, outcome and dates (UTC), so the
    working group's figures stay complete after the retention period.
    """

    kind = models.CharField(_("soort"), max_length=20, choices=ReportKind.choices)
    kern = models.CharField(_("kern"), max_length=30, choices=Kern.choices, blank=True)
    channel = models.CharField(
        _("kanaal"), max_length=20, choices=ReportChannel.choices
    )
    status = models.CharField(_("status"), max_length=30, choices=ReportStatus.choices)
    outcome = models.CharField(
        _("uitkomst"), max_length=20, choices=ReportOutcome.choices, blank=True
    )
    cancel_reason = models.CharField(
        _("reden annulering"), max_length=30, choices=CancelReason.choices, blank=True
    )
    partner = models.ForeignKey(
        "sociale_kaart.Organization",
        verbose_name=_("partner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    received_at = models.DateTimeField(_("ontvangen op"))
    first_contact_due = models.DateField(_("eerste contact uiterlijk"), null=True)
    first_contact_at = models.DateTimeField(_("eerste contact op"), null=True)
    closed_at = models.DateTimeField(_("afgesloten op"), null=True)
    deleted_at = models.DateTimeField(_("verwijderd op"), default=timezone.now)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("statistiekregel")
        verbose_name_plural = _("statistiekregels")

    def __str__(self) -> str:
        return f"{self.kind} {self.received_at:%Y-%m-%d}"
