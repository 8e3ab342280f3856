"""Public pages of the sociale kaart: search with map and list, organisation and
offer pages, GeoJSON of the same search."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from .selectors import (
    find,
    locations_as_geojson,
    organizations_published,
    services_published,
)
from .structured_data import organization_json_ld, service_json_ld

SERVICES_PER_PAGE = 20
ORGANIZATIONS_PER_PAGE = 25


@require_safe
def organization_list(request):
    """Search and filters (all in the URL); the found offers and organisations as
    a list, the accessible twin of the map, which shows the same set."""
    finding = find(request.GET)
    query = request.GET.urlencode()
    return render(
        request,
        "sociale_kaart/organization_list.html",
        {
            "filter": finding.filterset,
            "form": finding.filterset.form,
            "near_place": finding.near_place,
            "services": Paginator(finding.services, SERVICES_PER_PAGE).get_page(
                request.GET.get("pagina")
            ),
            "organizations": Paginator(
                finding.organizations, ORGANIZATIONS_PER_PAGE
            ).get_page(request.GET.get("orgpagina")),
            "query": query,
        },
    )


@require_safe
def organization_detail(request, slug: str):
    organization = get_object_or_404(organizations_published(), slug=slug)
    url = request.build_absolute_uri(organization.get_absolute_url())
    return render(
        request,
        "sociale_kaart/organization_detail.html",
        {
            "organization": organization,
            "services": services_published().filter(organization=organization),
            "json_ld": organization_json_ld(organization, url),
            "places": _places(organization.locations.all()),
        },
    )


@require_safe
def service_detail(request, slug: str):
    service = get_object_or_404(services_published(), slug=slug)
    url = request.build_absolute_uri(service.get_absolute_url())
    return render(
        request,
        "sociale_kaart/service_detail.html",
        {
            "service": service,
            "json_ld": service_json_ld(service, url),
            "places": _places(service.locations.all()),
        },
    )


def _places(locations) -> list[dict]:
    """Points for the small map: ``[{"lat", "lon", "name"}]`` (WGS84)."""
    return [
        {"lat": loc.point.y, "lon": loc.point.x, "name": str(loc)}
        for loc in locations
        if loc.point is not None
    ]


@require_safe
def map_geojson(request):
    """GeoJSON FeatureCollection of the map for the URL's search parameters
    (application/geo+json, WGS84)."""
    return JsonResponse(
        locations_as_geojson(find(request.GET)),
        content_type="application/geo+json",
        json_dumps_params={"ensure_ascii": False},
    )
