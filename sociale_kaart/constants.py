"""Statuses, choices and fixed terms of the sociale kaart."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern


class OrganizationStatus(models.TextChoices):
    PUBLISHED = "published", _("gepubliceerd")
    HIDDEN = "hidden", _("verborgen")


class ServiceStatus(models.TextChoices):
    """HSDS ``service.status``: only active and temporarily closed offers are shown."""

    ACTIVE = "active", _("actief")
    TEMPORARILY_CLOSED = "temporarily_closed", _("tijdelijk gesloten")
    INACTIVE = "inactive", _("gestopt")


class GeocodeStatus(models.TextChoices):
    """How the point of a location was last found from its address."""

    NOT_TRIED = "", _("niet opgezocht")
    FOUND = "found", _("gevonden bij PDOK")
    NOT_FOUND = "not_found", _("adres niet gevonden: controleren")
    FAILED = "failed", _("PDOK niet bereikbaar: opnieuw proberen")
    MANUAL = "manual", _("met de hand geplaatst")


class Weekday(models.IntegerChoices):
    """ISO weekday numbers (Monday = 1), as ``date.isoweekday()`` returns them."""

    MONDAY = 1, _("maandag")
    TUESDAY = 2, _("dinsdag")
    WEDNESDAY = 3, _("woensdag")
    THURSDAY = 4, _("donderdag")
    FRIDAY = 5, _("vrijdag")
    SATURDAY = 6, _("zaterdag")
    SUNDAY = 7, _("zondag")


class Accessibility(models.TextChoices):
    """Physical accessibility features of a location; values are field names."""

    WHEELCHAIR = "wheelchair_accessible", _("rolstoeltoegankelijk")
    LIFT = "has_lift", _("lift")
    TOILET = "has_accessible_toilet", _("aangepast toilet")
    HEARING_LOOP = "has_hearing_loop", _("ringleiding")
    PARKING = "has_parking", _("parkeren bij de deur")


#: WGS84 (lat, lon) centre of each kern, from the coalition's partner list;
#: the fallback for "near" when the geocoder can't be reached.
KERN_CENTRES: dict[str, tuple[float, float]] = {
    Kern.BERKEL_EN_RODENRIJS: (51.993, 4.476),
    Kern.BERGSCHENHOEK: (51.988, 4.500),
    Kern.BLEISWIJK: (52.011, 4.532),
}

#: The four-digit postcodes (PC4) of each kern, from the same list.
KERN_POSTCODES: dict[str, tuple[str, ...]] = {
    Kern.BERKEL_EN_RODENRIJS: ("2650", "2651", "2652"),
    Kern.BERGSCHENHOEK: ("2661", "2662"),
    Kern.BLEISWIJK: ("2665",),
}

#: WGS84 bounding box of the municipality: (west, south, east, north).
MUNICIPALITY_BBOX = (4.425, 51.955, 4.61, 52.05)


class OpenDataLicence(models.TextChoices):
    """Licences a coordinator can put on the open data; values are SPDX ids."""

    CC0 = "CC0-1.0", _("CC0 1.0: vrij te gebruiken, zonder voorwaarden")
    CC_BY = "CC-BY-4.0", _("CC BY 4.0: vrij te gebruiken met naamsvermelding")
    CC_BY_SA = "CC-BY-SA-4.0", _("CC BY-SA 4.0: naamsvermelding, gelijk delen")


#: The licence deeds, by SPDX id.
OPEN_DATA_LICENCE_URLS: dict[str, str] = {
    OpenDataLicence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
    OpenDataLicence.CC_BY: "https://creativecommons.org/licenses/by/4.0/deed.nl",
    OpenDataLicence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/deed.nl",
}
