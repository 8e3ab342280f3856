"""Open data: HSDS 3.0-shaped JSON of the published organisations, locations and
offers, paginated like the HSDS API (``total_items``, ``total_pages``,
``page_number``, ``size``, ``first_page``, ``last_page``, ``empty``,
``contents``). Ids are the portal's numeric ids as strings; coordinates WGS84
degrees; times Europe/Amsterdam wall-clock; ``assured_date`` is the last check.
Every URL is absolute, as HSDS expects (``website`` is stored absolute; our own
pages are made absolute with the ``absolute_url`` the view passes in).
"""

from collections.abc import Callable

from django.core.paginator import Paginator
from django.db.models import Prefetch, QuerySet

from lansingerland.plain_text import plain_text

from .constants import OrganizationStatus
from .models import Location, Organization, Service

PAGE_SIZE = 100
BYDAY = {1: "MO", 2: "TU", 3: "WE", 4: "TH", 5: "FR", 6: "SA", 7: "SU"}


def _organization(org: Organization, absolute_url: Callable[[str], str]) -> dict:
    return {
        "id": str(org.pk),
        "name": org.name,
        "description": plain_text(org.description),
        "website": org.website or None,
        "email": org.email or None,
        "phones": [{"number": org.phone}] if org.phone else [],
        "last_modified": org.updated_at.isoformat(),
    }


def _location(loc: Location, absolute_url: Callable[[str], str]) -> dict:
    addresses = []
    if loc.street:
        number = f"{loc.house_number or ''}{loc.house_letter}"
        if loc.house_number_addition:
            number += f"-{loc.house_number_addition}"
        addresses.append(
            {
                "address_1": f"{loc.street} {number}".strip(),
                "city": loc.place,
                "postal_code": loc.postcode,
                "country": "NL",
                "address_type": "physical",
            }
        )
    return {
        "id": str(loc.pk),
        "location_type": "physical",
        "organization_id": str(loc.organization_id),
        "name": loc.name or None,
        "latitude": round(loc.point.y, 6) if loc.point else None,
        "longitude": round(loc.point.x, 6) if loc.point else None,
        "transportation": loc.transport_note or None,
        "addresses": addresses,
        "accessibility": [{"description": label} for label in loc.accessibility_labels],
    }


def _service(service: Service, absolute_url: Callable[[str], str]) -> dict:
    terms = [
        {"taxonomy": "thema", "term": t.name, "code": t.slug}
        for t in service.themes.all()
    ] + [
        {"taxonomy": "doelgroep", "term": g.name, "code": g.slug}
        for g in service.target_groups.all()
    ]
    return {
        "id": str(service.pk),
        "organization_id": str(service.organization_id),
        "name": service.name,
        "description": plain_text(service.description),
        "url": absolute_url(service.get_absolute_url()),
        "email": service.email or None,
        "status": service.status,
        "application_process": plain_text(service.how_to_join) or None,
        "fees_description": service.cost_description
        or ("gratis" if service.is_free else None),
        "minimum_age": service.min_age,
        "maximum_age": service.max_age,
        "assured_date": (
            service.last_verified_at.isoformat() if service.last_verified_at else None
        ),
        "last_modified": service.updated_at.isoformat(),
        "languages": [{"name": name} for name in service.languages],
        "phones": [{"number": service.phone}] if service.phone else [],
        "schedules": [
            {
                "freq": "WEEKLY",
                "byday": BYDAY[s.weekday],
                "opens_at": f"{s.opens_at:%H:%M}",
                "closes_at": f"{s.closes_at:%H:%M}",
                "timezone": "Europe/Amsterdam",
            }
            for s in service.schedules.all()
        ]
        + [
            {
                "valid_from": c.start_date.isoformat(),
                "valid_to": c.end_date.isoformat(),
                "notes": c.reason or "gesloten",
                "description": "closed",
            }
            for c in service.closures.all()
        ],
        "service_at_locations": [
            {"location_id": str(loc.pk)} for loc in service.locations.all()
        ],
        "attributes": terms,
    }


def _querysets() -> dict[str, tuple[QuerySet, object]]:
    published = Organization.objects.published()
    return {
        "organizations": (published.order_by("pk"), _organization),
        "locations": (
            Location.objects.filter(
                organization__status=OrganizationStatus.PUBLISHED
            ).order_by("pk"),
            _location,
        ),
        "services": (
            Service.objects.published()
            .prefetch_related(
                "themes",
                "target_groups",
                "schedules",
                "closures",
                Prefetch("locations", queryset=Location.objects.only("pk")),
            )
            .order_by("pk"),
            _service,
        ),
    }


ENTITIES = ("organizations", "locations", "services")


def hsds_page(
    entity: str,
    page_number: str | int | None,
    *,
    absolute_url: Callable[[str], str],
) -> dict:
    """One page (``PAGE_SIZE`` items) of ``entity`` (one of ``ENTITIES``).

    ``absolute_url`` turns a path on this site into an absolute URL (e.g.
    ``request.build_absolute_uri``).

    An invalid or too large page number gives the last page; raises KeyError
    for an unknown entity.
    """
    queryset, serialize = _querysets()[entity]
    page = Paginator(queryset, PAGE_SIZE).get_page(page_number)
    return {
        "total_items": page.paginator.count,
        "total_pages": page.paginator.num_pages,
        "page_number": page.number,
        "size": len(page.object_list),
        "first_page": page.number == 1,
        "last_page": not page.has_next(),
        "empty": page.paginator.count == 0,
        "contents": [serialize(item, absolute_url) for item in page.object_list],
    }
