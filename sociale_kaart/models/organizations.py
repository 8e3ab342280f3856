"""Sociale kaart: organisations and their locations, after Open Referral HSDS 3.0."""

import uuid

from django.contrib.gis.db import models
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern
from lansingerland.fields import WebsiteField
from lansingerland.mail import validate_deliverable_email
from lansingerland.model_mixins import (
    PlainLineBreaksMixin,
    UnchangedSaveWithoutHistoryMixin,
)
from lansingerland.validators import validate_description_length

from ..constants import GeocodeStatus, OrganizationStatus
from ..postcodes import normalize_postcode, validate_postcode
from .taxonomy import Theme


class OrganizationQuerySet(models.QuerySet):
    def published(self) -> "OrganizationQuerySet":
        """Organisations visitors may see."""
        return self.filter(status=OrganizationStatus.PUBLISHED)


class Organization(
    PlainLineBreaksMixin, UnchangedSaveWithoutHistoryMixin, models.Model
):
    """Organisatie: a partner or other organisation on the sociale kaart (HSDS)."""

    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("Deel van het webadres: /sociale-kaart/<slug>/."),
    )
    uuid = models.UUIDField(
        _("publieke id"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Vaste id in de open data (HSDS); verandert nooit."),
    )
    description = models.TextField(
        _("beschrijving"), blank=True, validators=[validate_description_length]
    )
    website = WebsiteField(_("website"), blank=True)
    email = models.EmailField(
        _("e-mailadres"), blank=True, validators=[validate_deliverable_email]
    )
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    themes = models.ManyToManyField(
        Theme, verbose_name=_("thema's"), blank=True, related_name="organizations"
    )
    is_coalition_partner = models.BooleanField(
        _("partner van de coalitie"),
        default=False,
        help_text=_("Heeft het manifest Samen aan zet ondertekend."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=OrganizationStatus.choices,
        default=OrganizationStatus.PUBLISHED,
    )
    last_verified_at = models.DateField(
        _("laatst gecontroleerd op"),
        null=True,
        blank=True,
        help_text=_("De dag waarop iemand de gegevens voor het laatst nakeek."),
    )
    source_key = models.CharField(
        _("bronsleutel"),
        max_length=200,
        blank=True,
        editable=False,
        help_text=_("Sleutel van het record in de meegeleverde partnerlijst."),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        indexes = [
            # fastupdate off: see ``models.search``.
            GinIndex(
                fields=["name"],
                name="organization_name_trgm",
                opclasses=["gin_trgm_ops"],
                fastupdate=False,
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["source_key"],
                condition=~models.Q(source_key=""),
                name="organization_unique_source_key",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("sociale_kaart:organization_detail", args=[self.slug])


class Location(UnchangedSaveWithoutHistoryMixin, models.Model):
    """Locatie: a place where an organisation can be found (HSDS ``location``).

    ``point`` is WGS84 (lon, lat) degrees, SRID 4326. When ``point_is_approximate``
    is set the point marks a kern or the municipality, not a building. The point
    is looked up at PDOK by ``services.location_geocode`` when the address
    changes; ``geocode_status`` tells a coordinator when that failed.
    """

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="locations",
    )
    uuid = models.UUIDField(
        _("publieke id"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Vaste id in de open data (HSDS); verandert nooit."),
    )
    name = models.CharField(_("naam"), max_length=200, blank=True)
    street = models.CharField(_("straat"), max_length=200, blank=True)
    house_number = models.PositiveIntegerField(_("huisnummer"), null=True, blank=True)
    house_letter = models.CharField(_("huisletter"), max_length=1, blank=True)
    house_number_addition = models.CharField(
        _("huisnummertoevoeging"), max_length=4, blank=True
    )
    postcode = models.CharField(
        _("postcode"),
        max_length=7,
        blank=True,
        validators=[validate_postcode],
        help_text=_("Vier cijfers en twee letters, bijvoorbeeld 2665 AB."),
    )
    place = models.CharField(_("plaats"), max_length=100, blank=True)
    kern = models.CharField(_("kern"), max_length=30, choices=Kern.choices, blank=True)
    point = models.PointField(_("plek op de kaart"), srid=4326, null=True, blank=True)
    point_is_approximate = models.BooleanField(
        _("plek is bij benadering"),
        default=False,
        help_text=_(
            "Aangevinkt: de plek is het midden van een kern of de gemeente, "
            "niet het gebouw. Haal het vinkje weg als u de plek verbeterd hebt."
        ),
    )
    geocode_status = models.CharField(
        _("adres opzoeken"),
        max_length=20,
        choices=GeocodeStatus.choices,
        blank=True,
        default=GeocodeStatus.NOT_TRIED,
        editable=False,
    )
    geocoded_address = models.CharField(
        _("opgezocht adres"),
        max_length=300,
        blank=True,
        editable=False,
        help_text=_("Het adres waarvoor de plek het laatst is opgezocht."),
    )
    wheelchair_accessible = models.BooleanField(
        _("rolstoeltoegankelijk"), default=False
    )
    has_lift = models.BooleanField(_("lift"), default=False)
    has_accessible_toilet = models.BooleanField(_("aangepast toilet"), default=False)
    has_hearing_loop = models.BooleanField(_("ringleiding"), default=False)
    has_parking = models.BooleanField(_("parkeren bij de deur"), default=False)
    transport_note = models.CharField(
        _("openbaar vervoer"),
        max_length=300,
        blank=True,
        help_text=_("Bijvoorbeeld: bushalte Dorpsstraat, lijn 173, 2 minuten lopen."),
    )

    class Meta:
        ordering = ["organization__name", "pk"]
        verbose_name = _("locatie")
        verbose_name_plural = _("locaties")
        indexes = [
            # The search's street match (``search.text_search``), same
            # expression; fastupdate off: see ``models.search``.
            GinIndex(
                SearchVector("street", config="dutch_unaccent"),
                name="location_street_search",
                fastupdate=False,
            ),
        ]

    def __str__(self) -> str:
        return self.name or self.address or str(self.organization)

    def clean(self) -> None:
        self.postcode = normalize_postcode(self.postcode)
        self.house_letter = self.house_letter.strip().upper()
        self.house_number_addition = self.house_number_addition.strip()

    @property
    def needs_geocoding(self) -> bool:
        """True when the address differs from the one the point was found for."""
        return bool(self.street and self.house_number) and (
            self.geocoded_address != self.address
            or self.geocode_status == GeocodeStatus.FAILED
        )

    @property
    def accessibility_labels(self) -> list[str]:
        """Dutch labels of the accessibility features this location has."""
        from ..constants import Accessibility

        return [str(f.label) for f in Accessibility if getattr(self, f.value)]

    @property
    def address(self) -> str:
        """The address in Dutch order: ``Dorpsstraat 67a-1, 2661 AB, Bergschenhoek``.

        Empty when no address part is known.
        """
        number = ""
        if self.house_number:
            number = f"{self.house_number}{self.house_letter}"
            if self.house_number_addition:
                number += f"-{self.house_number_addition}"
        street = " ".join(part for part in (self.street, number) if part)
        return ", ".join(part for part in (street, self.postcode, self.place) if part)
