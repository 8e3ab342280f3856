"""The search map's data per tile: clusters when zoomed out, places when zoomed in.

The map asks for the standard web-map tiles (XYZ, Web Mercator EPSG:3857,
256 px) that it shows, ``/sociale-kaart/kaart/<z>/<x>/<y>.geojson`` plus the
search parameters, so what a browser loads stays the same however many places
there are, and every answer is cacheable per tile and normalised query.

Below ``POINTS_ZOOM`` a tile is cut into ``CELLS`` × ``CELLS`` squares (64 px
on screen): a square holding places at more than one point becomes one
cluster feature, a square whose places share one point gives those places
(``map_data.point_features``). From ``POINTS_ZOOM`` on, a tile gives all its
places. A place belongs to exactly one tile and one square (west and south
edges inclusive), so the counts of a zoom level's tiles add up to the found
places.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.gis.geos import Polygon
from django.db.models import Avg, Count, F, FloatField, Func, Max, Min, Q
from django.db.models.functions import Floor, Ln, Pi, Radians, Tan
from django.utils.translation import gettext as _

from lansingerland.digits import is_number

from .map_data import feature_collection, found_locations, point_features
from .selectors import Finding

HALF_WORLD = 20037508.342789244  # metres, EPSG:3857 from the equator to an edge
EARTH_RADIUS = 6378137.0  # metres, the sphere of EPSG:3857
CELLS = 4
POINTS_ZOOM = 17
MIN_ZOOM = settings.LEAFLET_CONFIG["MIN_ZOOM"]
MAX_ZOOM = settings.LEAFLET_CONFIG["MAX_ZOOM"]


class BadTile(ValueError):
    """The tile's address is not a map tile; the message says why (Dutch)."""


def _whole(part: str) -> int | None:
    """``part`` as a number when written as plain digits without leading
    zeros (at most 12), else None."""
    if not is_number(part) or len(part) > 12:
        return None
    if part != "0" and part.startswith("0"):
        return None
    return int(part)


