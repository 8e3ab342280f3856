"""Public pages of the sociale kaart: search with map and list, organisation and
offer pages, GeoJSON of the same search."""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST, require_safe

from lansingerland.digits import is_number
from lansingerland.page_cache import MAP_TILE_CACHE, cached_document, cached_page
from lansingerland.paging import OnePassPaginator
from lansingerland.qrcodes import qr_code_svg

from . import map_data, map_tiles, shortlist
from .selectors import (
    find,
    organizations_published,
    services_published,
)
from .structured_data import organization_json_ld, service_json_ld

SERVICES_PER_PAGE = 20
ORGANIZATIONS_PER_PAGE = 25


def _depends_on_the_hour(request) -> bool:
    """Open now / today change within the day: such searches are not cached."""
    return request.GET.get("wanneer", "").strip() in ("nu", "vandaag")


def _map_tiles_url() -> str:
    """The map's tile address with ``{z}/{x}/{y}`` for Leaflet to fill."""
    return reverse("sociale_kaart:map_tile", args=["0", "1", "2"]).replace(
        "/0/1/2.", "/{z}/{x}/{y}."
    )


public_page = cached_page(holes=(shortlist.fill_shortlist_holes,))


#: The filters folded under "Meer filters": chosen or wrong, the fold opens.
MORE_FILTERS = (
    "wanneer",
    "dag",
    "doelgroep",
    "leeftijd",
    "gratis",
    "kern",
    "thema",
    "toegankelijk",
)


@require_safe
@cached_page(holes=(shortlist.fill_shortlist_holes,), skip=_depends_on_the_hour)
def organization_list(request):
    """Search and filters (all in the URL); the found offers and organisations as
    a list, the accessible twin of the map, which shows the same set."""
    finding = find(request.GET)
    form = finding.filterset.form
    query = request.GET.urlencode()
    # The map shows every page of the results: one set of tiles per search.
    map_query = request.GET.copy()
    for paging in ("pagina", "orgpagina"):
        map_query.pop(paging, None)
    return render(
        request,
        "sociale_kaart/organization_list.html",
        {
            "filter": finding.filterset,
            "form": form,
            # A visitor who chose a folded filter sees it chosen after Zoeken.
            "filter_open": any(request.GET.get(name) for name in MORE_FILTERS)
            or any(name in form.errors for name in MORE_FILTERS),
            "near_place": finding.near_place,
            "services": OnePassPaginator(finding.services, SERVICES_PER_PAGE).get_page(
                request.GET.get("pagina")
            ),
            "organizations": OnePassPaginator(
                finding.organizations, ORGANIZATIONS_PER_PAGE
            ).get_page(request.GET.get("orgpagina")),
            "query": query,
            "map_query": map_query.urlencode(),
            "map_tiles_url": _map_tiles_url(),
        },
    )


@require_safe
@public_page
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
@public_page
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
    """Points for the small map: ``[{"lat", "lon", "name", "approximate"}]``
    (WGS84 degrees; ``approximate`` when the point is only a kern or
    municipality centre, ``Location.point_is_approximate``)."""
    return [
        {
            "lat": loc.point.y,
            "lon": loc.point.x,
            "name": str(loc),
            "approximate": loc.point_is_approximate,
        }
        for loc in locations
        if loc.point is not None
    ]


