"""The "Deze week" sheet of one kern: the agenda's dates and the map's regular
offers for one week, for a notice board (A4) or a local weekly paper (text)."""

import datetime
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q

from lansingerland.constants import Kern
from sociale_kaart.constants import ServiceStatus
from sociale_kaart.models import Location, Service

from . import selectors
from .models import Occurrence


@dataclass(frozen=True)
class WeekSheet:
    """What happens in ``kern`` from Monday ``first`` to Sunday ``last`` (local
    dates): ``days`` pairs each date that has activities with its dates of
    activities (start order); ``offers`` are the regular offers there."""

    kern: Kern
    first: datetime.date
    last: datetime.date
    days: list[tuple[datetime.date, list[Occurrence]]]
    offers: list[Service]

    def shortened(self, *, dates: int, offers: int) -> "ShortSheet":
        """At most ``dates`` dates of activities and ``offers`` offers, in
        order, with how many were left out (so a poster fits one A4)."""
        kept: list[tuple[datetime.date, list[Occurrence]]] = []
        room = dates
        for day, occurrences in self.days:
            if room <= 0:
                break
            kept.append((day, occurrences[:room]))
            room -= len(occurrences[:room])
        total = sum(len(occurrences) for _, occurrences in self.days)
        return ShortSheet(
            days=kept,
            more_dates=total - (dates - room),
            offers=self.offers[:offers],
            more_offers=max(len(self.offers) - offers, 0),
        )


@dataclass(frozen=True)
class ShortSheet:
    """The part of a :class:`WeekSheet` that fits a poster, and what did not."""

    days: list[tuple[datetime.date, list[Occurrence]]]
    more_dates: int
    offers: list[Service]
    more_offers: int


def week_of(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """Monday and Sunday of the ISO week holding ``day``."""
    first = day - datetime.timedelta(days=day.weekday())
    return first, first + datetime.timedelta(days=6)


def sheet_day(today: datetime.date) -> datetime.date:
    """The day whose week a sheet shows by default: ``today``, but on Saturday
    and Sunday the Monday after, as a poster hung at the weekend is read in the
    week that follows."""
    if today.weekday() >= 5:
        return today + datetime.timedelta(days=7 - today.weekday())
    return today


def week_sheet(*, kern: Kern, day: datetime.date) -> WeekSheet:
    """The sheet of ``kern`` for the week (Monday–Sunday) holding ``day``.

    Activities: visible dates of activities held in the kern (agenda).
    Offers: active, published offers with a location in the kern or for the
    whole municipality (a location without kern), with schedules and
    organisation loaded (sociale kaart). Five queries whatever the amount.
    """
    first, last = week_of(day)
    occurrences = selectors.occurrences_between(first=first, last=last).filter(
        activity__kern=kern
    )
    days: dict[datetime.date, list[Occurrence]] = {}
    for occurrence in occurrences:
        days.setdefault(occurrence.date, []).append(occurrence)
    in_kern = Location.objects.filter(
        Q(kern=kern) | Q(kern=""), services=OuterRef("pk")
    )
    offers = (
        Service.objects.published()
        .filter(Exists(in_kern), status=ServiceStatus.ACTIVE)
        .select_related("organization")
        .prefetch_related("schedules", "closures")
        .order_by("name", "pk")
    )
    return WeekSheet(
        kern=kern,
        first=first,
        last=last,
        days=sorted(days.items()),
        offers=[o for o in offers if not _closed_all_week(o, first, last)],
    )


def _closed_all_week(offer: Service, first: datetime.date, last: datetime.date):
    return any(
        c.start_date <= first and c.end_date >= last for c in offer.closures.all()
    )