@dataclass(frozen=True)
class Tile:
    """A web-map tile: zoom ``z``, column ``x`` (from the west), row ``y``
    (from the north), as in ``/{z}/{x}/{y}``."""

    z: int
    x: int
    y: int

    @classmethod
    def parse(cls, z: str, x: str, y: str) -> "Tile":
        """The tile at the URL's parts; raises ``BadTile`` when a part is not a
        whole number in plain digits (one spelling per tile, so one cache
        entry), the zoom is outside ``MIN_ZOOM``–``MAX_ZOOM`` or the column or
        row outside 0 – 2^z − 1."""
        zoom = _whole(z)
        if zoom is None or not MIN_ZOOM <= zoom <= MAX_ZOOM:
            raise BadTile(
                _(
                    "Ongeldige kaarttegel: het zoomniveau moet een geheel getal "
                    "van %(min)s tot en met %(max)s zijn."
                )
                % {"min": MIN_ZOOM, "max": MAX_ZOOM}
            )
        column, row = _whole(x), _whole(y)
        if column is None or row is None or max(column, row) >= 2**zoom:
            raise BadTile(
                _(
                    "Ongeldige kaarttegel: kolom en rij moeten gehele getallen "
                    "van 0 tot en met %(last)s zijn bij zoomniveau %(zoom)s."
                )
                % {"last": 2**zoom - 1, "zoom": zoom}
            )
        return cls(zoom, column, row)

    @property
    def size(self) -> float:
        """Width and height in EPSG:3857 metres."""
        return 2 * HALF_WORLD / 2**self.z

    @property
    def lonlat(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) in WGS84 degrees; neighbouring tiles get
        the very same number for the edge they share."""
        n = 2**self.z

        def lon(column: int) -> float:
            return column * 360 / n - 180

        def lat(row: int) -> float:
            return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))

        return lon(self.x), lat(self.y + 1), lon(self.x + 1), lat(self.y)

    def touches_the_map(self) -> bool:
        """Whether the tile overlaps the map's extent (``SPATIAL_EXTENT``); the
        map never shows places outside it."""
        west, south, east, north = self.lonlat
        ext_west, ext_south, ext_east, ext_north = settings.LEAFLET_CONFIG[
            "SPATIAL_EXTENT"
        ]
        return (
            west <= ext_east
            and east >= ext_west
            and south <= ext_north
            and (north >= ext_south)
        )


def _in_tile(finding: Finding, tile: Tile):
    """The found places in ``tile`` (west and south edges inclusive), annotated
    with ``lon_deg``/``lat_deg`` (WGS84 degrees)."""
    west, south, east, north = tile.lonlat
    box = Polygon.from_bbox((west, south, east, north))
    box.srid = 4326
    return (
        found_locations(finding)
        .filter(point__bboverlaps=box)  # the spatial index's rough cut
        .annotate(
            lon_deg=Func("point", function="ST_X", output_field=FloatField()),
            lat_deg=Func("point", function="ST_Y", output_field=FloatField()),
        )
        .filter(
            lon_deg__gte=west, lon_deg__lt=east, lat_deg__gte=south, lat_deg__lt=north
        )
    )


def _squares(places, tile: Tile):
    """``places`` annotated with the ``column`` (from the west) and ``row`` (from
    the south) of their square in ``tile``: squares of equal size on screen,
    so rows are cut in Web Mercator metres (spherical formula, as EPSG:3857)."""
    west, _south, east, _north = tile.lonlat
    mercator_y = EARTH_RADIUS * Ln(Tan(Pi() / 4 + Radians("lat_deg") / 2))
    south_metres = HALF_WORLD - (tile.y + 1) * tile.size
    return places.annotate(
        column=Floor((F("lon_deg") - west) / ((east - west) / CELLS)),
        row=Floor((mercator_y - south_metres) / (tile.size / CELLS)),
    )


def tile_geojson(
    finding: Finding, tile: Tile, *, absolute_url: Callable[[str], str]
) -> bytes:
    """The found places in ``tile`` as a GeoJSON FeatureCollection (RFC 7946,
    WGS84 [lon, lat] degrees), UTF-8 bytes; see the module for which places
    are clustered.

    A cluster is a Point feature without ``id`` at the mean position of its
    places, with ``bbox`` [west, south, east, north] (WGS84 degrees) around
    them and properties ``{"cluster": true, "count": <places>}``. A place is
    a feature as in ``map_data.point_features``. Three queries at every
    zoom below ``POINTS_ZOOM``, two from it on; none for a tile outside the
    map's extent (no features).
    """
    if not tile.touches_the_map():
        return feature_collection([])
    places = _in_tile(finding, tile)
    if tile.z >= POINTS_ZOOM:
        return feature_collection(
            point_features(finding, places, absolute_url=absolute_url)
        )
    cells = (
        _squares(places, tile)
        .order_by()
        .values("column", "row")
        .annotate(
            count=Count("pk"),
            mean_lon=Avg("lon_deg"),
            mean_lat=Avg("lat_deg"),
            west=Min("lon_deg"),
            south=Min("lat_deg"),
            east=Max("lon_deg"),
            north=Max("lat_deg"),
        )
        .order_by("row", "column")
    )
    # A square that does not exist keeps the number of queries the same for
    # every tile, with or without squares of one point.
    features, one_point = [], Q(column=-1)
    for square in cells:
        if (square["west"], square["south"]) == (square["east"], square["north"]):
            one_point |= Q(column=square["column"], row=square["row"])
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [
                        round(square["mean_lon"], 6),
                        round(square["mean_lat"], 6),
                    ],
                },
                "bbox": [
                    round(square[side], 6)
                    for side in ("west", "south", "east", "north")
                ],
                "properties": {"cluster": True, "count": square["count"]},
            }
        )
    alone = _squares(places, tile).filter(one_point)
    features += point_features(finding, alone, absolute_url=absolute_url)
    return feature_collection(features)
