"""Activiteit: the activity itself (its dates are in ``occurrence``)."""

import datetime
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from simple_history import register

from lansingerland.constants import Kern
from lansingerland.model_mixins import (
    PlainLineBreaksMixin,
    UnchangedSaveWithoutHistoryMixin,
)
from lansingerland.plain_text import plain_text
from lansingerland.validators import validate_description_length
from sociale_kaart.models import Location, Organization, Service

from ..constants import (
    ActivityStatus,
    RegistrationMethod,
    TargetGroup,
)
from ..recurrence import local_starts, normalize_rrule
from ..validators import cost_error, end_time_error, registration_errors
from .campaign import Campaign


def organizer_pairs(
    typed: str, organizations: Iterable[Organization]
) -> list[tuple[str, Organization | None]]:
    """Who organises an activity, as shown to residents: (name, organisation
    on the sociale kaart or None). ``typed`` (the organiser's name as typed,
    e.g. in a resident's proposal) first, then the ``organizations`` it does
    not already name."""
    typed = typed.strip()
    linked = list(organizations)
    same = [o for o in linked if o.name.casefold() == typed.casefold()]
    pairs = [(typed, same[0] if same else None)] if typed else []
    return pairs + [(o.name, o) for o in linked if not typed or o not in same]


def campaign_period(campaign: Campaign) -> str:
    """ "10 t/m 20 december 2026", "28 september t/m 4 oktober 2026"."""
    start, end = campaign.start_date, campaign.end_date
    if (start.year, start.month) == (end.year, end.month):
        first = formats.date_format(start, "j")
    elif start.year == end.year:
        first = formats.date_format(start, "j F")
    else:
        first = formats.date_format(start, "j F Y")
    return _("%(start)s t/m %(end)s") % {
        "start": first,
        "end": formats.date_format(end, "j F Y"),
    }


