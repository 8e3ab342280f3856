"""The map's data: features as GeoJSON, offers per place loaded on demand."""

import json
from collections.abc import Callable

from django.db.models import (
    Count,
    FloatField,
    Func,
    Q,
    QuerySet,
)
from django.urls import reverse

from .constants import OrganizationStatus
from .models import Location, Service
from .selectors import Finding

MAX_PLACES_PER_REQUEST = 50


def found_locations(finding: Finding) -> QuerySet[Location]:
    """The located places of the found organisations and offers (published
    organisations only, ``point`` set)."""
    service_ids = finding.services.order_by().values("pk")
    return Location.objects.filter(
        Q(organization__in=finding.organizations.order_by().values("pk"))
        | Q(pk__in=Location.objects.filter(services__in=service_ids).values("pk")),
        organization__status=OrganizationStatus.PUBLISHED,
        point__isnull=False,
    )


def features_geojson(finding: Finding, *, absolute_url: Callable[[str], str]) -> bytes:
    """The found places as a GeoJSON FeatureCollection (RFC 7946), UTF-8 bytes:
    every place at once, the open data (the map itself loads ``map_tiles``).

    One Point feature per located location of the found organisations and
    offers (see ``point_features``). Two queries whatever the size; rows as
    tuples, no model objects.
    """
    return feature_collection(point_features(finding, absolute_url=absolute_url))


def feature_collection(features: list[dict]) -> bytes:
    """``features`` as a compact GeoJSON FeatureCollection, UTF-8 bytes."""
    return json.dumps(
        {"type": "FeatureCollection", "features": features},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()


def point_features(
    finding: Finding,
    locations: QuerySet[Location] | None = None,
    *,
    absolute_url: Callable[[str], str],
) -> list[dict]:
    """One GeoJSON Point feature per location of ``locations`` (a narrower
    queryset of ``found_locations(finding)``; all of them when None), by
    organisation name: ``id`` the location's id, coordinates WGS84 [lon, lat]
    degrees (6 decimals). Properties, kept
    small (the popup loads the rest with ``services_at``): ``name``
    (organisation), ``url`` (absolute, made by ``absolute_url(path)``),
    ``approximate`` (true when the point is a kern or municipality centre) and
    ``service_count`` (found offers there). Two queries."""
    links = Service.locations.through.objects.filter(
        service__in=finding.services.order_by().values("pk")
    )
    if locations is None:
        locations = found_locations(finding)
    else:
        links = links.filter(location__in=locations.order_by().values("pk"))
    # One grouped scan of the links (a hash join), not a count per location.
    service_counts = dict(
        links.order_by()
        .values("location")
        .annotate(n=Count("*"))
        .values_list("location", "n")
    )
    rows = (
        locations.annotate(
            lon=Func("point", function="ST_X", output_field=FloatField()),
            lat=Func("point", function="ST_Y", output_field=FloatField()),
        )
        .order_by("organization__name", "pk")
        .values_list(
            "pk",
            "lon",
            "lat",
            "organization__name",
            "organization__slug",
            "point_is_approximate",
        )
    )
    prefix = absolute_url(
        reverse("sociale_kaart:organization_detail", args=["-slug-"])
    ).split("-slug-")
    return [
        {
            "type": "Feature",
            "id": pk,
            "geometry": {
                "type": "Point",
                "coordinates": [round(lon, 6), round(lat, 6)],
            },
            "properties": {
                "name": name,
                "url": slug.join(prefix),
                "approximate": approximate,
                "service_count": service_counts.get(pk, 0),
            },
        }
        for pk, lon, lat, name, slug, approximate in rows
    ]


def services_at(
    finding: Finding, location_ids: list[int], *, absolute_url: Callable[[str], str]
) -> dict[str, list[dict]]:
    """The found offers at each of ``location_ids`` (at most
    ``MAX_PLACES_PER_REQUEST``; unknown or unpublished ids are left out):
    ``{"<location id>": [{"name", "url"}]}``, offers by name, URLs absolute.
    Two queries."""
    ids = location_ids[:MAX_PLACES_PER_REQUEST]
    located = list(
        found_locations(finding).filter(pk__in=ids).values_list("pk", flat=True)
    )
    links = (
        Service.locations.through.objects.filter(
            location__in=located,
            service__in=finding.services.order_by().values("pk"),
        )
        .order_by("service__name", "service__pk")
        .values_list("location_id", "service__name", "service__slug")
    )
    prefix = absolute_url(
        reverse("sociale_kaart:service_detail", args=["-slug-"])
    ).split("-slug-")
    found: dict[str, list[dict]] = {str(pk): [] for pk in located}
    for location_id, name, slug in links:
        found[str(location_id)].append({"name": name, "url": slug.join(prefix)})
    return found
