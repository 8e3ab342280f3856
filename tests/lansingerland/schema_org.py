"""A small subset of the schema.org vocabulary (version 29): for each type we
publish, the properties schema.org defines on it or inherits (from Thing and
its parents). A property outside this list is one that search engines and
JSON-LD tools ignore or flag; ``isAccessibleForFree``, for one, exists on
Event, Place and CreativeWork but not on Service."""

import json
import re

THING = {"@context", "@type", "name", "description", "url", "image", "sameAs"}

PROPERTIES: dict[str, set[str]] = {
    "Organization": THING
    | {"address", "email", "telephone", "location", "areaServed", "member", "logo"},
    "Service": THING
    | {
        "provider",
        "areaServed",
        "availableChannel",
        "hoursAvailable",
        "audience",
        "serviceType",
        "category",
        "offers",
        "termsOfService",
        "isRelatedTo",
    },
    "Event": THING
    | {
        "startDate",
        "endDate",
        "eventStatus",
        "eventAttendanceMode",
        "location",
        "organizer",
        "isAccessibleForFree",
        "inLanguage",
        "maximumAttendeeCapacity",
        "offers",
        "audience",
        "previousStartDate",
    },
    "Place": THING
    | {
        "address",
        "geo",
        "telephone",
        "isAccessibleForFree",
        "openingHoursSpecification",
        "amenityFeature",
    },
    "PostalAddress": {
        "@type",
        "streetAddress",
        "postalCode",
        "addressLocality",
        "addressRegion",
        "addressCountry",
    },
    "GeoCoordinates": {"@type", "latitude", "longitude"},
    "ServiceChannel": THING | {"serviceLocation", "servicePhone", "serviceUrl"},
    "OpeningHoursSpecification": THING
    | {"dayOfWeek", "opens", "closes", "validFrom", "validThrough"},
    "Audience": THING | {"audienceType", "geographicArea"},
    "Offer": THING | {"price", "priceCurrency", "availability", "eligibleRegion"},
}

#: Properties each type must carry for search engines to use it.
REQUIRED = {
    "Place": {"name"},
    "Event": {"name", "description", "startDate", "location"},
}

_SCRIPT = re.compile(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', re.S)


def json_ld_nodes(html: str) -> list[dict]:
    """Every JSON-LD object in ``html``, nested ones included."""
    nodes: list[dict] = []

    def walk(value):
        if isinstance(value, dict):
            nodes.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for script in _SCRIPT.findall(html):
        walk(json.loads(script))
    return nodes


def problems(html: str) -> list[str]:
    """Each property used outside its type, each required one missing or
    empty, each object without a known type."""
    found = []
    for node in json_ld_nodes(html):
        kind = node.get("@type")
        if kind not in PROPERTIES:
            found.append(f"unknown type {kind!r}: {sorted(node)}")
            continue
        found += [
            f"{kind}.{key} is not a schema.org property of {kind}"
            for key in sorted(node.keys() - PROPERTIES[kind])
        ]
        found += [
            f"{kind} lacks {key}"
            for key in sorted(REQUIRED.get(kind, ()))
            if not node.get(key)
        ]
    return found
