"""HSDS 3.0 items of the sociale kaart, valid against the official Open Referral
schemas (``organization.json``, ``service.json``, ``service_at_location.json``,
``taxonomy.json``, ``taxonomy_term.json``).

Ids: organisations, locations, offers, themes and target groups carry a stored
random UUID (``uuid``) that never changes. Nested objects without a row of
their own (a phone, an address, an accessibility feature, a language, a
schedule, a service-at-location link, an attribute) get a UUID5 derived from
their parent's UUID and their content, so the same content keeps the same id
across edits and re-imports.

Text: fields HSDS types as text are left out when empty, never ``null``.
Coordinates are WGS84 degrees. Schedule times are Europe/Amsterdam wall-clock
times written with the UTC offset in force on the day of the request
(``09:00+01:00`` in winter, ``09:00+02:00`` in summer), and ``timezone`` is that
offset in hours; the wall-clock time is what the offer keeps all year. Dated
closures are not schedules in HSDS: they go into the service's ``alert`` text.
"""

import datetime
import uuid
from collections.abc import Callable

from django.utils import timezone
from django.utils.formats import date_format

from lansingerland.plain_text import plain_text

from ..models import Location, Organization, Service, TargetGroup, Theme

#: Namespace of the derived UUIDs of the taxonomies (UUID5 of our domain).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "samenaanzet-lansingerland.nl")

STATE_PROVINCE = "Zuid-Holland"
BYDAY = {1: "MO", 2: "TU", 3: "WE", 4: "TH", 5: "FR", 6: "SA", 7: "SU"}
STATUS = {"active": "active", "temporarily_closed": "temporarily closed"}

#: ISO 639-1 codes of the language names partners type most.
LANGUAGE_CODES = {
    "nederlands": "nl",
    "engels": "en",
    "duits": "de",
    "frans": "fr",
    "spaans": "es",
    "pools": "pl",
    "turks": "tr",
    "arabisch": "ar",
    "oekraïens": "uk",
    "russisch": "ru",
    "tigrinya": "ti",
    "papiaments": "pap",
}

#: The two managed taxonomies: key -> (name, description).
TAXONOMIES = {
    "thema": (
        "Thema's",
        "Thema's van het aanbod op de sociale kaart van Samen aan zet, Lansingerland.",
    ),
    "doelgroep": (
        "Doelgroepen",
        "Doelgroepen van het aanbod op de sociale kaart van Samen aan zet, "
        "Lansingerland.",
    ),
}

AbsoluteUrl = Callable[[str], str]


def derived_id(parent: uuid.UUID | str, *parts: object) -> str:
    """A UUID5 (text) under ``parent`` for a nested object described by ``parts``."""
    return str(uuid.uuid5(uuid.UUID(str(parent)), "/".join(map(str, parts))))


def taxonomy_id(key: str) -> str:
    """The fixed UUID of the taxonomy ``thema`` or ``doelgroep``."""
    return derived_id(NAMESPACE, "taxonomy", key)


def _without_empty(item: dict) -> dict:
    return {k: v for k, v in item.items() if v is not None and v != ""}


def taxonomy(key: str) -> dict:
    """HSDS ``taxonomy`` of ``key`` (``thema`` or ``doelgroep``)."""
    name, description = TAXONOMIES[key]
    return {"id": taxonomy_id(key), "name": name, "description": description}


def taxonomy_term(term: Theme | TargetGroup) -> dict:
    """HSDS ``taxonomy_term`` of a theme or target group."""
    key = "thema" if isinstance(term, Theme) else "doelgroep"
    return {
        "id": str(term.uuid),
        "code": term.slug,
        "name": term.name,
        "description": f"{TAXONOMIES[key][0]}: {term.name}",
        "taxonomy": key,
        "taxonomy_id": taxonomy_id(key),
        "language": "nl",
    }


def _phone(owner: uuid.UUID, number: str, owner_field: str) -> list[dict]:
    if not number:
        return []
    return [
        {
            "id": derived_id(owner, "phone", number),
            owner_field: str(owner),
            "number": number,
            "type": "voice",
        }
    ]


