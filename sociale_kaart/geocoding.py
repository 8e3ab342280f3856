"""PDOK Locatieserver client: Dutch addresses to WGS84 points.

Only the services in ``services.py`` call this module (never ``clean()``, never a
page view for a listing). The Locatieserver answers in Solr's format::

    {"response": {"numFound": 1, "docs": [{"type": "adres",
        "weergavenaam": "Dorpsstraat 12a, 2665AB Bleiswijk",
        "straatnaam": "Dorpsstraat", "huisnummer": 12, "huisletter": "a",
        "huisnummertoevoeging": "1", "postcode": "2665AB",
        "woonplaatsnaam": "Bleiswijk", "centroide_ll": "POINT(4.53 52.01)"}]}}

House letter and addition are separate fields and absent when the address has
none; ``centroide_ll`` is WKT in WGS84 with longitude first.
"""

import json
import re
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.contrib.gis.geos import Point

FIELDS = (
    "type,weergavenaam,straatnaam,huisnummer,huisletter,huisnummertoevoeging,"
    "postcode,woonplaatsnaam,gemeentenaam,centroide_ll"
)
WKT_POINT_RE = re.compile(r"^\s*POINT\s*\(\s*([-0-9.eE]+)\s+([-0-9.eE]+)\s*\)\s*$")


class GeocoderUnavailable(Exception):
    """PDOK could not be reached or answered with something that is not JSON."""


@dataclass(frozen=True)
class AddressQuery:
    """The Dutch address parts to look up; ``postcode`` as ``1234 AB`` or empty."""

    street: str
    house_number: int
    house_letter: str = ""
    house_number_addition: str = ""
    postcode: str = ""
    place: str = ""

    def as_text(self) -> str:
        number = f"{self.house_number}{self.house_letter}"
        if self.house_number_addition:
            number += f"-{self.house_number_addition}"
        return " ".join(
            p for p in (self.street, number, self.postcode, self.place) if p
        )


def parse_point(wkt: str) -> Point:
    """``POINT(lon lat)`` (WGS84) to a GEOS Point with SRID 4326.

    Raises ValueError for anything else.
    """
    match = WKT_POINT_RE.match(wkt or "")
    if not match:
        raise ValueError(f"Not a WKT point: {wkt!r}")
    return Point(float(match[1]), float(match[2]), srid=4326)


def search(query: str, *, filters: list[str], rows: int = 10) -> list[dict]:
    """Free search at the Locatieserver; returns ``response.docs``.

    ``filters`` are Solr ``fq`` values such as ``type:adres``. Raises
    GeocoderUnavailable on a network error, a timeout, an HTTP error or a body
    that is not the documented JSON.
    """
    params = [("q", query), ("fl", FIELDS), ("rows", str(rows))]
    params += [("fq", f) for f in filters]
    url = settings.PDOK_LOCATIESERVER_URL + "?" + urllib.parse.urlencode(params)
    try:
        with urllib.request.urlopen(  # noqa: S310 (URL from settings, https)
            url, timeout=settings.PDOK_TIMEOUT_SECONDS
        ) as response:
            data = json.load(response)
        return list(data["response"]["docs"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise GeocoderUnavailable(str(error)) from error


def _same(a: object, b: object) -> bool:
    return str(a or "").strip().casefold() == str(b or "").strip().casefold()


def choose_exact_address(docs: list[dict], address: AddressQuery) -> dict | None:
    """The BAG address in ``docs`` that is exactly ``address``, or None.

    House number, house letter and addition must all match (``12``, ``12a`` and
    ``12-1`` are different buildings or homes); the postcode must match when
    given, else street and place must.
    """
    postcode = address.postcode.replace(" ", "")
    for doc in docs:
        if doc.get("type") != "adres":
            continue
        if doc.get("huisnummer") != address.house_number:
            continue
        if not _same(doc.get("huisletter"), address.house_letter):
            continue
        if not _same(doc.get("huisnummertoevoeging"), address.house_number_addition):
            continue
        if postcode:
            if not _same(doc.get("postcode"), postcode):
                continue
        elif not (
            _same(doc.get("straatnaam"), address.street)
            and (not address.place or _same(doc.get("woonplaatsnaam"), address.place))
        ):
            continue
        return doc
    return None


def geocode_address(address: AddressQuery) -> Point | None:
    """The WGS84 point of exactly ``address``, or None when PDOK has no such
    address. Raises GeocoderUnavailable when PDOK can't be used."""
    docs = search(address.as_text(), filters=["type:adres"])
    doc = choose_exact_address(docs, address)
    if doc is None:
        return None
    return parse_point(doc["centroide_ll"])


def geocode_place(text: str) -> tuple[Point, str] | None:
    """Best match in Lansingerland for what a visitor typed (a postcode, an
    address, a street or a kern): ``(point, weergavenaam)`` or None.

    Raises GeocoderUnavailable when PDOK can't be used.
    """
    docs = search(
        text,
        filters=[
            "gemeentenaam:Lansingerland",
            "type:(adres OR postcode OR weg OR woonplaats)",
        ],
        rows=1,
    )
    for doc in docs:
        try:
            return parse_point(doc["centroide_ll"]), doc.get("weergavenaam", text)
        except (KeyError, ValueError):
            continue
    return None
