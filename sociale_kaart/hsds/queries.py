"""The lists of the HSDS 3.0 API: which records, which filters, which page.

Filters follow the HSDS OpenAPI description: ``page`` (from 1), ``per_page``
(1 to ``MAX_PER_PAGE``, default ``PER_PAGE``), ``search`` (words in the name or
description), ``organization_id`` and ``taxonomy_term_id`` / ``taxonomy_id``
(UUIDs), ``modified_after`` (ISO 8601 date or date-time; naive values are
Europe/Amsterdam). Any other parameter, or a value we cannot read, raises
``BadFilter``: a harvester must never get a silently unfiltered list.
"""

import datetime
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from ..models import Location, Organization, Service, TargetGroup, Theme
from . import serializers

PER_PAGE = 100
MAX_PER_PAGE = 500

PAGING = {"page", "per_page"}


class BadFilter(ValueError):
    """A query parameter the API does not support, or a value it cannot read;
    the message (English, like the HSDS field names) says which."""


@dataclass(frozen=True)
class Page:
    """One page of ``items`` (serialised HSDS objects) out of ``total`` records."""

    items: list[dict]
    total: int
    number: int
    per_page: int

    def as_hsds(self) -> dict:
        """The HSDS paging object with the items in ``contents``; ``empty``
        says whether this page has none (also a page past the last)."""
        pages = math.ceil(self.total / self.per_page)
        return {
            "total_items": self.total,
            "total_pages": pages,
            "page_number": self.number,
            "size": len(self.items),
            "first_page": self.number == 1,
            "last_page": self.number >= pages,
            "empty": not self.items,
            "contents": self.items,
        }


def _int(params: dict[str, str], name: str, default: int, top: int) -> int:
    raw = params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadFilter(f"{name} must be a whole number") from None
    if not 1 <= value <= top:
        raise BadFilter(f"{name} must be between 1 and {top}")
    return value


def _uuid(params: dict[str, str], name: str) -> uuid.UUID | None:
    raw = params.get(name)
    if raw is None:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadFilter(f"{name} must be a UUID") from None


def _moment(params: dict[str, str], name: str) -> datetime.datetime | None:
    raw = params.get(name)
    if raw is None:
        return None
    try:
        moment = parse_datetime(raw)
        if moment is None and (day := parse_date(raw)):
            moment = datetime.datetime.combine(day, datetime.time())
    except ValueError:
        moment = None
    if moment is None:
        raise BadFilter(f"{name} must be an ISO 8601 date or date-time")
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def _search(queryset: QuerySet, params: dict[str, str], *fields: str) -> QuerySet:
    for word in params.get("search", "").split():
        condition = Q()
        for field in fields:
            condition |= Q(**{f"{field}__icontains": word})
        queryset = queryset.filter(condition)
    return queryset


def _terms(queryset: QuerySet, params: dict[str, str], prefix: str) -> QuerySet:
    if term := _uuid(params, "taxonomy_term_id"):
        queryset = queryset.filter(
            Q(**{f"{prefix}themes__uuid": term})
            | Q(**{f"{prefix}target_groups__uuid": term})
        )
    if (taxonomy := _uuid(params, "taxonomy_id")) is not None:
        if str(taxonomy) == serializers.taxonomy_id("thema"):
            queryset = queryset.filter(**{f"{prefix}themes__isnull": False})
        elif str(taxonomy) == serializers.taxonomy_id("doelgroep"):
            queryset = queryset.filter(**{f"{prefix}target_groups__isnull": False})
        else:
            return queryset.none()
    return queryset.distinct()


def _location_queryset() -> QuerySet:
    return Location.objects.select_related("organization").order_by("pk")


def locations() -> QuerySet:
    """Locations of published organisations, oldest first (a list HSDS 3.0's
    API lacks; kept for harvesters of the earlier export)."""
    return _location_queryset().filter(
        organization__in=Organization.objects.published()
    )


