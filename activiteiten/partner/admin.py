"""How a coordinator sees a partner's pending activity in the admin: its
subject, and field by field, now and proposed, with names and dates instead
of ids."""

import datetime
from typing import Any

from django.db.models import IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.fields.json import KT
from django.db.models.functions import Cast
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext as _

from activiteiten.models import Activity, Campaign
from partners.admin_tables import comparison_table
from partners.models import PendingChange
from sociale_kaart.models import Location, Organization, Service

from .forms import (
    ACTIVITY_FIELDS,
    FIELD_ORDER,
    KEEP,
    ONCE,
    WEEKLY,
    activity_form_data,
    campaign_label,
)
from .services import FEATURE_KEY

_REPEAT = {ONCE: _("één keer"), WEEKLY: _("elke week"), KEEP: _("regel ongewijzigd")}


def _names(model, ids: list[int], label=str) -> str:
    objects = model.objects.in_bulk(ids or [])
    return ", ".join(label(objects[pk]) for pk in ids or [] if pk in objects) or "—"


def _show(name: str, value: Any) -> str:
    if value in (None, "", []):
        return "—"
    if name == "campaigns":
        return _names(Campaign, value, campaign_label)
    if name == "co_organizers":
        return _names(Organization, value)
    if name == "location":
        location = Location.objects.filter(pk=value).first()
        return str(location) if location else "—"
    if name == "repeat":
        return str(_REPEAT.get(value, value))
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if name in ("start_date", "repeat_until"):
        return formats.date_format(datetime.date.fromisoformat(value), "l j F Y")
    if name in ("start_time", "end_time"):
        return str(value)[:5]
    field = Activity._meta.get_field(name) if name in ACTIVITY_FIELDS else None
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return str(value)


def _label(name: str) -> str:
    labels = {
        "co_organizers": _("samen met"),
        "campaigns": _("campagnes"),
        "repeat": _("hoe vaak"),
        "repeat_until": _("elke week tot en met"),
    }
    if name in labels:
        return str(labels[name])
    return str(Activity._meta.get_field(name).verbose_name)


def activity_comparison(change: PendingChange) -> str:
    """An HTML table: each field the partner changed (or filled in, for a new
    activity) with the current and the proposed value, readable."""
    data = change.data
    if FEATURE_KEY in data:
        service = Service.objects.filter(pk=data[FEATURE_KEY]).first()
        campaign = Campaign.objects.filter(pk=data.get("campaign")).first()
        return format_html(
            "<p><strong>{}</strong></p><p>{}</p>",
            _("Vast aanbod in een campagne zetten"),
            _("%(service)s in %(campaign)s: elke week op de vaste dagen en tijden.")
            % {
                "service": service or "—",
                "campaign": campaign_label(campaign) if campaign else "—",
            },
        )
    current = (
        activity_form_data(change.activity, organization=change.organization)
        if change.activity_id
        else {}
    )
    order = [*FIELD_ORDER, *(n for n in ACTIVITY_FIELDS if n not in FIELD_ORDER)]
    names = sorted(data, key=lambda n: order.index(n) if n in order else len(order))
    rows = [
        (_label(name), _show(name, current.get(name)), _show(name, data[name]))
        for name in names
        if (current.get(name) != data[name])
        and (change.activity_id or data[name] not in (None, "", []))
    ]
    heading = (
        _("Nieuwe activiteit: nog niet op de site.")
        if not change.activity_id
        else _("Wijziging van een activiteit die op de site staat.")
    )
    return comparison_table(rows, heading=heading)


def activity_annotate(queryset: QuerySet) -> QuerySet:
    """Pending changes with ``feature_service_name``: the name of the offer a
    "vast aanbod in campagne" request names in ``data``, in the list's query."""
    feature_service = Service.objects.filter(pk=OuterRef("feature_service_id")).values(
        "name"
    )[:1]
    return queryset.annotate(
        feature_service_id=Cast(KT(f"data__{FEATURE_KEY}"), IntegerField())
    ).annotate(feature_service_name=Subquery(feature_service))


def activity_subject(change: PendingChange) -> str:
    """The activity's title; "<title> (nieuw)" for a proposed new one;
    "<offer> (vast aanbod in campagne)" for a regular offer in a campaign."""
    data = change.data if isinstance(change.data, dict) else {}
    if FEATURE_KEY in data:
        return _("%(name)s (vast aanbod in campagne)") % {
            "name": getattr(change, "feature_service_name", None) or "—"
        }
    if change.activity is None:
        return _("%(name)s (nieuw)") % {"name": data.get("title") or "—"}
    return change.activity.title
