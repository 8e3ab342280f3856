"""The HSDS 3.0 schema rules our API must meet, written out here so the tests
hold without the official schemas (Open Referral, specification 3.0,
``schema/compiled/*.json``): required fields, UUID ids, nested objects with ids,
enumerations, number types, times with a UTC offset and no ``null`` text.
"""

import re
import uuid

REQUIRED = {
    "organization": {"id", "name", "description"},
    "service": {"id", "name", "status"},
    "location": {"id", "location_type"},
    "address": {
        "id",
        "address_1",
        "city",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    },
    "phone": {"id", "number"},
    "schedule": {"id"},
    "language": {"id"},
    "accessibility": {"id"},
    "attribute": {"id"},
    "service_at_location": {"id"},
    "taxonomy": {"id", "name", "description"},
    "taxonomy_term": {"id", "name", "description"},
}

NESTED = {
    "organization": {"phones": "phone", "locations": "location"},
    "service": {
        "phones": "phone",
        "schedules": "schedule",
        "languages": "language",
        "service_at_locations": "service_at_location",
        "attributes": "attribute",
    },
    "location": {"addresses": "address", "accessibility": "accessibility"},
    "service_at_location": {"location": "location"},
    "attribute": {"taxonomy_term": "taxonomy_term"},
}

ENUMS = {
    ("service", "status"): {"active", "inactive", "defunct", "temporarily closed"},
    ("location", "location_type"): {"physical", "postal", "virtual"},
    ("address", "address_type"): {"physical", "postal", "virtual"},
    ("schedule", "freq"): {"WEEKLY", "MONTHLY"},
    ("schedule", "wkst"): {"MO", "TU", "WE", "TH", "FR", "SA", "SU"},
    ("schedule", "byday"): {"MO", "TU", "WE", "TH", "FR", "SA", "SU"},
}

NUMBERS = {"minimum_age", "maximum_age", "latitude", "longitude", "timezone"}
TIMES = {"opens_at", "closes_at"}
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(Z|[+-]\d\d:\d\d)$")


def _is_uuid(value) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except (TypeError, ValueError, AttributeError):
        return False


def problems(kind: str, item: dict, where: str = "") -> list[str]:
    """Every rule ``item`` (an HSDS ``kind``) breaks, nested objects included."""
    where = where or kind
    found = [f"{where}: lacks {f}" for f in sorted(REQUIRED[kind] - item.keys())]
    for key, value in item.items():
        here = f"{where}.{key}"
        if value is None:
            found.append(f"{here}: null")
        elif key == "id" or key.endswith("_id"):
            if not _is_uuid(value):
                found.append(f"{here}: not a UUID: {value!r}")
        elif key in NUMBERS and not isinstance(value, int | float):
            found.append(f"{here}: not a number: {value!r}")
        elif key in TIMES and not TIME.match(value):
            found.append(f"{here}: no time with offset: {value!r}")
        elif (kind, key) in ENUMS and value not in ENUMS[kind, key]:
            found.append(f"{here}: {value!r} not in {sorted(ENUMS[kind, key])}")
        if key in NESTED.get(kind, {}):
            child = NESTED[kind][key]
            for i, part in enumerate(value if isinstance(value, list) else [value]):
                found += problems(child, part, f"{here}[{i}]")
    return found


def page_problems(page: dict, per_page: int) -> list[str]:
    """Every way an HSDS paging object (``total_items`` ... ``contents``)
    contradicts itself, for a request of ``per_page`` items a page: ``empty``
    says whether ``contents`` is empty, ``size`` counts it, ``total_pages``
    follows from ``total_items``, ``first_page``/``last_page`` from
    ``page_number``."""
    found = []
    contents = page["contents"]
    if page["empty"] != (not contents):
        found.append(f"empty is {page['empty']} with {len(contents)} items")
    if page["size"] != len(contents):
        found.append(f"size {page['size']} with {len(contents)} items")
    pages = -(-page["total_items"] // per_page)
    if page["total_pages"] != pages:
        found.append(f"total_pages {page['total_pages']}, expected {pages}")
    if page["first_page"] != (page["page_number"] == 1):
        found.append(f"first_page {page['first_page']} on {page['page_number']}")
    if page["last_page"] != (page["page_number"] >= page["total_pages"]):
        found.append(f"last_page {page['last_page']} on {page['page_number']}")
    if page["page_number"] <= page["total_pages"] and not contents:
        found.append(f"page {page['page_number']} within the pages but empty")
    return found
