"""Partners' offers (aanbod): edits and new offers, live or waiting for approval.

An offer's submitted values travel as one JSON-friendly dict (``OfferData``):
the fields in ``SERVICE_FIELDS`` (related objects as sorted lists of ids), plus
``schedules`` (``[{"weekday": 2, "opens_at": "10:00", "closes_at": "12:00"}]``,
ISO weekday, Europe/Amsterdam wall-clock times) and ``closures``
(``[{"start_date": "2026-07-01", "end_date": "2026-08-31", "reason": ""}]``).
The weekly periods and closures in it are the complete new set. The partner
forms (``sociale_kaart.partner.forms_offers``) validate what a partner types;
``offer_check`` holds the offer's rules as a service sees them, applied when
the data are submitted and again when a coordinator approves them.
"""

import datetime
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lansingerland.sanitizing import sanitize_html
from lansingerland.slugs import unique_slug
from partners.constants import ChangeTarget
from partners.form_texts import checked_phone
from partners.models import PendingChange
from partners.services.approval import approved_reason, needs_approval
from sociale_kaart.models import (
    Organization,
    Service,
    ServiceClosure,
    ServiceSchedule,
    TargetGroup,
    Theme,
)

from .forms_offers import SERVICE_FIELDS, ClosureRows, ScheduleRows

OfferData = dict[str, Any]
RELATED_FIELDS = ("locations", "themes", "target_groups")
SCALAR_FIELDS = tuple(name for name in SERVICE_FIELDS if name not in RELATED_FIELDS)
SCHEDULE_KEYS = ("weekday", "opens_at", "closes_at")
CLOSURE_KEYS = ("start_date", "end_date", "reason")


def _time(value: datetime.time) -> str:
    return value.strftime("%H:%M")


def _schedule_row(weekday: int, opens_at: datetime.time, closes_at: datetime.time):
    return {
        "weekday": weekday,
        "opens_at": _time(opens_at),
        "closes_at": _time(closes_at),
    }


def _closure_row(start: datetime.date, end: datetime.date, reason: str):
    return {
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "reason": reason,
    }


def _schedule_of(schedule: ServiceSchedule) -> dict:
    return _schedule_row(schedule.weekday, schedule.opens_at, schedule.closes_at)


def _closure_of(closure: ServiceClosure) -> dict:
    return _closure_row(closure.start_date, closure.end_date, closure.reason)


def _sorted_rows(rows: list[dict], keys: tuple[str, ...]) -> list[dict]:
    return sorted(rows, key=lambda row: tuple(row[key] for key in keys))


def offer_data(
    *, values: dict[str, Any], schedules: list[dict], closures: list[dict]
) -> OfferData:
    """The ``OfferData`` of typed values (see the module docstring): ``values``
    by field name (related objects as model instances), ``schedules`` and
    ``closures`` as rows of typed values (times, dates), as a valid partner
    form gives them."""
    data: OfferData = {name: values[name] for name in SCALAR_FIELDS}
    for name in RELATED_FIELDS:
        data[name] = sorted(obj.pk for obj in values[name])
    data["schedules"] = _sorted_rows(
        [
            _schedule_row(row["weekday"], row["opens_at"], row["closes_at"])
            for row in schedules
        ],
        SCHEDULE_KEYS,
    )
    data["closures"] = _sorted_rows(
        [
            _closure_row(row["start_date"], row["end_date"], row["reason"])
            for row in closures
        ],
        CLOSURE_KEYS,
    )
    return data


def offer_data_of(service: Service) -> OfferData:
    """The current ``OfferData`` of a saved offer, to compare a submission with."""
    data: OfferData = {name: getattr(service, name) for name in SCALAR_FIELDS}
    for name in RELATED_FIELDS:
        data[name] = sorted(getattr(service, name).values_list("pk", flat=True))
    data["schedules"] = _sorted_rows(
        [_schedule_of(s) for s in service.schedules.all()], SCHEDULE_KEYS
    )
    data["closures"] = _sorted_rows(
        [_closure_of(c) for c in service.closures.all()], CLOSURE_KEYS
    )
    return data


