"""Partner area: memberships, invitations, approval settings, pending changes,
verification requests and join requests."""

import datetime

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lansingerland.model_mixins import PlainLineBreaksMixin

from ..constants import (
    ORGANIZATION_MODEL,
    ChangeStatus,
    ChangeTarget,
    MembershipRole,
)


class MembershipQuerySet(models.QuerySet):
    def active(self, today: datetime.date | None = None) -> "MembershipQuerySet":
        """Memberships in force on ``today`` (Europe/Amsterdam; default: today).

        A membership counts from ``start_date`` up to and including
        ``end_date``; the user must be active.
        """
        today = today or timezone.localdate()
        return self.filter(
            Q(end_date__isnull=True) | Q(end_date__gte=today),
            start_date__lte=today,
            user__is_active=True,
        )


class Membership(models.Model):
    """Lidmaatschap: a person's access to one organisation in the partner area.

    A user may hold memberships of several organisations. Access stops after
    ``end_date`` (inclusive last day), e.g. when someone leaves.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="partner_memberships",
    )
    organization = models.ForeignKey(
        ORGANIZATION_MODEL,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(
        _("rol"),
        max_length=20,
        choices=MembershipRole.choices,
        default=MembershipRole.EDITOR,
        help_text=_(
            "Redacteuren houden de gegevens van de organisatie bij; behandelaars "
            "van doorverwijzingen zien de meldingen die naar de organisatie zijn "
            "doorverwezen."
        ),
    )
    start_date = models.DateField(_("begindatum"), default=timezone.localdate)
    end_date = models.DateField(
        _("einddatum"),
        null=True,
        blank=True,
        help_text=_("Na deze dag heeft de persoon geen toegang meer."),
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uitgenodigd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["organization__name", "user__email"]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organization", "role"],
                name="membership_unique_user_organization_role",
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="membership_end_after_start",
                violation_error_message=_("De einddatum ligt voor de begindatum."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organization} ({self.get_role_display()})"


class Invitation(models.Model):
    """Uitnodiging: a one-time, expiring link to set a password.

    Only a SHA-256 hash of the token is stored; the token itself is in the
    mail. The link shows a form on GET and acts only on POST, so mail scanners
    that follow links use nothing up.
    """

    membership = models.ForeignKey(
        Membership,
        verbose_name=_("lidmaatschap"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    email = models.EmailField(_("e-mailadres"))
    created_at = models.DateTimeField(_("verstuurd op"), auto_now_add=True)
    expires_at = models.DateTimeField(_("verloopt op"))
    used_at = models.DateTimeField(_("gebruikt op"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")

    def __str__(self) -> str:
        return self.email

    def is_expired(self, now: datetime.datetime | None = None) -> bool:
        return (now or timezone.now()) >= self.expires_at


class PartnerSettings(models.Model):
    """Partnerinstellingen: how a coordinator lets an organisation's edits go live."""

    organization = models.OneToOneField(
        ORGANIZATION_MODEL,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="partner_settings",
    )
    changes_need_approval = models.BooleanField(
        _("wijzigingen vooraf goedkeuren"),
        default=False,
        help_text=_(
            "Aangevinkt: wijzigingen van partners wachten op goedkeuring van een "
            "coördinator. Uit: ze staan meteen op de site."
        ),
    )

    class Meta:
        verbose_name = _("partnerinstelling")
        verbose_name_plural = _("partnerinstellingen")

    def __str__(self) -> str:
        return str(self.organization)


