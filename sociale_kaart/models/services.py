"""Aanbod: ongoing offers of organisations, with their weekly schedules (HSDS)."""

import datetime
import uuid

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lansingerland.mail import validate_deliverable_email
from lansingerland.model_mixins import (
    PlainLineBreaksMixin,
    UnchangedSaveWithoutHistoryMixin,
)
from lansingerland.validators import validate_description_length

from ..constants import OrganizationStatus, ServiceStatus, Weekday
from .organizations import Location, Organization
from .taxonomy import TargetGroup, Theme


class ServiceQuerySet(models.QuerySet):
    def published(self) -> "ServiceQuerySet":
        """Offers visitors may see: active or temporarily closed, of a published
        organisation."""
        return self.filter(
            status__in=[ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED],
            organization__status=OrganizationStatus.PUBLISHED,
        )


class Service(PlainLineBreaksMixin, UnchangedSaveWithoutHistoryMixin, models.Model):
    """Aanbod: an ongoing offer of an organisation (HSDS ``service``).

    Ages are whole years, inclusive; empty means no limit. ``languages`` holds
    Dutch language names (``Nederlands``, ``Engels``). Opening hours are the
    ``schedules`` (weekly periods, Europe/Amsterdam local time) minus the dated
    ``closures``.
    """

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="services",
    )
    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("Deel van het webadres: /sociale-kaart/aanbod/<slug>/."),
    )
    uuid = models.UUIDField(
        _("publieke id"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Vaste id in de open data (HSDS); verandert nooit."),
    )
    description = models.TextField(
        _("wat is het"), blank=True, validators=[validate_description_length]
    )
    locations = models.ManyToManyField(
        Location, verbose_name=_("locaties"), blank=True, related_name="services"
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("thema's"), blank=True, related_name="services"
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("doelgroepen"), blank=True, related_name="services"
    )
    min_age = models.PositiveSmallIntegerField(
        _("minimumleeftijd"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
        help_text=_("In jaren. Leeg: geen ondergrens."),
    )
    max_age = models.PositiveSmallIntegerField(
        _("maximumleeftijd"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
        help_text=_("In jaren. Leeg: geen bovengrens."),
    )
    is_free = models.BooleanField(_("gratis"), default=False)
    cost_description = models.CharField(
        _("kosten"),
        max_length=300,
        blank=True,
        help_text=_("Bijvoorbeeld: € 2,50 per keer, koffie inbegrepen."),
    )
    languages = ArrayField(
        models.CharField(max_length=50),
        verbose_name=_("talen"),
        default=list,
        blank=True,
        help_text=_("Gescheiden door komma's, bijvoorbeeld: Nederlands,Engels."),
    )
    how_to_join = models.TextField(
        _("hoe doet u mee"),
        blank=True,
        validators=[validate_description_length],
        help_text=_("Aanmelden nodig? Gewoon binnenlopen? Wie belt u?"),
    )
    email = models.EmailField(
        _("e-mailadres"), blank=True, validators=[validate_deliverable_email]
    )
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ServiceStatus.choices,
        default=ServiceStatus.ACTIVE,
    )
    last_verified_at = models.DateField(
        _("laatst gecontroleerd op"),
        null=True,
        blank=True,
        help_text=_("De dag waarop iemand de gegevens voor het laatst nakeek."),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("aanbod")
        verbose_name_plural = _("aanbod")
        indexes = [
            # fastupdate off: see ``models.search``.
            GinIndex(
                fields=["name"],
                name="service_name_trgm",
                opclasses=["gin_trgm_ops"],
                fastupdate=False,
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_age__isnull=True)
                | Q(max_age__isnull=True)
                | Q(min_age__lte=F("max_age")),
                name="service_min_age_not_above_max_age",
                violation_error_message=_(
                    "De minimumleeftijd is hoger dan de maximumleeftijd."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("sociale_kaart:service_detail", args=[self.slug])

    def is_closed_on(self, day: datetime.date) -> bool:
        """True when a dated closure covers ``day`` (uses prefetched closures)."""
        return any(c.start_date <= day <= c.end_date for c in self.closures.all())

    def is_open_at(self, moment: datetime.datetime | None = None) -> bool:
        """True when ``moment`` (default now) falls in a weekly period.

        ``moment`` is converted to Europe/Amsterdam local time; a period counts
        from ``opens_at`` up to, not including, ``closes_at``. Dated closures
        and a status other than active close the offer.
        """
        local = timezone.localtime(moment or timezone.now())
        if self.status != ServiceStatus.ACTIVE or self.is_closed_on(local.date()):
            return False
        now = local.time()
        return any(
            s.weekday == local.isoweekday() and s.opens_at <= now < s.closes_at
            for s in self.schedules.all()
        )

    def weekly_hours(self) -> list[tuple[str, list[str]]]:
        """Opening hours by weekday: ``[("dinsdag", ["09:00–12:00", "13:30–16:00"])]``
        (prefetched schedules, Monday first)."""
        days: dict[int, list[str]] = {}
        for period in sorted(
            self.schedules.all(), key=lambda p: (p.weekday, p.opens_at)
        ):
            days.setdefault(period.weekday, []).append(
                f"{period.opens_at:%H:%M}–{period.closes_at:%H:%M}"
            )
        return [(str(Weekday(day).label), periods) for day, periods in days.items()]

    @property
    def age_label(self) -> str:
        """``vanaf 55 jaar``, ``tot 18 jaar``, ``12 tot 18 jaar`` or ``""``."""
        from django.utils.translation import gettext

        if self.min_age is not None and self.max_age is not None:
            return gettext("%(min)s tot %(max)s jaar") % {
                "min": self.min_age,
                "max": self.max_age,
            }
        if self.min_age is not None:
            return gettext("vanaf %(min)s jaar") % {"min": self.min_age}
        if self.max_age is not None:
            return gettext("tot %(max)s jaar") % {"max": self.max_age}
        return ""

    def upcoming_closures(self, today: datetime.date | None = None) -> list:
        """Closures that end today or later, soonest first (prefetched)."""
        today = today or timezone.localdate()
        return sorted(
            (c for c in self.closures.all() if c.end_date >= today),
            key=lambda c: c.start_date,
        )


class ServiceSchedule(UnchangedSaveWithoutHistoryMixin, models.Model):
    """Openingstijd: one weekly period of an offer (HSDS ``schedule``).

    Several rows on one weekday give a day with a break (09:00–12:00 and
    13:30–16:00). Times are Europe/Amsterdam wall-clock times.
    """

    service = models.ForeignKey(
        Service,
        verbose_name=_("aanbod"),
        on_delete=models.CASCADE,
        related_name="schedules",
    )
    weekday = models.PositiveSmallIntegerField(_("dag"), choices=Weekday.choices)
    opens_at = models.TimeField(_("van"))
    closes_at = models.TimeField(_("tot"))

    class Meta:
        ordering = ["weekday", "opens_at"]
        verbose_name = _("openingstijd")
        verbose_name_plural = _("openingstijden")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=F("opens_at")),
                name="schedule_closes_after_it_opens",
                violation_error_message=_("De eindtijd ligt voor de begintijd."),
            )
        ]

    def __str__(self) -> str:
        day = self.get_weekday_display()
        return f"{day} {self.opens_at:%H:%M}–{self.closes_at:%H:%M}"


class ServiceClosure(UnchangedSaveWithoutHistoryMixin, models.Model):
    """Sluiting: dates on which an offer does not take place (a holiday, a summer
    break); both dates inclusive, Europe/Amsterdam calendar days."""

    service = models.ForeignKey(
        Service,
        verbose_name=_("aanbod"),
        on_delete=models.CASCADE,
        related_name="closures",
    )
    start_date = models.DateField(_("van"))
    end_date = models.DateField(_("tot en met"))
    reason = models.CharField(
        _("reden"), max_length=200, blank=True, help_text=_("Bijvoorbeeld: zomerstop.")
    )

    class Meta:
        ordering = ["start_date"]
        verbose_name = _("sluiting")
        verbose_name_plural = _("sluitingen")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")),
                name="closure_ends_on_or_after_start",
                violation_error_message=_("De einddatum ligt voor de begindatum."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.start_date:%d-%m-%Y} – {self.end_date:%d-%m-%Y}"

    def clean(self) -> None:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("De einddatum ligt voor de begindatum.")}
            )


class LoadedService(models.Model):
    """Geladen aanbod: a project of the shipped partner list that the real-data
    load turned into an offer once.

    The row stays when a coordinator deletes the offer (``service`` becomes
    empty), so the load never brings back what a coordinator removed and never
    touches what they changed.
    """

    source_key = models.CharField(
        _("bronsleutel"),
        max_length=200,
        unique=True,
        help_text=_("Naam van het project in de meegeleverde partnerlijst."),
    )
    service = models.OneToOneField(
        Service,
        verbose_name=_("aanbod"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="loaded_from",
    )
    loaded_at = models.DateTimeField(_("geladen op"), auto_now_add=True)

    class Meta:
        verbose_name = _("geladen project")
        verbose_name_plural = _("geladen projecten")

    def __str__(self) -> str:
        return self.source_key