def _errors(error: ValidationError, prefix: str = "") -> list[str]:
    return [f"{prefix}{message}" for message in error.messages]


def _checked_rows(
    model: type, rows: list[dict], row_of, label: str
) -> tuple[list[dict], list[str]]:
    """``rows`` checked by ``model``'s own rules (``full_clean``), as
    normalised rows, and the Dutch messages of those that do not fit."""
    checked, messages = [], []
    for number, row in enumerate(rows, start=1):
        obj = model(**row)
        try:
            obj.full_clean(exclude=["service"], validate_unique=False)
        except ValidationError as error:
            messages += _errors(error, f"{label % {'number': number}}: ")
        else:
            checked.append(row_of(obj))
    return checked, messages


def offer_check(*, organization: Organization, data: OfferData) -> OfferData:
    """``data`` (the ``OfferData`` shape) checked by the offer's own rules and
    returned normalised: descriptions sanitised (links and lists only), values
    converted by the model's fields, ids and rows sorted.

    The rules are the models' (``full_clean`` of Service, ServiceSchedule and
    ServiceClosure: required fields, ages up to 120 and not crossed, a period
    that closes after it opens, a closure that ends on or after its start),
    the portal's phone rule, and these: locations are ``organization``'s own,
    themes and target groups exist. Raises ValidationError with the Dutch
    messages of everything that does not fit.
    """
    messages: list[str] = []
    values = {name: data.get(name) for name in SCALAR_FIELDS}
    for name in ("description", "how_to_join"):
        values[name] = sanitize_html(values[name] or "")
    try:
        values["phone"] = checked_phone(values["phone"] or "")
    except ValidationError as error:
        messages += _errors(error)
    offer = Service(organization=organization, **values)
    others = [f.name for f in Service._meta.fields if f.name not in SCALAR_FIELDS]
    try:
        offer.full_clean(exclude=others, validate_unique=False)
    except ValidationError as error:
        messages += _errors(error)
    checked: OfferData = {name: getattr(offer, name) for name in SCALAR_FIELDS}
    allowed = {
        "locations": organization.locations.all(),
        "themes": Theme.objects.all(),
        "target_groups": TargetGroup.objects.all(),
    }
    for name, queryset in allowed.items():
        try:
            ids = sorted({int(pk) for pk in data.get(name) or []})
        except (TypeError, ValueError):
            ids = [0]  # no object has it: the message below says so
        if queryset.filter(pk__in=ids).count() != len(ids):
            messages.append(
                _("Kies alleen locaties van uw eigen organisatie.")
                if name == "locations"
                else _("Deze keuze bestaat niet (meer). Kies uit de lijst.")
            )
        checked[name] = ids
    for name, model, label, row_of in (
        ("schedules", ServiceSchedule, ScheduleRows.row_label, _schedule_of),
        ("closures", ServiceClosure, ClosureRows.row_label, _closure_of),
    ):
        checked[name], errors = _checked_rows(
            model, data.get(name) or [], row_of, label
        )
        messages += errors
    if messages:
        raise ValidationError(messages)
    checked["schedules"] = _sorted_rows(checked["schedules"], SCHEDULE_KEYS)
    checked["closures"] = _sorted_rows(checked["closures"], CLOSURE_KEYS)
    return checked


def service_unique_slug(*, name: str) -> str:
    """A slug for a new offer from ``name`` (``koffie-inloop``, ``-2`` when taken)."""
    return unique_slug(Service, name, fallback="aanbod")


def _sync_rows(
    *,
    service: Service,
    existing: list,
    model: type,
    rows: list[dict],
    row_of,
    user: AbstractBaseUser | None,
    reason: str,
) -> None:
    """Make ``service``'s rows of ``model`` equal ``rows``: rows that stay are
    left alone (no history), others are deleted or created with history."""
    remaining = list(rows)
    for obj in existing:
        row = row_of(obj)
        if row in remaining:
            remaining.remove(row)
            continue
        obj._history_user = user
        obj._change_reason = reason
        obj.delete()
    for row in remaining:
        obj = model(service=service, **row)
        obj.full_clean()
        obj._history_user = user
        obj._change_reason = reason
        obj.save()


