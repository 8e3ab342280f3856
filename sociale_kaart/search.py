"""Query building blocks of the sociale kaart's search (PostgreSQL, PostGIS).

Text search uses the ``dutch_unaccent`` configuration (migration 0003): Dutch
stemming, accents ignored, the ``websearch`` syntax so no input can raise. A
compact match (letters and digits only, accents removed) catches compounds the
stemmer does not split (``koffie ochtend`` / ``koffieochtend``), and a trigram
word similarity on names catches small typing errors.
"""

import datetime
import re
import unicodedata

from django.contrib.gis.db.models.functions import Distance
from django.contrib.gis.geos import Point
from django.contrib.gis.measure import D
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db.models import (
    Exists,
    F,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Concat, Lower
from django.utils import timezone

from .constants import ServiceStatus
from .models import Location, ServiceClosure, ServiceSchedule, Theme

CONFIG = "dutch_unaccent"
MIN_COMPACT_LENGTH = 4
TRIGRAM_THRESHOLD = 0.6


def compact(text: str) -> str:
    """Lower-case letters and digits only, accents removed: ``Koffie-ochtend``
    becomes ``koffieochtend``."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", plain.casefold())


def _compact_sql(expression) -> Func:
    return Func(
        Func(Lower(expression), function="unaccent", output_field=TextField()),
        Value("[^a-z0-9]"),
        Value(""),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )


def _vector_matches(field: str, query: SearchQuery) -> Q:
    return Q(**{f"{field}__search": query})


def text_search(queryset: QuerySet, text: str, *, kind: str) -> QuerySet:
    """Rows of ``queryset`` (services or organisations) that match ``text``,
    annotated with ``rank`` (higher is better). ``kind`` is ``service`` or
    ``organization``. An empty ``text`` returns ``queryset`` unchanged.

    Matched: the row's name, organisation name, description and how to join;
    a theme's name; a location's street (semi-joins, so nothing is aggregated
    per row); the compact form of name and description; a name that is
    similar by trigrams.
    """
    text = text.strip()
    if not text:
        return queryset
    query = SearchQuery(text, search_type="websearch", config=CONFIG)
    themes = Theme.objects.annotate(
        document=SearchVector("name", config=CONFIG)
    ).filter(document=query)
    streets = Location.objects.annotate(
        document=SearchVector("street", config=CONFIG)
    ).filter(document=query)
    if kind == "service":
        owner_name = F("organization__name")
        extra = F("how_to_join")
        themes = themes.filter(services=OuterRef("pk"))
        streets = streets.filter(services=OuterRef("pk"))
    else:
        owner_name = Value("", output_field=TextField())
        extra = Value("", output_field=TextField())
        themes = themes.filter(organizations=OuterRef("pk"))
        streets = streets.filter(organization=OuterRef("pk"))
    vector = (
        SearchVector("name", weight="A", config=CONFIG)
        + SearchVector(owner_name, weight="B", config=CONFIG)
        + SearchVector("description", extra, weight="C", config=CONFIG)
    )
    matches = Q(search_document=query) | Exists(themes) | Exists(streets)
    needle = compact(text)
    if len(needle) >= MIN_COMPACT_LENGTH:
        haystack = _compact_sql(
            Concat(
                "name",
                Value(" "),
                owner_name,
                Value(" "),
                "description",
                output_field=TextField(),
            )
        )
        matches |= Q(search_compact__contains=needle)
        matches |= Q(name_similarity__gte=TRIGRAM_THRESHOLD)
        queryset = queryset.annotate(
            search_compact=haystack,
            name_similarity=TrigramWordSimilarity(text, "name"),
        )
    return queryset.annotate(
        search_document=vector, rank=SearchRank(vector, query)
    ).filter(matches)


def _closed_on(day: datetime.date) -> Exists:
    return Exists(
        ServiceClosure.objects.filter(
            service=OuterRef("pk"), start_date__lte=day, end_date__gte=day
        )
    )


def _runs_on(day: datetime.date, **times) -> Q:
    return Exists(
        ServiceSchedule.objects.filter(
            service=OuterRef("pk"), weekday=day.isoweekday(), **times
        )
    ) & ~_closed_on(day)


def open_filter(when: str, moment: datetime.datetime | None = None) -> Q:
    """Condition for offers that are open ``now``, run ``today`` (a period not yet
    over) or run ``week`` (on one of the next seven days, today included).

    Evaluated in Europe/Amsterdam; dated closures count, only active offers.
    """
    local = timezone.localtime(moment or timezone.now())
    today, now = local.date(), local.time()
    if when == "now":
        condition = _runs_on(today, opens_at__lte=now, closes_at__gt=now)
    elif when == "today":
        condition = _runs_on(today, closes_at__gt=now)
    else:
        condition = Q()
        for offset in range(7):
            condition |= _runs_on(today + datetime.timedelta(days=offset))
    return Q(status=ServiceStatus.ACTIVE) & condition


def near(
    queryset: QuerySet, point: Point, km: float, *, locations_path: str
) -> QuerySet:
    """Rows with a location within ``km`` kilometres of ``point`` (WGS84),
    annotated with ``distance`` (metres, nearest location) and sorted by it.
    ``locations_path`` is ``services`` or ``organization`` (Location's link)."""
    nearby = Location.objects.filter(
        **{locations_path: OuterRef("pk")}, point__isnull=False
    )
    return (
        queryset.filter(Exists(nearby.filter(point__distance_lte=(point, D(km=km)))))
        .annotate(
            distance=Subquery(
                nearby.annotate(d=Distance("point", point))
                .order_by("d")
                .values("d")[:1]
            )
        )
        .order_by("distance", "name")
    )
