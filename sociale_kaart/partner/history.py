"""The partner history page's reads: who changed what and when."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.gis.db.models import GeometryField
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.dateformat import time_format
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _lazy

from sociale_kaart.models import (
    Location,
    Organization,
    Service,
    ServiceClosure,
    ServiceSchedule,
)

#: Parts other apps add to the history page, by key (``activities``): a
#: function ``sources(organization)`` giving ``[(history queryset, label
#: function of a record, related fields to select)]``.
HISTORY_PARTS: dict[str, Callable[[Organization], list]] = {}


def register_history_part(key: str, sources: Callable[[Organization], list]) -> None:
    """Show ``sources(organization)``'s history rows under ``key`` on the
    partner history page (called from an app's ``AppConfig.ready``)."""
    HISTORY_PARTS[key] = sources


@dataclass(frozen=True)
class FieldChange:
    """One changed field of a history row, in words: ``label`` is the field's
    verbose name, ``old`` and ``new`` readable values ("(leeg)" for empty)."""

    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    """One row of the partner history page.

    ``date`` is the aware UTC datetime of the change; ``user`` the person who
    made it (None: the system); ``action`` "aangemaakt", "gewijzigd" or
    "verwijderd"; ``label`` which offer, period or activity it is about
    (empty for the organisation); ``changes`` the fields that changed
    against the previous version of the same object (empty when created,
    deleted or when only untracked fields changed); ``reason`` the history's
    change reason, e.g. "gewijzigd door partner".
    """

    date: datetime.datetime
    user: AbstractBaseUser | None
    action: str
    label: str
    changes: list[FieldChange]
    reason: str


HISTORY_ACTIONS = {
    "+": _lazy("aangemaakt"),
    "~": _lazy("gewijzigd"),
    "-": _lazy("verwijderd"),
}
#: Longer texts (descriptions) are cut to this many characters.
HISTORY_TEXT_LENGTH = 80


def organization_history_entries(
    organization: Organization, *, limit: int = 50
) -> dict[str, list[HistoryEntry]]:
    """Who changed what and when, for the partner history page.

    Returns the newest ``limit`` entries (newest first) per part:
    ``organization``, ``locations``, ``offers`` (offers with their weekly
    periods and closures) and ``activities`` (activities the organisation
    takes part in, registered by activiteiten: ``register_history_part``).
    Each change lists the changed fields with old and new
    value (simple-history's ``diff_against`` against the object's previous
    version; many-to-many fields such as themes are left out). Uses a fixed
    number of queries, however many rows there are.
    """
    offers = [
        (
            Service.history.filter(organization_id=organization.pk),
            lambda record: record.name,
            (),
        ),
        (
            ServiceSchedule.history.filter(service__organization=organization),
            lambda record: f"{record.service.name}: {record.instance}",
            ("service",),
        ),
        (
            ServiceClosure.history.filter(service__organization=organization),
            lambda record: f"{record.service.name}: {record.instance}",
            ("service",),
        ),
    ]
    return {
        "organization": _history_entries(
            [(organization.history.all(), lambda record: "", ())], limit
        ),
        "locations": _history_entries(
            [
                (
                    Location.history.filter(organization_id=organization.pk),
                    lambda record: (
                        record.name or record.instance.address or gettext("locatie")
                    ),
                    (),
                )
            ],
            limit,
        ),
        "offers": _history_entries(offers, limit),
    } | {
        key: _history_entries(sources(organization), limit)
        for key, sources in HISTORY_PARTS.items()
    }


def _history_entries(sources, limit: int) -> list[HistoryEntry]:
    rows = []
    for queryset, label, related in sources:
        model = queryset.model
        previous_id = (
            model.objects.filter(
                id=OuterRef("id"), history_date__lt=OuterRef("history_date")
            )
            .order_by("-history_date", "-history_id")
            .values("history_id")[:1]
        )
        records = list(
            queryset.select_related("history_user", *related)
            .annotate(previous_history_id=Subquery(previous_id))
            .order_by("-history_date", "-history_id")[:limit]
        )
        previous = model.objects.in_bulk(
            {r.previous_history_id for r in records if r.previous_history_id}
        )
        rows.extend(
            (record, previous.get(record.previous_history_id), label)
            for record in records
        )
    rows.sort(key=lambda row: row[0].history_date, reverse=True)
    rows = rows[:limit]
    names = _related_names(rows)
    return [
        HistoryEntry(
            date=record.history_date,
            user=record.history_user,
            action=str(HISTORY_ACTIONS[record.history_type]),
            label=label(record),
            changes=_field_changes(record, before, names)
            if record.history_type == "~" and before is not None
            else [],
            reason=record.history_change_reason or "",
        )
        for record, before, label in rows
    ]


def _changed_fields(record, before) -> list:
    m2m = {field.name for field in record._history_m2m_fields}
    delta = record.diff_against(before, excluded_fields=m2m)
    return [
        (record.instance_type._meta.get_field(change.field), change)
        for change in delta.changes
    ]


def _related_names(rows) -> dict[tuple[type, object], str]:
    """Names of the objects that changed foreign keys point to: one query per
    related model, not per row."""
    wanted: dict[type, set] = {}
    for record, before, _label in rows:
        if record.history_type != "~" or before is None:
            continue
        for field, change in _changed_fields(record, before):
            if field.is_relation and field.many_to_one:
                values = {change.old, change.new} - {None}
                wanted.setdefault(field.related_model, set()).update(values)
    names = {}
    for model, pks in wanted.items():
        for pk, obj in model.objects.in_bulk(pks).items():
            names[(model, pk)] = str(obj)
    return names


def _field_changes(record, before, names) -> list[FieldChange]:
    changes = []
    for field, change in _changed_fields(record, before):
        if isinstance(field, GeometryField):
            # Coordinates mean nothing to a partner; say the point moved.
            old = gettext("de vorige plek") if change.old else gettext("(leeg)")
            new = gettext("een nieuwe plek") if change.new else gettext("(leeg)")
        else:
            old = _in_words(field, change.old, names)
            new = _in_words(field, change.new, names)
        changes.append(
            FieldChange(label=capfirst(str(field.verbose_name)), old=old, new=new)
        )
    return changes


def _in_words(field, value, names) -> str:
    """A history value as a partner reads it: labels for choices, ja/nee,
    Dutch dates, names for related objects, short texts."""
    if value in (None, "", []):
        return gettext("(leeg)")
    if field.is_relation and field.many_to_one:
        return names.get((field.related_model, value), gettext("(verwijderd)"))
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return gettext("ja") if value else gettext("nee")
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "j F Y H:i")
    if isinstance(value, datetime.date):
        return date_format(value, "j F Y")
    if isinstance(value, datetime.time):
        return time_format(value, "H:i")
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    text = " ".join(strip_tags(str(value)).split())
    return Truncator(text).chars(HISTORY_TEXT_LENGTH)
