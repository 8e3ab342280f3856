"""Writes to the sociale kaart that touch several models or outside data."""

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.gis.geos import Point
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from lansingerland.constants import (
    REAL_DATA_ORGANIZATIONS,
    REAL_DATA_TARGET_GROUPS,
    Kern,
)
from lansingerland.digits import digits_only, is_number
from lansingerland.loading import LoadResult
from lansingerland.real_data import real_data_tombstones
from lansingerland.slugs import unique_slug
from lansingerland.validators import normalize_phone

from . import geocoding
from .constants import KERN_CENTRES, KERN_POSTCODES, GeocodeStatus
from .models import (
    LoadedService,
    Location,
    Organization,
    Service,
    TargetGroup,
    Theme,
)

logger = logging.getLogger(__name__)

PARTNERS_PATH = Path(__file__).resolve().parent / "data" / "partners.json"
TARGET_GROUPS_PATH = Path(__file__).resolve().parent / "data" / "target-groups.json"


def _house_number(value: str | None) -> int | None:
    return int(value) if value and is_number(value) else None


def _phone(text: str) -> str:
    """The list's number in the stored form (E.164); ValueError if invalid."""
    try:
        return normalize_phone(text) if text else ""
    except ValidationError as error:
        message = f"invalid phone number in the partner list: {text!r}"
        raise ValueError(message) from error


@transaction.atomic
def organizations_load_partners(*, path: Path = PARTNERS_PATH) -> LoadResult:
    """Create the coalition's partner organisations that are not there yet.

    ``path`` is the project's copy of the partner list (JSON: ``organisations``
    with name, themes, description, website, phone, address, kern, lat, lon,
    coordinates_approximate). An organisation is matched on its name in that
    list (``source_key``); one that exists is left exactly as a coordinator
    last saved it (edited stays edited, hidden stays hidden), and one a
    coordinator deleted (a tombstone) is not created again, so running the
    load twice changes nothing. Coordinates are
    WGS84 degrees; approximate ones keep that mark on the location.

    Raises OSError when the file can't be read, ValueError (json.JSONDecodeError,
    an unknown kern or an invalid phone number) when its content is malformed.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    created = unchanged = 0
    existing = set(
        Organization.objects.exclude(source_key="").values_list("source_key", flat=True)
    ) | real_data_tombstones(dataset=REAL_DATA_ORGANIZATIONS)
    for item in data["organisations"]:
        key = item["name"]
        if key in existing:
            unchanged += 1
            continue
        organization = Organization.objects.create(
            name=item["name"],
            slug=unique_slug(Organization, item["name"], fallback="organisatie"),
            description=item.get("description") or "",
            website=item.get("website") or "",
            phone=_phone(item.get("phone") or ""),
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


@transaction.atomic
def target_groups_load(*, path: Path = TARGET_GROUPS_PATH) -> LoadResult:
    """Create the sociale kaart's target groups (doelgroepen) that are missing.

    ``path`` is the project's list (JSON: ``target_groups``, Dutch names in
    lower case). A name counts as there when a target group has its slug or
    the same name (ignoring case); such a row is never changed, so a
    coordinator's rename in the admin survives and running the load twice
    changes nothing. A group a coordinator deleted stays deleted.

    Raises OSError when the file can't be read, ValueError
    (json.JSONDecodeError) when its content is malformed.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    created = unchanged = 0
    slugs = set(TargetGroup.objects.values_list("slug", flat=True)) | (
        real_data_tombstones(dataset=REAL_DATA_TARGET_GROUPS)
    )
    names = {
        name.casefold() for name in TargetGroup.objects.values_list("name", flat=True)
    }
    for name in data["target_groups"]:
        slug = slugify(name)
        if slug in slugs or name.casefold() in names:
            unchanged += 1
            continue
        TargetGroup.objects.create(name=name, slug=slug)
        slugs.add(slug)
        names.add(name.casefold())
        created += 1
    return LoadResult(created=created, unchanged=unchanged)


