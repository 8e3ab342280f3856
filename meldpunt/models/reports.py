"""Meldpunt: reports, their reporters and the people they are about."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern
from lansingerland.mail import validate_deliverable_email
from lansingerland.model_mixins import PlainLineBreaksMixin

from ..constants import (
    FINISHED_STATUSES,
    CallbackDaypart,
    CancelReason,
    ConcernSign,
    KnowsAboutReport,
    ReportChannel,
    ReportKind,
    ReportOutcome,
    ReportStatus,
)


class ReportQuerySet(models.QuerySet):
    def open(self) -> "ReportQuerySet":
        """Reports not closed or cancelled."""
        return self.exclude(status__in=FINISHED_STATUSES)

    def overdue(self, today=None) -> "ReportQuerySet":
        """Open reports without first contact whose due date (local) has passed."""
        today = today or timezone.localdate()
        return self.open().filter(
            first_contact_at__isnull=True, first_contact_due__lt=today
        )


class Report(PlainLineBreaksMixin, models.Model):
    """Melding: one question, worry, idea or offer sent to the meldpunt.

    ``reference`` is the non-guessable public reference (8 characters from
    ``REFERENCE_ALPHABET``, shown as ``ABCD-EFGH``). Times are stored in UTC and
    shown in Europe/Amsterdam; ``first_contact_due`` is a local date counted in
    working days (Dutch public holidays excluded). Only
    ``meldpunt.services.report_transition`` changes ``status``.
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
    outcome = models.CharField(
        _("uitkomst"), max_length=20, choices=ReportOutcome.choices, blank=True
    )
    cancel_reason = models.CharField(
        _("reden annulering"), max_length=30, choices=CancelReason.choices, blank=True
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coördinator"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_reports",
        # Only coordinators: partner accounts must never be offered here.
        limit_choices_to={"is_staff": True, "is_active": True},
    )
    partner = models.ForeignKey(
        "sociale_kaart.Organization",
        verbose_name=_("partner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="referred_reports",
        help_text=_("De partner waarnaar de melding nu is doorverwezen."),
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("dubbel van"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
    )
    signs = ArrayField(
        models.CharField(max_length=30, choices=ConcernSign.choices),
        verbose_name=_("opgemerkte signalen"),
        default=list,
        blank=True,
    )
    share_with_partner = models.BooleanField(
        _("melder mag gegevens delen met partner"), default=False
    )
    privacy_consent_at = models.DateTimeField(
        _("akkoord met privacyverklaring op"), null=True, blank=True, editable=False
    )
    submission_token = models.CharField(
        _("verzendsleutel"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("Maakt dubbel verzenden van hetzelfde formulier onschadelijk."),
    )
    first_contact_due = models.DateField(_("eerste contact uiterlijk"), null=True)
    first_contact_at = models.DateTimeField(
        _("eerste contact op"), null=True, blank=True
    )
    closed_at = models.DateTimeField(_("afgesloten op"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True)
    created_at = models.DateTimeField(_("ontvangen op"), default=timezone.now)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        indexes = [
            models.Index(fields=["status", "-created_at"]),
            models.Index(fields=["first_contact_due"]),
        ]
        permissions = [
            (
                "view_personal_data",
                _("Mag contactgegevens van melder en betrokkene zien"),
            ),
            ("view_statistics", _("Mag rapportage voor de werkgroep zien")),
        ]

    def __str__(self) -> str:
        return self.formatted_reference

    @property
    def formatted_reference(self) -> str:
        """The reference in two groups of four, e.g. ``K7QM-3XZA``."""
        half = len(self.reference) // 2
        return f"{self.reference[:half]}-{self.reference[half:]}"

    @property
    def is_overdue(self) -> bool:
        """True when first contact is due before today (local) and not yet made."""
        return (
            self.status not in FINISHED_STATUSES
            and self.first_contact_at is None
            and self.first_contact_due is not None
            and self.first_contact_due < timezone.localdate()
        )


class Reporter(models.Model):
    """Melder: contact details of the person who sent a report; all optional.

    A separate row from the report, because the reporter has rights of their
    own (access, erasure) and may be left out altogether. ``email`` is stored
    lower-case, ``phone`` normalised (``+31612345678``).
    """

    report = models.OneToOneField(
        Report,
        verbose_name=_("melding"),
        on_delete=models.CASCADE,
        related_name="reporter",
    )
    name = models.CharField(_("naam"), max_length=200, blank=True)
    email = models.EmailField(
        _("e-mailadres"),
        blank=True,
        db_index=True,
        validators=[validate_deliverable_email],
    )
    phone = models.CharField(_("telefoonnummer"), max_length=20, blank=True)
    callback_daypart = models.CharField(
        _("bel mij terug"),
        max_length=10,
        choices=CallbackDaypart.choices,
        blank=True,
        help_text=_("Leeg: geen terugbelverzoek. Anders het dagdeel dat past."),
    )
    organisation = models.CharField(
        _("organisatie (professional)"), max_length=200, blank=True
    )

    class Meta:
        verbose_name = _("melder")
        verbose_name_plural = _("melders")

    def __str__(self) -> str:
        return self.name or str(_("melder zonder naam"))


class PersonConcerned(models.Model):
    """Betrokkene: the person a worry is about; only what is needed to reach them.

    Kept apart from the reporter: they never consented and have their own
    rights. Anonymised with the report by the retention command.
    """

    report = models.OneToOneField(
        Report,
        verbose_name=_("melding"),
        on_delete=models.CASCADE,
        related_name="person_concerned",
    )
    name = models.CharField(_("naam"), max_length=200, blank=True)
    address = models.CharField(_("adres"), max_length=200, blank=True)
    kern = models.CharField(_("kern"), max_length=30, choices=Kern.choices, blank=True)
    relation = models.CharField(
        _("hoe kent de melder deze persoon"), max_length=200, blank=True
    )
    knows_about_report = models.CharField(
        _("weet van de melding"),
        max_length=10,
        choices=KnowsAboutReport.choices,
        default=KnowsAboutReport.UNKNOWN,
    )
    informed_at = models.DateTimeField(
        _("geïnformeerd over de melding op"), null=True, blank=True
    )
    data_holder = models.CharField(
        _("wie heeft de gegevens"),
        max_length=200,
        blank=True,
        help_text=_("Wie de gegevens van deze persoon bewaart, zoals verteld."),
    )

    class Meta:
        verbose_name = _("betrokkene")
        verbose_name_plural = _("betrokkenen")

    def __str__(self) -> str:
        return self.name or str(_("betrokkene zonder naam"))
