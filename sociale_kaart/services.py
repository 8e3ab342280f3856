"""Writes to the sociale kaart that touch several models or outside data."""

import json
from pathlib import Path

from django.contrib.gis.geos import Point
from django.db import transaction
from django.utils.text import slugify

from lansingerland.constants import Kern
from lansingerland.loading import LoadResult

from .models import Location, Organization, Theme

PARTNERS_PATH = Path(__file__).resolve().parent / "data" / "partners.json"


def _unique_slug(name: str) -> str:
    base = slugify(name)[:190] or "organisatie"
    slug, counter = base, 2
    while Organization.objects.filter(slug=slug).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


def _house_number(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@transaction.atomic
def organizations_load_partners(*, path: Path = PARTNERS_PATH) -> LoadResult:
    """Create the coalition's partner organisations that are not there yet.

    ``path`` is the project's copy of the partner list (JSON: ``organisations``
    with name, themes, description, website, phone, address, kern, lat, lon,
    coordinates_approximate). An organisation is matched on its name in that
    list (``source_key``); one that exists is left exactly as a coordinator
    last saved it, so running the load twice changes nothing. Coordinates are
    WGS84 degrees; approximate ones keep that mark on the location.

    Raises OSError when the file can't be read, ValueError (json.JSONDecodeError
    or an unknown kern) when its content is malformed.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    created = unchanged = 0
    existing = set(
        Organization.objects.exclude(source_key="").values_list("source_key", flat=True)
    )
    for item in data["organisations"]:
        key = item["name"]
        if key in existing:
            unchanged += 1
            continue
        organization = Organization.objects.create(
            name=item["name"],
            slug=_unique_slug(item["name"]),
            description=item.get("description") or "",
            website=item.get("website") or "",
            phone=item.get("phone") or "",
            is_coalition_partner=True,
            source_key=key,
        )
        themes = [
            Theme.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            for name in item.get("themes", [])
        ]
        organization.themes.set(themes)
        address = item.get("address") or {}
        kern = Kern.from_name(item.get("kern"))
        Location.objects.create(
            organization=organization,
            street=address.get("street") or "",
            house_number=_house_number(address.get("number")),
            place=address.get("place") or "",
            kern=kern or "",
            point=Point(item["lon"], item["lat"], srid=4326),
            point_is_approximate=bool(item.get("coordinates_approximate")),
        )
        created += 1
    return LoadResult(created=created, unchanged=unchanged)
