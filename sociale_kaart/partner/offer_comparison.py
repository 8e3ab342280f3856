"""A pending offer change in words, for the coordinator's approval page."""

import datetime
from typing import Any

from django.utils.translation import gettext as _

from partners.models import PendingChange
from sociale_kaart.constants import ServiceStatus, Weekday
from sociale_kaart.models import Location, Service, TargetGroup, Theme

from .forms_offers import SERVICE_FIELDS
from .offers import offer_data_of


def schedule_label(row: dict) -> str:
    """``dinsdag 10:00–12:00`` for a ``schedules`` row of ``OfferData``."""
    return f"{Weekday(int(row['weekday'])).label} {row['opens_at']}–{row['closes_at']}"


def closure_label(row: dict) -> str:
    """``1-7-2026 t/m 31-8-2026 (zomerstop)`` for a ``closures`` row."""
    start = datetime.date.fromisoformat(row["start_date"])
    end = datetime.date.fromisoformat(row["end_date"])
    label = _("%(start)s t/m %(end)s") % {
        "start": f"{start.day}-{start.month}-{start.year}",
        "end": f"{end.day}-{end.month}-{end.year}",
    }
    return f"{label} ({row['reason']})" if row.get("reason") else label


def _readable(name: str, value: Any) -> str:
    if value in (None, "", []):
        return "—"
    if name == "locations":
        return "; ".join(str(loc) for loc in Location.objects.filter(pk__in=value))
    if name in ("themes", "target_groups"):
        model = Theme if name == "themes" else TargetGroup
        return ", ".join(
            model.objects.filter(pk__in=value).values_list("name", flat=True)
        )
    if name == "schedules":
        return "; ".join(schedule_label(row) for row in value)
    if name == "closures":
        return "; ".join(closure_label(row) for row in value)
    if name == "status":
        return str(ServiceStatus(value).label)
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    return str(value)


def offer_change_rows(change: PendingChange) -> list[tuple[str, str, str]]:
    """What a pending offer change would change, readably for a coordinator:
    ``[(label, now, proposed)]`` with names instead of ids and periods as
    ``dinsdag 10:00–12:00``; for a new offer "now" is "—"."""
    current = offer_data_of(change.service) if change.service_id else {}
    labels = {
        name: str(Service._meta.get_field(name).verbose_name) for name in SERVICE_FIELDS
    }
    labels["schedules"] = _("openingstijden")
    labels["closures"] = _("sluitingen")
    rows = []
    for name, label in labels.items():
        proposed = change.data.get(name)
        now = current.get(name) if current else None
        if current and now == proposed:
            continue
        if not current and proposed in (None, "", []):
            continue
        rows.append((label, _readable(name, now), _readable(name, proposed)))
    return rows
