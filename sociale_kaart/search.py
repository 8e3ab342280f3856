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
)
from django.db.models import (
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.utils import timezone

from .constants import ServiceStatus
from .models import (
    Location,
    OrganizationSearch,
    Service,
    ServiceClosure,
    ServiceSchedule,
    ServiceSearch,
    Theme,
)

CONFIG = "dutch_unaccent"
MIN_COMPACT_LENGTH = 4
# pg_trgm's default word_similarity_threshold, which the indexed operator uses.
TRIGRAM_THRESHOLD = 0.6


def compact(text: str) -> str:
    """Lower-case letters and digits only, accents removed: ``Koffie-ochtend``
    becomes ``koffieochtend``."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", plain.casefold())


def text_search(queryset: QuerySet, text: str, *, kind: str) -> QuerySet:
    """Rows of ``queryset`` (services or organisations) that match ``text``,
    annotated with ``rank`` (higher is better). ``kind`` is ``service`` or
    ``organization``. An empty ``text`` returns ``queryset`` unchanged.

    Matched: the stored search document (name, organisation name, description,
    how to join; see ``models.search``); a theme's name; a location's street;
    the stored compact text (``LIKE``, trigram index); only when none of
    these finds a row of ``queryset``, a name that is similar by trigrams
    (word similarity at least ``TRIGRAM_THRESHOLD``, trigram index): a
    fallback for typing errors.
    """
    text = text.strip()
    if not text:
        return queryset
    query = SearchQuery(text, search_type="websearch", config=CONFIG)
    model = queryset.model
    themes = Theme.objects.annotate(
        document=SearchVector("name", config=CONFIG)
    ).filter(document=query)
    streets = Location.objects.annotate(
        document=SearchVector("street", config=CONFIG)
    ).filter(document=query)
    if kind == "service":
        documents, owner = ServiceSearch.objects, "service_id"
        by_street = Service.locations.through.objects.filter(location__in=streets)
    else:
        documents, owner = OrganizationSearch.objects, "organization_id"
        by_street = streets
    by_theme = model.themes.through.objects.filter(theme__in=themes)
    # Each way of matching is its own uncorrelated subquery, so each can use
    # its index (GIN full text, GIN trigram) instead of testing every row.
    matches = (
        Q(pk__in=documents.filter(document=query).values(owner))
        | Q(pk__in=by_theme.values(owner))
        | Q(pk__in=by_street.values(owner))
    )
    needle = compact(text)
    if len(needle) >= MIN_COMPACT_LENGTH:
        matches |= Q(pk__in=documents.filter(compact__contains=needle).values(owner))
        # The typing-error fallback: only when none of the ways above finds a
        # row of ``queryset``. Each way is an uncorrelated EXISTS over joins,
        # so PostgreSQL stops at the first row it finds (instead of collecting
        # every match a second time), and when words match it never runs the
        # costly similarity over every name.
        nothing_found = (
            ~Exists(queryset.filter(search__document=query))
            & ~Exists(queryset.filter(search__compact__contains=needle))
            & ~Exists(queryset.filter(themes__in=themes))
            & ~Exists(queryset.filter(locations__in=streets))
        )
        similar = Q(
            pk__in=model.objects.filter(name__trigram_word_similar=text).values("pk")
        )
        matches |= nothing_found & similar
    return queryset.annotate(rank=SearchRank(F("search__document"), query)).filter(
        matches
    )


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