def _offer_apply(
    *,
    organization: Organization,
    service: Service | None,
    data: OfferData,
    user: AbstractBaseUser | None,
    reason: str,
) -> Service:
    """Save validated ``data`` on ``service`` (or a new offer of ``organization``).

    One history version of the offer holds its fields and related objects;
    each added or removed period and closure gets its own history row.
    """
    current = offer_data_of(service) if service is not None else None
    changed = current is None or any(
        current[name] != data[name] for name in SERVICE_FIELDS
    )
    if service is None:
        service = Service(
            organization=organization, slug=service_unique_slug(name=data["name"])
        )
    if changed:
        for name in SCALAR_FIELDS:
            setattr(service, name, data[name])
        service.full_clean()
        service._history_user = user
        service._change_reason = reason
        is_new = service.pk is None
        # Related objects are set before the version is recorded, so that one
        # version holds them (simple-history adds one per m2m change otherwise).
        service.skip_history_when_saving = True
        if is_new:
            service.save()
        for name in RELATED_FIELDS:
            getattr(service, name).set(data[name])
        del service.skip_history_when_saving
        # One history row with the related fields set, even when only those
        # changed (the model's own fields may all be unchanged).
        service.save(history_when_unchanged=True)
        if is_new:
            service.history.filter(history_type="~").update(history_type="+")
    _sync_rows(
        service=service,
        existing=list(service.schedules.all()),
        model=ServiceSchedule,
        rows=data["schedules"],
        row_of=_schedule_of,
        user=user,
        reason=reason,
    )
    _sync_rows(
        service=service,
        existing=list(service.closures.all()),
        model=ServiceClosure,
        rows=data["closures"],
        row_of=_closure_of,
        user=user,
        reason=reason,
    )
    return service


@transaction.atomic
def service_submit(
    *,
    organization: Organization,
    user: AbstractBaseUser,
    service: Service | None = None,
    data: OfferData,
) -> PendingChange | None:
    """A partner's edit of ``service`` of ``organization``, or a new offer
    (``service`` None), with ``data`` in the ``OfferData`` shape.

    ``data`` is checked by ``offer_check``; descriptions are sanitised (links
    and lists only). When the organisation's changes need
    approval a PendingChange is stored and returned (for a new offer nothing
    is created until a coordinator approves); otherwise the offer is saved at
    once with history naming ``user`` ("gewijzigd door partner") and None is
    returned. Nothing changed: nothing is stored, None. Raises ValueError
    when ``service`` belongs to another organisation, ValidationError (Dutch
    messages) when the data do not fit.
    """
    if service is not None:
        service = Service.objects.select_for_update().get(pk=service.pk)
        if service.organization_id != organization.pk:
            raise ValueError("The offer belongs to another organisation.")
    data = offer_check(organization=organization, data=data)
    if service is not None and offer_data_of(service) == data:
        return None
    if needs_approval(organization):
        return PendingChange.objects.create(
            organization=organization,
            target=ChangeTarget.SERVICE,
            service=service,
            data=data,
            submitted_by=user,
        )
    _offer_apply(
        organization=organization,
        service=service,
        data=data,
        user=user,
        reason=_("gewijzigd door partner"),
    )
    return None


def service_apply_pending(
    *, change: PendingChange, reviewer: AbstractBaseUser
) -> Service:
    """Approve an offer's pending change: check ``change.data`` again
    (``offer_check``) and save or create the offer, with history naming the
    partner who proposed it. A new offer is linked to ``change.service``.
    Raises ValidationError (nothing saved) when the data no longer fit."""
    service = None
    if change.service_id:
        service = Service.objects.select_for_update().get(
            pk=change.service_id, organization_id=change.organization_id
        )
    data = offer_check(organization=change.organization, data=change.data)
    saved = _offer_apply(
        organization=change.organization,
        service=service,
        data=data,
        user=change.submitted_by,
        reason=approved_reason(reviewer),
    )
    change.service = saved
    return saved
