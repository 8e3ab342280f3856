"""Aanhaken: join requests of organisations and residents."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern
from lansingerland.fields import WebsiteField
from lansingerland.mail import validate_deliverable_email
from lansingerland.model_mixins import PlainLineBreaksMixin

from ..constants import ORGANIZATION_MODEL, JoinRequestKind, JoinRequestStatus


class JoinRequest(PlainLineBreaksMixin, models.Model):
    """Aanhaken: an organisation or resident asking to join the coalition."""

    kind = models.CharField(_("soort"), max_length=20, choices=JoinRequestKind.choices)
    name = models.CharField(_("naam"), max_length=200)
    email = models.EmailField(_("e-mailadres"), validators=[validate_deliverable_email])
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    organization_name = models.CharField(
        _("naam van de organisatie"), max_length=200, blank=True
    )
    website = WebsiteField(_("website"), blank=True)
    kern = models.CharField(_("kern"), max_length=30, choices=Kern.choices, blank=True)
    message = models.TextField(_("bericht"), blank=True)
    privacy_consent_at = models.DateTimeField(_("akkoord met privacyverklaring op"))
    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=JoinRequestStatus.choices,
        default=JoinRequestStatus.NEW,
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
    organization = models.ForeignKey(
        ORGANIZATION_MODEL,
        verbose_name=_("aangemaakte organisatie"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind=JoinRequestKind.ORGANIZATION)
                | ~Q(organization_name=""),
                name="join_request_organization_has_name",
            )
        ]

    def __str__(self) -> str:
        return self.organization_name or self.name