class PendingChange(PlainLineBreaksMixin, models.Model):
    """Voorgestelde wijziging: a partner's edit waiting for a coordinator.

    ``target`` says what it is about. For an organisation or a location
    ``data`` maps field names to their new values; an empty ``location`` with
    target LOCATION means the partner proposes a new location. For an offer
    (``service``) or an activity (``activity``) ``data`` holds the submitted
    values, checked again by the domain's rules (not by a form) when a
    coordinator approves. An empty ``service``/``activity`` means the partner
    proposes a new one. New objects are created on approval. Values are JSON
    (dates and times as ISO strings, related objects as lists of ids).
    """

    organization = models.ForeignKey(
        ORGANIZATION_MODEL,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="pending_changes",
    )
    location = models.ForeignKey(
        "sociale_kaart.Location",
        verbose_name=_("locatie"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pending_changes",
    )
    target = models.CharField(
        _("over"),
        max_length=20,
        choices=ChangeTarget.choices,
        default=ChangeTarget.ORGANIZATION,
    )
    service = models.ForeignKey(
        "sociale_kaart.Service",
        verbose_name=_("aanbod"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pending_changes",
    )
    activity = models.ForeignKey(
        "activiteiten.Activity",
        verbose_name=_("activiteit"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pending_changes",
    )
    data = models.JSONField(_("wijzigingen"), encoder=DjangoJSONEncoder)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ingediend door"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("ingediend op"), auto_now_add=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ChangeStatus.choices,
        default=ChangeStatus.PENDING,
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordeeld door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    reason = models.TextField(_("toelichting"), blank=True)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("voorgestelde wijziging")
        verbose_name_plural = _("voorgestelde wijzigingen")

    def __str__(self) -> str:
        return f"{self.organization} ({self.get_status_display()})"

    @property
    def is_new(self) -> bool:
        """True when the partner proposes a new location, offer or activity
        (no ``location``/``service``/``activity`` yet; approving creates it)."""
        return (
            (self.target == ChangeTarget.LOCATION and not self.location_id)
            or (self.target == ChangeTarget.SERVICE and not self.service_id)
            or (self.target == ChangeTarget.ACTIVITY and not self.activity_id)
        )

    @property
    def target_object(self) -> models.Model | None:
        """The object the change is about; None for a proposed new one."""
        return {
            ChangeTarget.ORGANIZATION: self.organization,
            ChangeTarget.LOCATION: self.location,
            ChangeTarget.SERVICE: self.service,
            ChangeTarget.ACTIVITY: self.activity,
        }[self.target]


class DigestRun(models.Model):
    """Overzicht verstuurd: one coordinators' digest, covering changes up to
    ``period_end`` (UTC). The next digest starts there, so re-running sends
    nothing twice."""

    period_start = models.DateTimeField(_("vanaf"), null=True)
    period_end = models.DateTimeField(_("tot"))
    sent_at = models.DateTimeField(_("verstuurd op"), auto_now_add=True)
    change_count = models.PositiveIntegerField(_("aantal wijzigingen"))

    class Meta:
        ordering = ["-period_end"]
        verbose_name = _("overzicht van wijzigingen")
        verbose_name_plural = _("overzichten van wijzigingen")

    def __str__(self) -> str:
        return f"{self.period_end:%Y-%m-%d %H:%M}"


class VerificationRequest(models.Model):
    """Controleverzoek: "klopt dit nog?" sent to an organisation's editors.

    One per organisation per verification cycle (``cycle_start`` is the day
    the information became due). The mailed token shows a confirm button on
    GET and confirms only on POST; only its SHA-256 hash is stored.
    """

    organization = models.ForeignKey(
        ORGANIZATION_MODEL,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="verification_requests",
    )
    cycle_start = models.DateField(_("controle nodig vanaf"))
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    sent_at = models.DateTimeField(_("verstuurd op"), auto_now_add=True)
    expires_at = models.DateTimeField(_("link verloopt op"))
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("bevestigd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("controleverzoek")
        verbose_name_plural = _("controleverzoeken")
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "cycle_start"],
                name="verification_request_one_per_cycle",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organization} ({self.cycle_start})"


from .join_requests import JoinRequest  # noqa: E402

__all__ = [
    "DigestRun",
    "Invitation",
    "JoinRequest",
    "Membership",
    "MembershipQuerySet",
    "PartnerSettings",
    "PendingChange",
    "VerificationRequest",
]
