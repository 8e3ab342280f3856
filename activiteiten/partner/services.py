"""Partners' activities: entered in the partner area, live or for approval.

Design: with the organisation's approval setting on, nothing of a partner's
activity is public before a coordinator approves. A new activity exists only
as a ``PendingChange`` (target ACTIVITY, no ``activity``) holding the form's
values; an edit of a published activity, or a sign-up for a campaign, is a
``PendingChange`` on that activity while the public version stays as it was.
Featuring an offer in a campaign waits the same way (``data`` then holds
``feature_service`` and ``campaign``). The partner form validates what is
typed; ``activity_check`` holds the activity's rules as a service sees them,
applied on submission and again on approval; saving is as the admin does:
dates expanded, iCalendar SEQUENCE raised. Without the setting everything goes live
at once.

Cancelling (one date, or the whole activity) always goes live at once, also
with approval: a visitor should never come for nothing.
"""

import datetime
from typing import Any, NamedTuple

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from activiteiten.models import Activity, Campaign
from activiteiten.services import (
    activity_save,
    service_feature_in_campaign,
)
from lansingerland.sanitizing import sanitize_html
from lansingerland.slugs import unique_slug
from partners.constants import ChangeStatus, ChangeTarget
from partners.models import PendingChange
from partners.services.approval import approved_reason, needs_approval
from sociale_kaart.models import Organization, Service

from .forms import ACTIVITY_FIELDS, activity_form_data, open_campaigns
from .rules import WEEKLY, recurrence_for, repeat_errors
from .selectors import co_organizer_choices, location_choices

FEATURE_KEY = "feature_service"


ActivityData = dict[str, Any]


