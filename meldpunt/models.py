"""Meldpunt: questions, worries and ideas about loneliness brought in by anyone."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern

from .constants import ReportChannel, ReportKind, ReportStatus


class Report(models.Model):
    """Melding: one question, worry about someone or idea sent to the meldpunt.

    ``reference`` is the non-guessable public reference (8 characters from
    ``REFERENCE_ALPHABET``, shown as ``ABCD-EFGH``). Times are stored in UTC and
    shown in Europe/Amsterdam.
    """

    reference = models.CharField(
        _("kenmerk"), max_length=16, unique=True, editable=False
    )
    kind = models.CharField(_("soort"), max_length=20, choices=ReportKind.choices)
    message = models.TextField(_("bericht"))
    kern = models.CharField(_("kern"), max_length=30, choices=Kern.choices, blank=True)
    channel = models.CharField(
        _("kanaal"),
        max_length=20,
        choices=ReportChannel.choices,
        default=ReportChannel.WEB,
    )
    status = models.CharField(
        _("status"),
        max_length=30,
        choices=ReportStatus.choices,
        default=ReportStatus.NEW,
    )
    privacy_consent_at = models.DateTimeField(
        _("akkoord met privacyverklaring op"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        indexes = [models.Index(fields=["status", "-created_at"])]

    def __str__(self) -> str:
        return self.formatted_reference

    @property
    def formatted_reference(self) -> str:
        """The reference in two groups of four, e.g. ``K7QM-3XZA``."""
        half = len(self.reference) // 2
        return f"{self.reference[:half]}-{self.reference[half:]}"


class Reporter(models.Model):
    """Melder: contact details of the person who sent a report; all optional.

    A separate row from the report, because the reporter has rights of their
    own (access, erasure) and may be left out altogether. ``phone`` is stored
    normalised (``+31612345678``).
    """

    report = models.OneToOneField(
        Report,
        verbose_name=_("melding"),
        on_delete=models.CASCADE,
        related_name="reporter",
    )
    name = models.CharField(_("naam"), max_length=200, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("melder")
        verbose_name_plural = _("melders")

    def __str__(self) -> str:
        return self.name or str(_("melder zonder naam"))
