"""Voorstel: an activity anyone can bring, waiting for a coordinator."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern
from lansingerland.model_mixins import PlainLineBreaksMixin
from lansingerland.validators import validate_description_length
from sociale_kaart.models import Organization

from ..constants import (
    ProposalRepeat,
    ProposalStatus,
    RegistrationMethod,
    TargetGroup,
)
from ..validators import end_time_error, registration_errors
from .activity import Activity

#: A weekly activity is proposed for at most this long; a coordinator or the
#: partner area extends it later.
MAX_WEEKLY_SPAN = datetime.timedelta(days=366)


class ActivityProposal(PlainLineBreaksMixin, models.Model):
    """Voorstel voor een activiteit: sent without an account through the public
    form; nothing is published until a coordinator approves it, which makes an
    ``Activity``.

    Dates and times are local wall-clock values (Europe/Amsterdam); a weekly
    activity runs on the start date's weekday up to ``repeat_until``. ``cost``
    is kept exactly as typed. ``contact_*`` are for the coordinator only: they
    never appear on a public page, and the proposer hears the outcome by mail
    at ``contact_email``. ``submission_token`` recognises a form sent twice.
    """

    title = models.CharField(_("wat"), max_length=200)
    description = models.TextField(
        _("beschrijving"), validators=[validate_description_length]
    )
    organizer_name = models.CharField(_("wie organiseert het"), max_length=200)
    repeat = models.CharField(
        _("hoe vaak"),
        max_length=10,
        choices=ProposalRepeat.choices,
        default=ProposalRepeat.ONCE,
    )
    start_date = models.DateField(_("datum"))
    start_time = models.TimeField(_("begintijd"))
    end_time = models.TimeField(_("eindtijd"))
    repeat_until = models.DateField(_("elke week tot en met"), null=True, blank=True)
    address = models.CharField(_("adres"), max_length=250, blank=True)
    kern = models.CharField(_("kern"), max_length=30, choices=Kern.choices, blank=True)
    target_group = models.CharField(
        _("voor wie"),
        max_length=20,
        choices=TargetGroup.choices,
        default=TargetGroup.EVERYONE,
    )
    cost = models.CharField(_("kosten"), max_length=200)
    registration = models.CharField(
        _("aanmelden"),
        max_length=10,
        choices=RegistrationMethod.choices,
        default=RegistrationMethod.NONE,
    )
    registration_contact = models.CharField(
        _("aanmelden bij"), max_length=300, blank=True
    )
    contact_name = models.CharField(_("naam contactpersoon"), max_length=200)
    contact_email = models.EmailField(_("e-mailadres contactpersoon"))
    contact_phone = models.CharField(
        _("telefoon contactpersoon"), max_length=30, blank=True
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ProposalStatus.choices,
        default=ProposalStatus.NEW,
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisator op de sociale kaart"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activity_proposals",
        help_text=_(
            "Niet verplicht. Kies een organisatie als de activiteit ook onder "
            "die organisatie op de sociale kaart moet verschijnen; het programma "
            "noemt altijd de organisator zoals de indiener die schreef."
        ),
    )
    decision_note = models.TextField(
        _("bericht aan de indiener"),
        blank=True,
        help_text=_(
            "Gaat mee in de mail aan de indiener. Bij afwijzen verplicht: "
            "schrijf waarom."
        ),
    )
    activity = models.OneToOneField(
        Activity,
        verbose_name=_("activiteit"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="proposal",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("besloten door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    decided_at = models.DateTimeField(
        _("besloten op"), null=True, blank=True, editable=False
    )
    submission_token = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("voorstel voor een activiteit")
        verbose_name_plural = _("voorstellen voor activiteiten")
        constraints = [
            models.UniqueConstraint(
                fields=["submission_token"],
                condition=~Q(submission_token=""),
                name="proposal_sent_once",
            ),
            models.CheckConstraint(
                condition=~Q(start_time=models.F("end_time")),
                name="proposal_has_duration",
                violation_error_message=_(
                    "De eindtijd moet anders zijn dan de begintijd."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if not self.address.strip() and not self.kern:
            errors["address"] = _("Vul een adres in of kies een kern.")
        message = end_time_error(self.start_time, self.end_time)
        if message:
            errors["end_time"] = message
        if self.repeat == ProposalRepeat.WEEKLY and self.start_date:
            if self.repeat_until is None:
                errors["repeat_until"] = _(
                    "Vul in tot en met welke datum de activiteit elke week is."
                )
            elif self.repeat_until < self.start_date:
                errors["repeat_until"] = _(
                    "Deze datum ligt voor de eerste datum. Kies een latere datum."
                )
            elif self.repeat_until - self.start_date > MAX_WEEKLY_SPAN:
                errors["repeat_until"] = _(
                    "Stel een wekelijkse activiteit voor tot hoogstens een jaar na "
                    "de eerste datum."
                )
        message = registration_errors(
            method=self.registration, contact=self.registration_contact
        )
        if message:
            errors["registration_contact"] = message
        if errors:
            raise ValidationError(errors)