def location(loc: Location) -> dict:
    """HSDS ``location`` with its address and accessibility features."""
    addresses = []
    if loc.street:
        number = f"{loc.house_number or ''}{loc.house_letter}"
        if loc.house_number_addition:
            number += f"-{loc.house_number_addition}"
        address_1 = f"{loc.street} {number}".strip()
        addresses.append(
            {
                "id": derived_id(loc.uuid, "address", "physical"),
                "location_id": str(loc.uuid),
                "address_1": address_1,
                "city": loc.place or loc.get_kern_display() or "Lansingerland",
                "region": "Lansingerland",
                "state_province": STATE_PROVINCE,
                "postal_code": loc.postcode,
                "country": "NL",
                "address_type": "physical",
            }
        )
    return _without_empty(
        {
            "id": str(loc.uuid),
            "location_type": "physical",
            "organization_id": str(loc.organization.uuid),
            "name": loc.name,
            "transportation": loc.transport_note,
            "latitude": round(loc.point.y, 6) if loc.point else None,
            "longitude": round(loc.point.x, 6) if loc.point else None,
            "addresses": addresses,
            "accessibility": [
                {
                    "id": derived_id(loc.uuid, "accessibility", label),
                    "location_id": str(loc.uuid),
                    "description": label,
                }
                for label in loc.accessibility_labels
            ],
        }
    )


def organization(org: Organization, absolute_url: AbsoluteUrl) -> dict:
    """HSDS ``organization`` with its phones and locations."""
    return {
        "description": plain_text(org.description),
        **_without_empty(
            {
                "id": str(org.uuid),
                "name": org.name,
                "email": org.email,
                "website": org.website,
                "uri": absolute_url(org.get_absolute_url()),
                "phones": _phone(org.uuid, org.phone, "organization_id"),
                "locations": [location(loc) for loc in org.locations.all()],
            }
        ),
    }


def service_at_location(service: Service, loc: Location) -> dict:
    """HSDS ``service_at_location``: ``service`` offered at ``loc``."""
    return {
        "id": derived_id(service.uuid, "location", loc.uuid),
        "service_id": str(service.uuid),
        "location_id": str(loc.uuid),
        "location": location(loc),
    }


def _offset(moment: datetime.datetime) -> tuple[str, int]:
    minutes = int(timezone.localtime(moment).utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}", minutes // 60


def _alert(service: Service, today: datetime.date) -> str:
    parts = []
    for closure in service.upcoming_closures(today):
        text = "Gesloten van {start} tot en met {end}".format(
            start=date_format(closure.start_date, "j F Y"),
            end=date_format(closure.end_date, "j F Y"),
        )
        parts.append(f"{text} ({closure.reason})." if closure.reason else f"{text}.")
    return " ".join(parts)


def service(
    service: Service,
    absolute_url: AbsoluteUrl,
    now: datetime.datetime | None = None,
) -> dict:
    """HSDS ``service`` with schedules, languages, phones, service_at_locations
    and its themes and target groups as attributes linking taxonomy terms.

    ``now`` (default: now) sets the UTC offset written with the times and the
    closures that count as upcoming.
    """
    now = now or timezone.now()
    offset, hours = _offset(now)
    sid = str(service.uuid)
    terms = [*service.themes.all(), *service.target_groups.all()]
    fees = service.cost_description or ("gratis" if service.is_free else "")
    return _without_empty(
        {
            "id": sid,
            "organization_id": str(service.organization.uuid),
            "name": service.name,
            "description": plain_text(service.description),
            "url": absolute_url(service.get_absolute_url()),
            "email": service.email,
            "status": STATUS.get(service.status, "inactive"),
            "application_process": plain_text(service.how_to_join),
            "fees_description": fees,
            "minimum_age": service.min_age,
            "maximum_age": service.max_age,
            "assured_date": (
                service.last_verified_at.isoformat()
                if service.last_verified_at
                else None
            ),
            "alert": _alert(service, timezone.localdate(now)),
            "last_modified": service.updated_at.isoformat(),
            "phones": _phone(service.uuid, service.phone, "service_id"),
            "languages": [
                _without_empty(
                    {
                        "id": derived_id(sid, "language", name.lower()),
                        "service_id": sid,
                        "name": name,
                        "code": LANGUAGE_CODES.get(name.strip().lower()),
                    }
                )
                for name in service.languages
            ],
            "schedules": [
                {
                    "id": derived_id(
                        sid, "schedule", s.weekday, s.opens_at, s.closes_at
                    ),
                    "service_id": sid,
                    "freq": "WEEKLY",
                    "wkst": "MO",
                    "byday": BYDAY[s.weekday],
                    "opens_at": f"{s.opens_at:%H:%M}{offset}",
                    "closes_at": f"{s.closes_at:%H:%M}{offset}",
                    "timezone": hours,
                    "description": "Tijden in Nederlandse tijd (Europe/Amsterdam).",
                }
                for s in service.schedules.all()
            ],
            "service_at_locations": [
                service_at_location(service, loc) for loc in service.locations.all()
            ],
            "attributes": [
                {
                    "id": derived_id(sid, "attribute", term.uuid),
                    "link_id": sid,
                    "link_type": "taxonomy_term",
                    "link_entity": "service",
                    "taxonomy_term_id": str(term.uuid),
                    "taxonomy_term": taxonomy_term(term),
                }
                for term in terms
            ],
        }
    )
