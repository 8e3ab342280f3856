"""Managed taxonomies of the sociale kaart (HSDS ``taxonomy_term``)."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class Theme(models.Model):
    """Thema: a term of the managed taxonomy of themes (HSDS ``taxonomy_term``)."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    uuid = models.UUIDField(
        _("publieke id"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Vaste id in de open data (HSDS); verandert nooit."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def __str__(self) -> str:
        return self.name


class TargetGroup(models.Model):
    """Doelgroep: a term of the managed taxonomy of target groups (HSDS).

    Coordinators keep the list in the admin, e.g. ``ouderen``, ``mantelzorgers``.
    """

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    uuid = models.UUIDField(
        _("publieke id"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Vaste id in de open data (HSDS); verandert nooit."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")

    def __str__(self) -> str:
        return self.name