@require_safe
def map_geojson(request):
    """GeoJSON FeatureCollection of the map for the URL's search parameters
    (application/geo+json, WGS84, absolute URLs; see
    ``map_data.features_geojson``), cached with ETag/Last-Modified, gzipped,
    open to every origin (CORS)."""
    response = cached_document(
        request,
        lambda: map_data.features_geojson(
            find(request.GET), absolute_url=request.build_absolute_uri
        ),
        content_type="application/geo+json",
        fresh=_depends_on_the_hour(request),
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def map_tile(request, z: str, x: str, y: str):
    """The search map's places in one web-map tile ``z/x/y`` for the URL's
    search parameters (application/geo+json, WGS84; clusters when zoomed out,
    see ``map_tiles``), cached per tile and query with ETag/Last-Modified,
    gzipped, open to every origin (CORS). A tile address that is no tile
    gets 400 with ``{"error": <Dutch message>}``."""
    try:
        tile = map_tiles.Tile.parse(z, x, y)
    except map_tiles.BadTile as error:
        response = JsonResponse(
            {"error": str(error)}, status=400, json_dumps_params={"ensure_ascii": False}
        )
    else:
        if tile.touches_the_map():
            response = cached_document(
                request,
                lambda: map_tiles.tile_geojson(
                    find(request.GET), tile, absolute_url=request.build_absolute_uri
                ),
                content_type="application/geo+json",
                fresh=_depends_on_the_hour(request),
                cache_alias=MAP_TILE_CACHE,
            )
        else:  # nothing to show, and no cache entry per far-away tile
            response = HttpResponse(
                map_data.feature_collection([]), content_type="application/geo+json"
            )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_safe
def map_services(request):
    """The found offers at the places ``?plek=<location id>`` (repeatable), for
    the map's popups, with the same search parameters as the map (JSON; see
    ``map_data.services_at``)."""
    ids = [int(pk) for pk in request.GET.getlist("plek") if is_number(pk)]
    params = request.GET.copy()
    params.pop("plek", None)
    response = JsonResponse(
        map_data.services_at(
            find(params), ids, absolute_url=request.build_absolute_uri
        ),
        json_dumps_params={"ensure_ascii": False},
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _shortlist_page(request, ids: list[int], *, shared: bool):
    by_id = {s.pk: s for s in services_published().filter(pk__in=ids)}
    services = [by_id[pk] for pk in ids if pk in by_id]
    share_url = request.build_absolute_uri(
        shortlist.share_path([s.pk for s in services])
    )
    return render(
        request,
        "sociale_kaart/shortlist.html",
        {
            "services": services,
            "shared": shared,
            "share_url": share_url,
            # Generated from our own URL only: no visitor text in the SVG.
            "qr_svg": qr_code_svg(share_url) if services else "",
        },
    )


@require_safe
def shortlist_detail(request):
    """The visitor's own shortlist, printable, with share link and QR code."""
    return _shortlist_page(
        request, shortlist.shortlist_ids(request.session), shared=False
    )


@require_safe
def shortlist_shared(request):
    """A shortlist from a share link or QR code (``?aanbod=12,15``)."""
    return _shortlist_page(
        request, shortlist.parse_ids(request.GET.get("aanbod", "")), shared=True
    )


def _back(request, service_id: int | None = None):
    """Back to ``volgende`` (this site only), at the offer's own button
    (``#bewaar-<id>``), so a visitor far down the list is not sent to the top."""
    target = request.POST.get("volgende", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        if service_id is not None and "#" not in target:
            target = f"{target}#bewaar-{service_id}"
        return redirect(target)
    return redirect("sociale_kaart:shortlist_detail")


@require_POST
def shortlist_change(request):
    """Add (``actie=bewaar``) or remove an offer, or keep a shared list
    (``actie=overnemen``, ``aanbod=12,15``); then back to where the visitor was."""
    action = request.POST.get("actie")
    if action == "overnemen":
        for pk in shortlist.parse_ids(request.POST.get("aanbod", "")):
            shortlist.shortlist_add(session=request.session, service_id=pk)
        return redirect("sociale_kaart:shortlist_detail")
    ids = shortlist.parse_ids(request.POST.get("aanbod", ""))
    if ids and services_published().filter(pk=ids[0]).exists():
        if action == "bewaar":
            shortlist.shortlist_add(session=request.session, service_id=ids[0])
        elif action == "verwijder":
            shortlist.shortlist_remove(session=request.session, service_id=ids[0])
    return _back(request, ids[0] if ids else None)