class Activity(PlainLineBreaksMixin, UnchangedSaveWithoutHistoryMixin, models.Model):
    """Activiteit: a dated happening, once or recurring (RFC 5545 RRULE semantics).

    ``start_date``/``start_time``/``end_time`` are local wall-clock values in
    Europe/Amsterdam; an ``end_time`` at or before ``start_time`` ends on the
    next day (23:00-01:00); such an activity lasts at most ``validators.MAX_OVERNIGHT``
    (12 hours). ``recurrence`` is an RRULE value such as
    ``FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330`` (UNTIL stored in local time); the
    first occurrence is the start date. Single dates are cancelled through
    ``ActivityException``; the dates themselves are stored as ``Occurrence``
    rows by ``services.activity_expand_occurrences``. ``sequence`` is the
    iCalendar SEQUENCE, raised by the services on every change so calendars
    that imported the event take the new version (and a cancellation).

    ``service`` links an activity made from a regular offer of the sociale
    kaart (``services.service_feature_in_campaign``): the dates stay in this
    model, so programme, feeds and print need no change, and the activity page
    links to the offer.
    """

    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_(
            "Deel van het webadres, zoals koffieochtend-bleiswijk in "
            "/activiteiten/activiteit/koffieochtend-bleiswijk/."
        ),
    )
    description = models.TextField(
        _("beschrijving"), blank=True, validators=[validate_description_length]
    )
    organizations = models.ManyToManyField(
        Organization,
        verbose_name=_("organisatoren"),
        related_name="activities",
        blank=True,
        help_text=_(
            "Organisaties op de sociale kaart; mag leeg blijven als de "
            "organisator er niet op staat."
        ),
    )
    organizer_name = models.CharField(
        _("organisator (vrije tekst)"),
        max_length=200,
        blank=True,
        help_text=_(
            "Zoals de organisator zich noemt, bijvoorbeeld een buurtvereniging "
            "die niet op de sociale kaart staat. Verschijnt in het programma."
        ),
    )
    campaigns = models.ManyToManyField(
        Campaign,
        verbose_name=_("campagnes"),
        related_name="activities",
        blank=True,
    )
    location = models.ForeignKey(
        Location,
        verbose_name=_("locatie op de sociale kaart"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
    )
    service = models.ForeignKey(
        Service,
        verbose_name=_("vast aanbod"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="featured_activities",
        help_text=_(
            "Het aanbod op de sociale kaart waaruit deze activiteit is gemaakt."
        ),
    )
    address = models.CharField(
        _("los adres"),
        max_length=250,
        blank=True,
        help_text=_("Alleen als de plek niet op de sociale kaart staat."),
    )
    kern = models.CharField(
        _("kern"),
        max_length=30,
        choices=Kern.choices,
        blank=True,
        help_text=_("Wordt overgenomen van de locatie als die een kern heeft."),
    )
    target_group = models.CharField(
        _("doelgroep"),
        max_length=20,
        choices=TargetGroup.choices,
        default=TargetGroup.EVERYONE,
    )
    is_free = models.BooleanField(
        _("gratis"),
        default=False,
        help_text=_("Alleen aanvinken als meedoen niets kost."),
    )
    cost = models.CharField(
        _("kosten"),
        max_length=200,
        blank=True,
        help_text=_(
            "Zoals u het wilt laten zien, bijvoorbeeld: € 2,50 inclusief koffie. "
            "Leeg laten als het gratis is."
        ),
    )
    registration = models.CharField(
        _("aanmelden"),
        max_length=10,
        choices=RegistrationMethod.choices,
        default=RegistrationMethod.NONE,
    )
    registration_contact = models.CharField(
        _("aanmelden bij"),
        max_length=300,
        blank=True,
        help_text=_("Telefoonnummer, e-mailadres of webadres, passend bij de manier."),
    )
    max_participants = models.PositiveIntegerField(
        _("maximaal aantal deelnemers"), null=True, blank=True
    )
    wheelchair_accessible = models.BooleanField(
        _("toegankelijk met rolstoel"), default=False
    )
    accessibility = models.CharField(
        _("toegankelijkheid"),
        max_length=300,
        blank=True,
        help_text=_("Bijvoorbeeld: ringleiding, invalidenparkeerplaats, lift."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ActivityStatus.choices,
        default=ActivityStatus.SCHEDULED,
    )
    status_note = models.CharField(
        _("toelichting bij de status"),
        max_length=300,
        blank=True,
        help_text=_("Bijvoorbeeld waarheen de activiteit is verplaatst."),
    )
    start_date = models.DateField(_("eerste datum"))
    start_time = models.TimeField(_("begintijd"))
    end_time = models.TimeField(
        _("eindtijd"),
        help_text=_("Een eindtijd voor de begintijd betekent: de volgende dag."),
    )
    recurrence = models.CharField(
        _("herhaling (RRULE)"),
        max_length=300,
        blank=True,
        help_text=_(
            "Leeg voor een activiteit van één keer. Elke dinsdag tot en met 30 "
            "maart 2027: FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330. Elke eerste "
            "woensdag van de maand: FREQ=MONTHLY;BYDAY=1WE."
        ),
    )
    sequence = models.PositiveIntegerField(
        _("versie"),
        default=0,
        editable=False,
        help_text=_("Telt op bij elke wijziging; agenda's nemen zo de nieuwste over."),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        ordering = ["start_date", "start_time", "title"]
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        constraints = [
            models.CheckConstraint(
                condition=~Q(start_time=models.F("end_time")),
                name="activity_has_duration",
                violation_error_message=_(
                    "De eindtijd moet anders zijn dan de begintijd."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("activiteiten:activity_detail", args=[self.slug])

    @property
    def organizers(self) -> list[tuple[str, Organization | None]]:
        """``organizer_pairs`` of this activity's ``organizer_name`` and
        ``organizations.all()`` (prefetch it for lists; none while unsaved)."""
        linked = self.organizations.all() if self.pk else []
        return organizer_pairs(self.organizer_name, linked)

    @property
    def organizer_names(self) -> list[str]:
        """The names of ``organizers``, for text (programme, print, feeds)."""
        return [name for name, _organization in self.organizers]

    @property
    def plain_description(self) -> str:
        """The description as plain text (:func:`~lansingerland.sanitizing.plain_text`),
        for calendars, structured data and meta tags."""
        return plain_text(self.description)

    @property
    def is_recurring(self) -> bool:
        return bool(self.recurrence)

    @property
    def place(self) -> str:
        """Where it happens, as one line: location name and address, or the address."""
        if self.location_id:
            parts = [self.location.name, self.location.address]
            return ", ".join(part for part in parts if part)
        return self.address

    @property
    def place_with_kern(self) -> str:
        """``place`` followed by the kern, unless the place already names it."""
        kern = str(self.get_kern_display()) if self.kern else ""
        if not kern or kern.casefold() in self.place.casefold():
            return self.place or kern
        return f"{self.place} ({kern})" if self.place else kern

    @property
    def local_start(self) -> datetime.datetime:
        """The first start as a naive Europe/Amsterdam datetime."""
        return datetime.datetime.combine(self.start_date, self.start_time)

    @property
    def duration(self) -> datetime.timedelta:
        """Wall-clock length; an end time at or before the start runs past midnight."""
        start = datetime.datetime.combine(datetime.date.min, self.start_time)
        end = datetime.datetime.combine(datetime.date.min, self.end_time)
        if end <= start:
            end += datetime.timedelta(days=1)
        return end - start

    def local_starts(self, until: datetime.date) -> list[datetime.datetime]:
        """Naive local starts up to ``until`` (see ``recurrence.local_starts``)."""
        return local_starts(rule=self.recurrence, dtstart=self.local_start, until=until)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        try:
            self.recurrence = normalize_rrule(self.recurrence)
        except ValidationError as error:
            errors["recurrence"] = error.messages[0]
        else:
            if (
                self.recurrence
                and self.start_date
                and self.start_time
                and self.local_starts(self.start_date)[:1] != [self.local_start]
            ):
                # RFC 5545 leaves a first date outside the rule undefined:
                # calendars would disagree with the programme.
                errors["recurrence"] = _(
                    "De eerste datum past niet bij de herhaalregel. Kies als "
                    "eerste datum een dag waarop de activiteit volgens de regel "
                    "plaatsvindt."
                )
        if self.location_id:
            if self.location.kern:
                self.kern = self.location.kern
        elif not self.address.strip():
            errors["address"] = _(
                "Kies een locatie van de sociale kaart of vul een adres in."
            )
        message = end_time_error(self.start_time, self.end_time)
        if message:
            errors["end_time"] = message
        message = registration_errors(
            method=self.registration, contact=self.registration_contact
        )
        if message:
            errors["registration_contact"] = message
        message = cost_error(is_free=self.is_free, cost=self.cost)
        if message:
            errors["cost"] = message
        if self.max_participants is not None and self.max_participants < 1:
            errors["max_participants"] = _("Het maximum is minstens 1.")
        if errors:
            raise ValidationError(errors)

    def validate_campaigns(self, campaigns: Iterable[Campaign]) -> None:
        """Check that the activity has a date in each of ``campaigns``.

        The one place for the rule "an activity is only in a campaign when at
        least one of its dates that is not cancelled (``exceptions``) falls on
        or between the campaign's first and last day" (local dates,
        Europe/Amsterdam; a 23:00-01:00 activity counts on its first day).
        Uses the unsaved values of date, times and rule, so forms call it
        after the model's own clean(). Raises ValidationError on the
        ``campaigns`` field with a Dutch message per campaign.
        """
        campaigns = list(campaigns)
        if not campaigns or not (self.start_date and self.start_time):
            return
        until = max(campaign.end_date for campaign in campaigns)
        cancelled = (
            set(self.exceptions.values_list("date", flat=True)) if self.pk else set()
        )
        days = {
            local.date()
            for local in self.local_starts(until)
            if local.date() not in cancelled
        }
        errors = [
            ValidationError(
                _("Deze activiteit heeft geen datum in de %(campaign)s (%(period)s)."),
                code="no_date_in_campaign",
                params={
                    "campaign": campaign.title,
                    "period": campaign_period(campaign),
                },
            )
            for campaign in campaigns
            if not any(campaign.start_date <= day <= campaign.end_date for day in days)
        ]
        if errors:
            raise ValidationError({"campaigns": errors})


# Who changed an activity and when (partners too); kept in this app.
register(Activity, app="activiteiten", m2m_fields=["organizations", "campaigns"])
