"""Public pages of the sociale kaart: list with map, organisation page, GeoJSON."""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from .selectors import (
    locations_as_geojson,
    organizations_published,
    services_published,
)


@require_safe
def organization_list(request):
    """All published organisations as a list, the accessible twin of the map."""
    return render(
        request,
        "sociale_kaart/organization_list.html",
        {"organizations": organizations_published()},
    )


@require_safe
def organization_detail(request, slug: str):
    organization = get_object_or_404(organizations_published(), slug=slug)
    return render(
        request,
        "sociale_kaart/organization_detail.html",
        {"organization": organization},
    )


@require_safe
def map_geojson(request):
    """GeoJSON FeatureCollection of the map (application/geo+json, WGS84)."""
    return JsonResponse(
        locations_as_geojson(),
        content_type="application/geo+json",
        json_dumps_params={"ensure_ascii": False},
    )


@require_safe
def service_detail(request, slug: str):
    service = get_object_or_404(services_published(), slug=slug)
    return render(request, "sociale_kaart/service_detail.html", {"service": service})