def organizations(params: dict[str, str]) -> QuerySet:
    """Published organisations, oldest first, with phones and locations."""
    queryset = Organization.objects.published().prefetch_related(
        Prefetch("locations", queryset=_location_queryset())
    )
    if after := _moment(params, "modified_after"):
        queryset = queryset.filter(updated_at__gte=after)
    return _search(queryset, params, "name", "description").order_by("pk")


def services() -> QuerySet:
    """Published offers (active or temporarily closed), oldest first, with what
    the HSDS item nests."""
    return (
        Service.objects.published()
        .select_related("organization")
        .prefetch_related(
            "themes",
            "target_groups",
            "schedules",
            "closures",
            Prefetch("locations", queryset=_location_queryset()),
        )
        .order_by("pk")
    )


def _service_filters(queryset: QuerySet, params: dict, prefix: str = "") -> QuerySet:
    if org := _uuid(params, "organization_id"):
        queryset = queryset.filter(**{f"{prefix}organization__uuid": org})
    if after := _moment(params, "modified_after"):
        queryset = queryset.filter(**{f"{prefix}updated_at__gte": after})
    queryset = _search(queryset, params, f"{prefix}name", f"{prefix}description")
    return _terms(queryset, params, prefix)


def service_list(params: dict[str, str]) -> QuerySet:
    """Published offers matching the filters, oldest first."""
    return _service_filters(services(), params)


def service_at_locations(params: dict[str, str]) -> QuerySet:
    """Links of published offers to their locations, oldest link first."""
    links = Service.locations.through.objects.filter(
        service__in=Service.objects.published()
    ).select_related("service__organization", "location__organization")
    return _service_filters(links, params, "service__").order_by("pk")


def service_at_location_by_id(link_id: uuid.UUID) -> dict | None:
    """The service_at_location with this id, or None.

    The id is derived (UUID5 of the offer's and the location's UUIDs), so the
    links' UUID pairs are read in one query and the id recomputed for each: a
    few thousand links at most on this sociale kaart.
    """
    pairs = Service.locations.through.objects.filter(
        service__in=Service.objects.published()
    ).values_list("pk", "service__uuid", "location__uuid")
    for pk, service_uuid, location_uuid in pairs:
        if serializers.derived_id(service_uuid, "location", location_uuid) == str(
            link_id
        ):
            link = service_at_locations({}).get(pk=pk)
            return serializers.service_at_location(link.service, link.location)
    return None


def taxonomy_terms(params: dict[str, str]) -> list[Theme | TargetGroup]:
    """Themes, then target groups, each by name, matching the filters."""
    terms: list[Theme | TargetGroup] = []
    wanted = _uuid(params, "taxonomy_id")
    for key, model in (("thema", Theme), ("doelgroep", TargetGroup)):
        if wanted and str(wanted) != serializers.taxonomy_id(key):
            continue
        queryset = _search(model.objects.order_by("name", "pk"), params, "name")
        terms.extend(queryset)
    return terms


def taxonomies(params: dict[str, str]) -> list[str]:
    """Keys of the taxonomies whose name or description holds every search word."""
    words = params.get("search", "").lower().split()
    return [
        key
        for key, texts in serializers.TAXONOMIES.items()
        if all(word in " ".join(texts).lower() for word in words)
    ]


def page_of(
    records: QuerySet | list,
    params: dict[str, str],
    serialize: Callable[[object], dict],
) -> Page:
    """The requested page of ``records`` serialised; a page past the end has
    no items (raises ``BadFilter`` for a page or per_page that is no number)."""
    per_page = _int(params, "per_page", PER_PAGE, MAX_PER_PAGE)
    number = _int(params, "page", 1, 10**9)
    total = records.count() if isinstance(records, QuerySet) else len(records)
    start = (number - 1) * per_page
    chunk = records[start : start + per_page] if start < total else []
    return Page([serialize(r) for r in chunk], total, number, per_page)


def check_params(params: dict[str, str], allowed: set[str]) -> None:
    """Raise ``BadFilter`` naming the first parameter outside ``allowed``."""
    for name in params:
        if name not in allowed | PAGING:
            raise BadFilter(f"filter {name} is not supported by this API")
