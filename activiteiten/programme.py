"""The campaign programme in pages of whole days.

A long campaign (hundreds of dates) is shown a few days at a time: each page
holds consecutive days until it has at least ``PAGE_SIZE`` dates (a busy day
is never split), so a page costs the same however long the campaign is. Pages
are addressed by their first day (``?vanaf=2026-09-25``, local date), so links
keep working when dates are added elsewhere in the programme.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, QuerySet

PAGE_SIZE = 40


@dataclass(frozen=True)
class DayPage:
    """One page: ``first``..``last`` (local dates, inclusive), its ``number``
    (1-based) of ``count`` pages, the first days of the ``previous`` and
    ``next`` pages (None at either end) and ``total`` dates on all pages."""

    first: datetime.date | None
    last: datetime.date | None
    number: int
    count: int
    previous: datetime.date | None
    next: datetime.date | None
    total: int


def _pages(counts: list[tuple[datetime.date, int]], size: int):
    pages, current, filled = [], [], 0
    for day, n in counts:
        current.append(day)
        filled += n
        if filled >= size:
            pages.append((current[0], current[-1]))
            current, filled = [], 0
    if current:
        pages.append((current[0], current[-1]))
    return pages


def day_page(
    occurrences: QuerySet, start: str | None, *, size: int | None = None
) -> tuple[QuerySet, DayPage]:
    """The page of ``occurrences`` (filtered, ordered) that holds the day
    ``start`` (ISO date text from the URL; missing, invalid or outside the
    programme: the first page), pages of ``size`` dates (default
    ``PAGE_SIZE``), as ``(occurrences on that page, DayPage)``. One query for
    the dates per day; the returned queryset is lazy."""
    counts = list(
        occurrences.order_by()
        .values("date")
        .annotate(n=Count("pk"))
        .order_by("date")
        .values_list("date", "n")
    )
    pages = _pages(counts, size or PAGE_SIZE)
    total = sum(n for _, n in counts)
    if not pages:
        return occurrences.none(), DayPage(None, None, 1, 1, None, None, 0)
    try:
        wanted = datetime.date.fromisoformat(start or "")
    except ValueError:
        wanted = None
    index = next(
        (
            i
            for i, (first, last) in enumerate(pages)
            if wanted and first <= wanted <= last
        ),
        0,
    )
    first, last = pages[index]
    page = DayPage(
        first=first,
        last=last,
        number=index + 1,
        count=len(pages),
        previous=pages[index - 1][0] if index > 0 else None,
        next=pages[index + 1][0] if index + 1 < len(pages) else None,
        total=total,
    )
    return occurrences.filter(date__gte=first, date__lte=last), page
