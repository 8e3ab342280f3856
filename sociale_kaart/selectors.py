"""Reads of the sociale kaart for the public pages (constant query counts)."""

from django.db.models import Prefetch, QuerySet

from .models import Location, Organization, Service


def organizations_published() -> QuerySet[Organization]:
    """Published organisations by name, with themes and locations prefetched."""
    return Organization.objects.published().prefetch_related(
        "themes", Prefetch("locations", queryset=Location.objects.order_by("pk"))
    )


def locations_as_geojson() -> dict:
    """The map's features as a GeoJSON FeatureCollection (RFC 7946).

    One Point feature per located location of a published organisation;
    coordinates are WGS84 [lon, lat] degrees. Properties: ``name``, ``url``,
    ``kern`` (Dutch name or ""), ``address``, ``themes`` (names) and
    ``approximate`` (true when the point is a kern or municipality centre).
    """
    locations = (
        Location.objects.filter(
            organization__in=Organization.objects.published(), point__isnull=False
        )
        .select_related("organization")
        .prefetch_related("organization__themes")
        .order_by("organization__name", "pk")
    )
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": location.pk,
                "geometry": {
                    "type": "Point",
                    "coordinates": [
                        round(location.point.x, 6),
                        round(location.point.y, 6),
                    ],
                },
                "properties": {
                    "name": location.organization.name,
                    "url": location.organization.get_absolute_url(),
                    "kern": location.get_kern_display() if location.kern else "",
                    "address": location.address,
                    "themes": [t.name for t in location.organization.themes.all()],
                    "approximate": location.point_is_approximate,
                },
            }
            for location in locations
        ],
    }


def services_published() -> QuerySet[Service]:
    """Published offers with organisation, taxonomies, locations, schedules and
    closures fetched in a fixed number of queries."""
    return (
        Service.objects.published()
        .select_related("organization")
        .prefetch_related(
            "themes",
            "target_groups",
            Prefetch("locations", queryset=Location.objects.order_by("pk")),
            "schedules",
            "closures",
        )
    )
