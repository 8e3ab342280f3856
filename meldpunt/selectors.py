"""Reads of the meldpunt: people's data (AVG) and the working group's figures."""

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass

from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from lansingerland.constants import Kern

from .constants import ReportChannel, ReportKind, ReportOutcome
from .models import Report, ReportStatistic

SMALL_COUNT = 5


def reports_of_person(*, email: str = "", phone: str = "") -> QuerySet[Report]:
    """Reports whose reporter has this e-mail (any case) or normalised phone."""
    condition = Q(pk__in=[])
    if email:
        condition |= Q(reporter__email__iexact=email.strip())
    if phone:
        condition |= Q(reporter__phone=phone)
    return (
        Report.objects.filter(condition)
        .select_related("reporter", "person_concerned", "partner")
        .order_by("created_at")
    )


def masked(count: int) -> str:
    """A count as shown to the working group: 1–4 become "<5" (nobody recognisable)."""
    return "<5" if 0 < count < SMALL_COUNT else str(count)


@dataclass
class Row:
    label: str
    count: int
    hidden: bool = False

    @property
    def is_masked(self) -> bool:
        """Shown without its number: a small count, or hidden to protect one."""
        return self.hidden or 0 < self.count < SMALL_COUNT

    @property
    def shown(self) -> str:
        return str(_("verborgen")) if self.hidden else masked(self.count)


@dataclass
class Table:
    """One breakdown of the figures.

    When exactly one row is a small count, the smallest other row is hidden
    too: otherwise the total minus the shown rows gives the small count away.
    """

    key: str
    title: str
    rows: list[Row]

    def __post_init__(self) -> None:
        small = [r for r in self.rows if 0 < r.count < SMALL_COUNT]
        others = [r for r in self.rows if r.count >= SMALL_COUNT]
        if len(small) == 1 and others:
            min(others, key=lambda r: r.count).hidden = True

    @property
    def maximum(self) -> int:
        return max((r.count for r in self.rows), default=0) or 1


def _local_bounds(start: dt.date | None, end: dt.date | None) -> Q:
    condition = Q()
    tz = timezone.get_current_timezone()
    if start:
        condition &= Q(received_at__gte=dt.datetime.combine(start, dt.time.min, tz))
    if end:
        after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tz)
        condition &= Q(received_at__lt=after)
    return condition


def report_figures(*, start: dt.date | None = None, end: dt.date | None = None) -> dict:
    """Figures for the working group over received dates ``start``..``end``
    (inclusive, local Europe/Amsterdam dates; None = open end).

    Counts live reports and the statistics records of deleted ones together.
    Returns ``{"tables": [Table], "total": int, "median_days": float | None,
    "overdue": int}``; median days to first contact in calendar days.
    Three queries whatever the amount of data.
    """
    fields = ("kind", "kern", "channel", "outcome", "partner__name", "first_contact_at")
    period = _local_bounds(start, end)
    live = Report.objects.alias(received_at=F("created_at")).filter(period)
    records = [
        {**r, "received_at": r["created_at"]}
        for r in live.values(*fields, "created_at")
    ] + list(ReportStatistic.objects.filter(period).values(*fields, "received_at"))
    overdue = live.overdue().count()

    def table(key: str, title: str, label) -> Table:
        counter = Counter(label(r) for r in records)
        return Table(key, title, [Row(k, v) for k, v in sorted(counter.items())])

    months = Counter(
        timezone.localtime(r["received_at"]).strftime("%Y-%m") for r in records
    )
    delays = [
        (r["first_contact_at"] - r["received_at"]).total_seconds() / 86400
        for r in records
        if r["first_contact_at"]
    ]
    none = _("onbekend")
    tables = [
        Table("maand", _("Per maand"), [Row(k, v) for k, v in sorted(months.items())]),
        table("soort", _("Per soort"), lambda r: str(ReportKind(r["kind"]).label)),
        table(
            "kern",
            _("Per kern"),
            lambda r: str(Kern(r["kern"]).label) if r["kern"] else none,
        ),
        table(
            "kanaal", _("Per kanaal"), lambda r: str(ReportChannel(r["channel"]).label)
        ),
        table(
            "uitkomst",
            _("Per uitkomst"),
            lambda r: (
                str(ReportOutcome(r["outcome"]).label)
                if r["outcome"]
                else _("nog geen")
            ),
        ),
        table(
            "partner",
            _("Per partner"),
            lambda r: r["partner__name"] or _("geen partner"),
        ),
    ]
    return {
        "tables": tables,
        "total": len(records),
        "median_days": round(statistics.median(delays), 1) if delays else None,
        "overdue": overdue,
    }
