"""Reads of the sociale kaart for the public pages (constant query counts)."""

from dataclasses import dataclass

from django.db.models import FloatField, Func, Prefetch, Q, QuerySet
from django.http import QueryDict
from django.urls import reverse

from lansingerland.constants import Kern

from .constants import OrganizationStatus
from .filters import OrganizationFilter, ServiceFilter
from .models import Location, Organization, Service
from .verification import organization_ids_expired


def organizations_published() -> QuerySet[Organization]:
    """Published organisations by name, with themes and locations prefetched."""
    return Organization.objects.published().prefetch_related(
        "themes", Prefetch("locations", queryset=Location.objects.order_by("pk"))
    )


@dataclass
class Finding:
    """What one set of search parameters finds: the bound ``filterset`` (its
    form shows the errors), the matching ``services`` and ``organizations``."""

    filterset: ServiceFilter
    services: QuerySet[Service]
    organizations: QuerySet[Organization]

    @property
    def near_place(self):
        return self.filterset.near_place


def find(params: QueryDict) -> Finding:
    """Apply the URL's search parameters (see ``filters.ServiceFilter``) to the
    published offers and organisations. The querysets are lazy; they carry
    ``rank`` when searched on words and ``distance`` (metres) when near a place.
    A place typed for "near" is resolved through the cache (may ask PDOK once).
    """
    services = ServiceFilter(params, queryset=services_published())
    organizations = OrganizationFilter(params, queryset=organizations_published())
    organizations._form = services.form  # one form, validated (and resolved) once
    organization_qs = organizations.qs
    if services.service_only_active:
        organization_qs = organization_qs.filter(
            pk__in=services.qs.order_by().values("organization")
        )
    return Finding(
        filterset=services, services=services.qs, organizations=organization_qs
    )


def locations_as_geojson(finding: Finding | None = None) -> dict:
    """The map's features as a GeoJSON FeatureCollection (RFC 7946).

    One Point feature per located location of the found organisations and
    offers (default: everything published); coordinates are WGS84 [lon, lat]
    degrees. Properties: ``name`` (organisation), ``url``, ``kern`` (Dutch name
    or ""), ``address``, ``themes`` (names), ``approximate`` (true when the point
    is a kern or municipality centre) and ``services`` (found offers there, each
    ``{"name", "url"}``). Three queries whatever the size.
    """
    finding = finding or find(QueryDict())
    service_ids = finding.services.order_by().values("pk")
    locations = (
        Location.objects.filter(
            Q(organization__in=finding.organizations.order_by().values("pk"))
            | Q(pk__in=Location.objects.filter(services__in=service_ids).values("pk")),
            organization__status=OrganizationStatus.PUBLISHED,
            point__isnull=False,
        )
        .select_related("organization")
        .defer("point")
        .annotate(
            lon=Func("point", function="ST_X", output_field=FloatField()),
            lat=Func("point", function="ST_Y", output_field=FloatField()),
        )
        .prefetch_related(
            "organization__themes",
            Prefetch(
                "services",
                queryset=Service.objects.filter(pk__in=service_ids)
                .only("pk", "name", "slug")
                .order_by("name", "pk"),
                to_attr="found_services",
            ),
        )
        .order_by("organization__name", "pk")
    )
    # One reverse() per kind instead of one per row: thousands of features.
    organization_url = reverse("sociale_kaart:organization_detail", args=["-slug-"])
    service_url = reverse("sociale_kaart:service_detail", args=["-slug-"])
    kern_labels = {kern.value: str(kern.label) for kern in Kern}
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": location.pk,
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(location.lon, 6), round(location.lat, 6)],
                },
                "properties": {
                    "name": location.organization.name,
                    "url": organization_url.replace(
                        "-slug-", location.organization.slug
                    ),
                    "kern": kern_labels.get(location.kern, ""),
                    "address": location.address,
                    "themes": [t.name for t in location.organization.themes.all()],
                    "approximate": location.point_is_approximate,
                    "services": [
                        {"name": s.name, "url": service_url.replace("-slug-", s.slug)}
                        for s in location.found_services
                    ],
                },
            }
            for location in locations
        ],
    }


def services_published() -> QuerySet[Service]:
    """Published offers with organisation, taxonomies, locations, schedules and
    closures fetched in a fixed number of queries.

    Offers of organisations whose information has not been checked for too
    long (verification EXPIRED, see ``sociale_kaart.verification``) are left out, by a
    subquery, so the number of queries stays the same.
    """
    return (
        Service.objects.published()
        .exclude(organization__in=organization_ids_expired())
        .select_related("organization")
        .prefetch_related(
            "themes",
            "target_groups",
            Prefetch("locations", queryset=Location.objects.order_by("pk")),
            "schedules",
            "closures",
        )
    )
