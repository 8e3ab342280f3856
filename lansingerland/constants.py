"""Terms shared by all parts of the portal."""

from django.db import models
from django.utils.translation import gettext_lazy as _

#: The group of coordinators (staff who run the portal); production mail
#: routing sends coordinator mail to its active members.
COORDINATOR_GROUP = "coördinatoren"


class Kern(models.TextChoices):
    """Kern: one of the three villages of the municipality of Lansingerland."""

    BERKEL_EN_RODENRIJS = "berkel-en-rodenrijs", _("Berkel en Rodenrijs")
    BERGSCHENHOEK = "bergschenhoek", _("Bergschenhoek")
    BLEISWIJK = "bleiswijk", _("Bleiswijk")

    @classmethod
    def from_name(cls, name: str | None) -> "Kern | None":
        """Return the kern whose Dutch name is ``name`` (any case), or None.

        Raises ValueError for a name that is not one of the three kernen.
        """
        if not name:
            return None
        for kern in cls:
            if str(kern.label).casefold() == name.strip().casefold():
                return kern
        raise ValueError(f"Unknown kern: {name!r}")


class SiteTextSlug(models.TextChoices):
    """Sitetekst: the public texts coordinators edit in the admin."""

    HOME = "home", _("Home: introductie")
    MANIFESTO = "manifest", _("Manifest")
    PRIVACY = "privacy", _("Privacyverklaring")
    ACCESSIBILITY = "toegankelijkheid", _("Toegankelijkheidsverklaring")


#: Datasets of the shipped real data, for tombstones of deleted records
#: (lansingerland.real_data).
REAL_DATA_ORGANIZATIONS = "organization"
REAL_DATA_TARGET_GROUPS = "target_group"