def _field_label(name: str) -> str:
    try:
        return str(Activity._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return ""


def _messages(errors: dict[str, list[str]]) -> list[str]:
    """ "<veld>: <melding>" for a field's error, the message alone otherwise."""
    return [
        f"{_field_label(name)}: {message}" if _field_label(name) else str(message)
        for name, messages in errors.items()
        for message in messages
    ]


def _ids(values: Any) -> list[int]:
    try:
        return sorted({int(pk) for pk in values or []})
    except (TypeError, ValueError):
        return [0]  # no object has it: the check says so


class CheckedActivity(NamedTuple):
    """What ``activity_check`` accepts: the activity with the values set (not
    saved), all its organisers, and the campaigns it keeps."""

    activity: Activity
    organizers: list[Organization]
    campaigns: list[Campaign]


def activity_check(
    *,
    organization: Organization,
    member: AbstractBaseUser,
    activity: Activity | None,
    data: ActivityData,
    today: datetime.date | None = None,
) -> CheckedActivity:
    """``data`` (the partner form's values as ``PartnerActivityForm.to_json``
    gives them: ids, ISO dates and times) checked by the activity's rules and
    set on ``activity`` (or a new Activity; nothing is saved).

    The rules: the model's own (``full_clean``, ``validate_campaigns``), the
    recurrence choice (``rules.repeat_errors``), and what ``member`` may
    choose (``selectors``): a location of ``organization``, co-organisers the
    member edits, campaigns not ended on ``today`` (local date, default
    today). The description is sanitised. Raises ValidationError with Dutch
    messages ("<veld>: <melding>") when something does not fit.
    """
    today = today or timezone.localdate()
    instance = activity or Activity()
    errors: dict[str, list[str]] = {}
    for name in ACTIVITY_FIELDS:
        if name == "location":
            instance.location_id = data.get("location")
        else:
            setattr(instance, name, data.get(name))
    instance.description = sanitize_html(instance.description or "")
    others = [
        f.name
        for f in Activity._meta.fields
        if f.name not in (*ACTIVITY_FIELDS, "recurrence")
    ]
    try:
        instance.clean_fields(exclude=others)
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(_messages(errors))
    until = data.get("repeat_until")
    until = datetime.date.fromisoformat(until) if until else None
    choice = {"repeat": data.get("repeat"), "start_date": instance.start_date}
    errors.update(
        (name, [message])
        for name, message in repeat_errors(
            **choice, until=until, is_new=not instance.pk, today=today
        ).items()
    )
    instance.recurrence = recurrence_for(
        **choice, until=until, current=instance.recurrence
    )
    locations = location_choices(organization=organization, activity=activity)
    if instance.location_id and not locations.filter(pk=instance.location_id):
        errors["location"] = [_("Kies een locatie van uw organisatie.")]
    co_ids = _ids(data.get("co_organizers"))
    co_organizers = list(
        co_organizer_choices(
            organization=organization, member=member, activity=activity
        ).filter(pk__in=co_ids)
    )
    if len(co_organizers) != len(co_ids):
        errors["co_organizers"] = [_("Kies alleen organisaties waarvoor u werkt.")]
    campaign_ids = _ids(data.get("campaigns"))
    chosen = list(open_campaigns(today).filter(pk__in=campaign_ids))
    if len(chosen) != len(campaign_ids):
        errors["campaigns"] = [_("Kies een campagne die nog niet voorbij is.")]
    # Fields are converted above; now the model's clean() and constraints.
    for check in (
        instance.clean,
        lambda: instance.validate_constraints(exclude=set(others)),
        lambda: instance.validate_campaigns(chosen),
    ):
        try:
            check()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                errors.setdefault(name, []).extend(messages)
    if errors:
        raise ValidationError(_messages(errors))
    ended = (
        [c for c in instance.campaigns.all() if c.end_date < today]
        if instance.pk
        else []
    )
    return CheckedActivity(
        activity=instance,
        organizers=[organization, *co_organizers],
        campaigns=[*chosen, *ended],
    )


def _save_checked(
    checked: CheckedActivity, *, user: AbstractBaseUser | None, reason: str
) -> Activity:
    activity = checked.activity
    if not activity.pk:
        activity.slug = unique_slug(Activity, activity.title, fallback="activiteit")
    return activity_save(
        activity=activity,
        organizations=checked.organizers,
        campaigns=checked.campaigns,
        user=user,
        reason=reason,
    )


class ActivitySubmission(NamedTuple):
    """What ``activity_submit`` did: saved live (``activity``), held for
    approval (``change``), or nothing at all (``changed`` False)."""

    activity: Activity | None
    change: PendingChange | None
    changed: bool = True


def _same(before: Any, after: Any) -> bool:
    if isinstance(before, list) and isinstance(after, list):
        return sorted(before) == sorted(after)
    return before == after


def activity_changes_nothing(
    *,
    activity: Activity | None,
    organization: Organization,
    data: ActivityData,
    today: datetime.date | None = None,
) -> bool:
    """True when ``data`` of an existing activity holds exactly what the
    activity has now (as ``activity_form_data`` reads it from the database;
    campaigns and co-organisers in any order, "tot en met" only counted for
    "elke week")."""
    if activity is None or not activity.pk:
        return False
    stored = Activity.objects.prefetch_related("campaigns", "organizations").get(
        pk=activity.pk
    )
    before = activity_form_data(stored, organization=organization, today=today)
    after = dict(data)
    if after.get("repeat") != WEEKLY:
        after["repeat_until"] = before["repeat_until"]
    return all(_same(before.get(name), value) for name, value in after.items())


@transaction.atomic
def activity_submit(
    *,
    organization: Organization,
    user: AbstractBaseUser,
    activity: Activity | None,
    data: ActivityData,
    today: datetime.date | None = None,
) -> ActivitySubmission:
    """Save a partner's activity (new with ``activity`` None, or an edit) or
    hold it for approval. ``data`` is the ``activity_check`` shape.

    ``organization`` is the member's organisation (looked up through
    ``organizations_for_member``); an edited ``activity`` must be one it
    organises. Values that change nothing store nothing (no PendingChange, no
    history row, same SEQUENCE): ``changed`` is False. The values are checked
    (``activity_check``). With the organisation's approval setting they are
    stored as a PendingChange in ``change`` (for an edit the public activity
    stays as it was); otherwise the activity is saved with its dates and
    returned in ``activity``. Raises ValueError for another organisation's
    activity, ValidationError (nothing saved) when a rule fails.
    """
    if activity is not None:
        activity = Activity.objects.select_for_update().get(pk=activity.pk)
        if not activity.organizations.filter(pk=organization.pk).exists():
            raise ValueError("The activity belongs to another organisation.")
    if activity_changes_nothing(
        activity=activity, organization=organization, data=data, today=today
    ):
        return ActivitySubmission(activity=activity, change=None, changed=False)
    checked = activity_check(
        organization=organization,
        member=user,
        activity=activity,
        data=data,
        today=today,
    )
    if needs_approval(organization):
        change = PendingChange.objects.create(
            organization=organization,
            target=ChangeTarget.ACTIVITY,
            activity=activity,
            data={**data, "description": checked.activity.description},
            submitted_by=user,
        )
        return ActivitySubmission(activity=None, change=change)
    saved = _save_checked(checked, user=user, reason=_("gewijzigd door partner"))
    return ActivitySubmission(activity=saved, change=None)


@transaction.atomic
def service_submit_feature(
    *,
    service: Service,
    campaign: Campaign,
    user: AbstractBaseUser,
) -> tuple[list[Activity], PendingChange | None]:
    """A partner puts their regular offer into a campaign's programme.

    Checks first that it can be done (``service_feature_in_campaign`` inside a
    rolled-back savepoint), so a one-off offer or an ended campaign gives its
    Dutch ValidationError at once. With approval the request waits as a
    PendingChange (``data``: ``feature_service``, ``campaign``) and
    ``([], change)`` is returned; otherwise the activities are made and
    ``(activities, None)`` returned.
    """
    organization = service.organization
    if needs_approval(organization):
        sid = transaction.savepoint()
        try:
            service_feature_in_campaign(service=service, campaign=campaign, user=user)
        finally:
            transaction.savepoint_rollback(sid)
        change = PendingChange.objects.create(
            organization=organization,
            target=ChangeTarget.ACTIVITY,
            data={FEATURE_KEY: service.pk, "campaign": campaign.pk},
            submitted_by=user,
        )
        return [], change
    return service_feature_in_campaign(
        service=service, campaign=campaign, user=user
    ), None


def pending_activities(organization: Organization) -> list[PendingChange]:
    """Open pending changes of ``organization``'s activities (new ones included)."""
    return list(
        PendingChange.objects.filter(
            organization=organization,
            target=ChangeTarget.ACTIVITY,
            status=ChangeStatus.PENDING,
        )
        .select_related("activity")
        .order_by("submitted_at")
    )


def activity_apply_pending(
    *, change: PendingChange, reviewer: AbstractBaseUser
) -> Activity:
    """Approve a partner's activity: check ``change.data`` again
    (``activity_check``, as the member who sent it, today's open campaigns)
    and save it as the admin does, or feature the offer in the campaign. Sets
    ``change.activity`` for a new activity. Raises ValidationError (nothing
    saved) when the values no longer fit."""
    data: dict[str, Any] = change.data
    if FEATURE_KEY in data:
        service = Service.objects.filter(
            pk=data[FEATURE_KEY], organization=change.organization
        ).first()
        campaign = Campaign.objects.filter(pk=data.get("campaign")).first()
        if service is None or campaign is None:
            raise ValidationError(_("Het aanbod of de campagne bestaat niet meer."))
        activities = service_feature_in_campaign(
            service=service, campaign=campaign, user=change.submitted_by
        )
        change.activity = activities[0]
        return activities[0]
    activity = (
        Activity.objects.select_for_update().get(pk=change.activity_id)
        if change.activity_id
        else None
    )
    checked = activity_check(
        organization=change.organization,
        member=change.submitted_by or AnonymousUser(),
        activity=activity,
        data=data,
    )
    activity = _save_checked(
        checked, user=change.submitted_by, reason=approved_reason(reviewer)
    )
    change.activity = activity
    return activity