@transaction.atomic
def coalition_load(*, path: Path = PARTNERS_PATH) -> Organization:
    """The coalition itself as an organisation on the sociale kaart.

    ``path`` is the partner list (JSON ``coalition``: name, email, website,
    description). Offers whose source names no organiser are listed under it.
    Created once, matched on ``source_key`` ``coalition``; an existing record is
    returned exactly as a coordinator last saved it. Not marked as a coalition
    partner (it is the coalition, not a signatory). It gets no location: the
    source gives no address.

    Raises OSError or ValueError (json.JSONDecodeError) for an unreadable file,
    KeyError when the file has no ``coalition`` entry.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))["coalition"]
    existing = Organization.objects.filter(source_key="coalition").first()
    if existing is not None:
        return existing
    return Organization.objects.create(
        name=data["name"],
        slug=unique_slug(Organization, data["name"], fallback="coalitie"),
        description=data.get("description") or "",
        website=data.get("website") or "",
        email=data.get("email") or "",
        source_key="coalition",
    )


@transaction.atomic
def services_load_projects(*, path: Path = PARTNERS_PATH) -> LoadResult:
    """Create an offer for each project of the partner list that was never loaded.

    ``path`` is the partner list (JSON ``projects``: name, optional name_nl,
    description, organiser, target_groups, frequency). Only the facts given are
    used: no opening times, costs or places the source doesn't state. The
    offer belongs to the named organiser (matched on the partner list's name)
    with that organiser's locations; without an organiser it is listed under
    the coalition (``coalition_load``). Target groups are linked only when the
    source names them and they exist. Each project is loaded once
    (``LoadedService``): an offer a coordinator changed or deleted is left
    alone on every later run.

    Raises OSError or ValueError (json.JSONDecodeError) for an unreadable
    file, Organization.DoesNotExist when a named organiser was never loaded.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    created = unchanged = 0
    loaded = set(LoadedService.objects.values_list("source_key", flat=True))
    for item in data.get("projects", []):
        key = item["name"]
        if key in loaded:
            unchanged += 1
            continue
        if item.get("organiser"):
            organization = Organization.objects.get(source_key=item["organiser"])
        else:
            organization = coalition_load(path=path)
        name = item.get("name_nl") or item["name"]
        service = Service.objects.create(
            organization=organization,
            name=name,
            slug=unique_slug(Service, name, fallback="aanbod"),
            description=item.get("description") or "",
        )
        service.locations.set(organization.locations.all())
        service.target_groups.set(
            TargetGroup.objects.filter(name__in=item.get("target_groups") or [])
        )
        LoadedService.objects.create(source_key=key, service=service)
        created += 1
    return LoadResult(created=created, unchanged=unchanged)


def location_geocode(*, location_id: int, force: bool = False) -> Location:
    """Find the point of a location's address at PDOK and store it.

    Runs only when the address changed since the last lookup (or when ``force``
    or the last try failed); call it after the location is saved, outside the
    request's transaction (``transaction.on_commit``). The exact BAG address is
    required (house letter and addition count). The outcome is kept in
    ``geocode_status``: FOUND sets the point and clears ``point_is_approximate``;
    NOT_FOUND (PDOK has no such address) and FAILED (PDOK unreachable) leave the
    point as it was and flag the location for a coordinator. Never raises for
    geocoder trouble; raises Location.DoesNotExist for an unknown id.
    """
    location = Location.objects.get(pk=location_id)
    if not (force or location.needs_geocoding):
        return location
    address = geocoding.AddressQuery(
        street=location.street,
        house_number=location.house_number,
        house_letter=location.house_letter,
        house_number_addition=location.house_number_addition,
        postcode=location.postcode,
        place=location.place,
    )
    try:
        point = geocoding.geocode_address(address)
    except geocoding.GeocoderUnavailable as error:
        logger.warning("PDOK unavailable for location %s: %s", location.pk, error)
        point, status = None, GeocodeStatus.FAILED
    else:
        status = GeocodeStatus.FOUND if point else GeocodeStatus.NOT_FOUND
    with transaction.atomic():
        location = Location.objects.select_for_update().get(pk=location_id)
        location.geocode_status = status
        location.geocoded_address = location.address
        fields = ["geocode_status", "geocoded_address"]
        if point is not None:
            location.point = point
            location.point_is_approximate = False
            fields += ["point", "point_is_approximate"]
        location.save(update_fields=fields)
    return location


@dataclass(frozen=True)
class ResolvedPlace:
    """A place a visitor typed, resolved: WGS84 ``point``, Dutch ``label`` and
    whether it is only a kern centre (``approximate``)."""

    point: Point
    label: str
    approximate: bool


def _kern_fallback(text: str) -> ResolvedPlace | None:
    folded = text.casefold()
    digits = digits_only(text)[:4]
    for kern in Kern:
        if str(kern.label).casefold() in folded or digits in KERN_POSTCODES[kern]:
            lat, lon = KERN_CENTRES[kern]
            return ResolvedPlace(Point(lon, lat, srid=4326), str(kern.label), True)
    return None


def _place_cache_key(text: str) -> str:
    normalized = " ".join(text.split()).casefold()
    return "sociale_kaart:place:" + hashlib.sha256(normalized.encode()).hexdigest()


def place_forget(*, text: str) -> None:
    """Drop the cached resolution of ``text`` (an address being erased)."""
    cache.delete(_place_cache_key(text))


_PDOK_DOWN_KEY = "sociale_kaart:pdok-down"


def place_resolve(*, text: str) -> ResolvedPlace | None:
    """Resolve what a visitor typed for "near" (postcode, address, kern) once.

    Results found at PDOK are cached (``SOCIALE_KAART_PLACE_CACHE_SECONDS``),
    so a shared or reloaded search never asks PDOK again. When PDOK can't be
    reached, a kern name or a kern's PC4 in the text gives that kern's centre
    (approximate, cached briefly); after a failure PDOK is not asked again for
    PDOK_DOWN_SECONDS. Without a kern, GeocoderUnavailable is raised
    (the page then says the lookup is unavailable, not that the place does not
    exist). None when nothing matches.
    """
    normalized = " ".join(text.split()).casefold()
    if not normalized:
        return None
    key = _place_cache_key(normalized)
    cached = cache.get(key)
    if cached is not None:
        return cached or None
    try:
        if cache.get(_PDOK_DOWN_KEY):
            raise geocoding.GeocoderUnavailable("failed moments ago; not asked")
        found = geocoding.geocode_place(normalized)
    except geocoding.GeocoderUnavailable as error:
        logger.warning("PDOK unavailable for a near search: %s", error)
        # A hanging PDOK would hold a worker for its timeout on every new
        # search: not asked again for PDOK_DOWN_SECONDS.
        cache.add(_PDOK_DOWN_KEY, True, settings.PDOK_DOWN_SECONDS)
        fallback = _kern_fallback(normalized)
        if fallback is None:
            raise
        cache.set(key, fallback, 300)
        return fallback
    if found is None:
        result = _kern_fallback(normalized)
    else:
        result = ResolvedPlace(found[0], found[1], False)
    cache.set(key, result or False, settings.SOCIALE_KAART_PLACE_CACHE_SECONDS)
    return result
