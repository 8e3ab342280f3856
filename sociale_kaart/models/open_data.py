"""Settings of the published open data (HSDS API, GeoJSON)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..constants import OPEN_DATA_LICENCE_URLS, OpenDataLicence


class OpenDataSettings(models.Model):
    """Open data: the licence under which the sociale kaart's data is published.

    One row (pk 1), created by a migration with the default licence, CC0 1.0,
    the usual licence for Dutch government open data.
    """

    licence = models.CharField(
        _("licentie"),
        max_length=20,
        choices=OpenDataLicence.choices,
        default=OpenDataLicence.CC0,
        help_text=_(
            "Onder deze licentie mag iedereen de open data van de sociale kaart "
            "hergebruiken. CC0 is gebruikelijk voor open data van de overheid."
        ),
    )
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("open data")
        verbose_name_plural = _("open data")

    def __str__(self) -> str:
        return self.get_licence_display()

    @classmethod
    def current(cls) -> "OpenDataSettings":
        """The one settings row; an unsaved one with the defaults when missing
        (reading a page never writes)."""
        return cls.objects.filter(pk=1).first() or cls(pk=1)

    @property
    def licence_url(self) -> str:
        """The Creative Commons deed of the licence (Dutch), an absolute URL."""
        return OPEN_DATA_LICENCE_URLS[self.licence]
