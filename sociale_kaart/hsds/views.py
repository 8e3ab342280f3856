"""The HSDS 3.0 API of the sociale kaart, as the Open Referral OpenAPI
description defines it, under ``/sociale-kaart/open-data/hsds/``.

Lists answer with the HSDS paging object; a filter we do not support, or a
value we cannot read, gets 400 with ``{"error": ...}``; an unknown id 404.
Every answer allows any origin (CORS) and names the licence in a
``Link: <...>; rel="license"`` header.
"""

import uuid
from collections.abc import Callable

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from ..models import OpenDataSettings, TargetGroup, Theme
from . import queries, serializers

LIST_FILTERS = {
    "organizations": {"search", "modified_after", "format"},
    "services": {
        "search",
        "organization_id",
        "taxonomy_term_id",
        "taxonomy_id",
        "modified_after",
        "format",
    },
    "service_at_locations": {
        "search",
        "organization_id",
        "taxonomy_term_id",
        "taxonomy_id",
        "modified_after",
        "format",
    },
    "taxonomies": {"search", "format"},
    "taxonomy_terms": {"search", "taxonomy_id", "format"},
    "locations": {"format"},
}


def _json(request, data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(
        data, status=status, json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"
    response["Link"] = f'<{OpenDataSettings.current().licence_url}>; rel="license"'
    return response


def _records(entity: str, params: dict, absolute_url: Callable[[str], str]):
    if entity == "organizations":
        return queries.organizations(params), lambda o: serializers.organization(
            o, absolute_url
        )
    if entity == "services":
        return queries.service_list(params), lambda s: serializers.service(
            s, absolute_url
        )
    if entity == "service_at_locations":
        return queries.service_at_locations(
            params
        ), lambda link: serializers.service_at_location(link.service, link.location)
    if entity == "taxonomies":
        return queries.taxonomies(params), serializers.taxonomy
    if entity == "taxonomy_terms":
        return queries.taxonomy_terms(params), serializers.taxonomy_term
    return queries.locations(), serializers.location


@require_safe
def api_list(request, entity: str):
    """A page of ``entity`` (see ``LIST_FILTERS``) as the HSDS paging object."""
    params = request.GET.dict()
    try:
        queries.check_params(params, LIST_FILTERS[entity])
        if params.get("format", "json") != "json":
            raise queries.BadFilter("only format=json is supported")
        records, serialize = _records(entity, params, request.build_absolute_uri)
        page = queries.page_of(records, params, serialize)
    except queries.BadFilter as error:
        return _json(request, {"error": str(error)}, status=400)
    return _json(request, page.as_hsds())


@require_safe
def api_item(request, entity: str, pk: str):
    """One organization, service, service_at_location, taxonomy or taxonomy
    term by its UUID; 404 ``{"error": ...}`` when there is none."""
    if request.GET:
        return _json(request, {"error": "no filters on a single item"}, status=400)
    try:
        key = uuid.UUID(pk)
    except ValueError:
        key = None
    item = _item(entity, key, request.build_absolute_uri) if key else None
    if item is None:
        return _json(request, {"error": f"no {entity} with id {pk}"}, status=404)
    return _json(request, item)


def _item(entity: str, key: uuid.UUID, absolute_url) -> dict | None:
    if entity == "organizations":
        org = queries.organizations({}).filter(uuid=key).first()
        return serializers.organization(org, absolute_url) if org else None
    if entity == "services":
        service = queries.services().filter(uuid=key).first()
        return serializers.service(service, absolute_url) if service else None
    if entity == "service_at_locations":
        return queries.service_at_location_by_id(key)
    if entity == "taxonomies":
        found = [
            k for k in serializers.TAXONOMIES if serializers.taxonomy_id(k) == str(key)
        ]
        return serializers.taxonomy(found[0]) if found else None
    term = Theme.objects.filter(uuid=key).first() or (
        TargetGroup.objects.filter(uuid=key).first()
    )
    return serializers.taxonomy_term(term) if term else None


@require_safe
def api_root(request):
    """HSDS API meta information: version and the OpenAPI description used."""
    return _json(
        request,
        {
            "version": "3.0",
            "openapi_url": "https://raw.githubusercontent.com/openreferral/"
            "specification/3.0/schema/openapi.json",
            "profile": request.build_absolute_uri(reverse("sociale_kaart:open_data")),
        },
    )


@require_safe
def open_data(request):
    """Public page: what open data the sociale kaart publishes, where, and under
    which licence (set by coordinators, default CC0)."""
    base = reverse("sociale_kaart:hsds_root")
    endpoints = [
        (name, request.build_absolute_uri(base + name))
        for name in (
            "organizations",
            "services",
            "service_at_locations",
            "taxonomies",
            "taxonomy_terms",
        )
    ]
    return render(
        request,
        "sociale_kaart/open_data.html",
        {
            "settings": OpenDataSettings.current(),
            "api_base": request.build_absolute_uri(base),
            "endpoints": endpoints,
        },
    )
