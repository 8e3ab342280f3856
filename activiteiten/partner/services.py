"""Partners' activities: entered in the partner area, live or for approval.

Design: with the organisation's approval setting on, nothing of a partner's
activity is public before a coordinator approves. A new activity exists only
as a ``PendingChange`` (target ACTIVITY, no ``activity``) holding the form's
values; an edit of a published activity, or a sign-up for a campaign, is a
``PendingChange`` on that activity while the public version stays as it was.
Featuring an offer in a campaign waits the same way (``data`` then holds
``feature_service`` and ``campaign``). Approval re-validates the values with
the same form (``PartnerActivityForm``) and saves as the admin does: dates
expanded, iCalendar SEQUENCE raised. Without the setting everything goes live
at once.

Cancelling (one date, or the whole activity) always goes live at once, also
with approval: a visitor should never come for nothing.
"""

from typing import Any, NamedTuple

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from activiteiten.constants import ActivityStatus
from activiteiten.models import Activity, Campaign, Occurrence
from activiteiten.services import (
    activity_bump_sequence,
    activity_cancel,
    activity_save,
    occurrence_cancel,
    occurrence_restore,
    service_feature_in_campaign,
)
from lansingerland.slugs import unique_slug
from partners.constants import ChangeStatus, ChangeTarget
from partners.models import PendingChange
from partners.services.approval import approved_reason, needs_approval
from sociale_kaart.models import Organization, Service

from .forms import WEEKLY, PartnerActivityForm, activity_form_data

FEATURE_KEY = "feature_service"


def _save_from_form(
    form: PartnerActivityForm, *, user: AbstractBaseUser | None, reason: str
) -> Activity:
    activity = form.instance
    if not activity.pk:
        activity.slug = unique_slug(Activity, activity.title, fallback="activiteit")
    return activity_save(
        activity=activity,
        organizations=form.organizers(),
        campaigns=form.campaigns_to_keep(),
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


def activity_form_changes_nothing(form: PartnerActivityForm) -> bool:
    """True when the valid form of an existing activity holds exactly what the
    activity has now (as ``activity_form_data`` reads it from the database;
    campaigns and co-organisers in any order, "tot en met" only counted for
    "elke week")."""
    if not form.instance.pk:
        return False
    stored = Activity.objects.prefetch_related("campaigns", "organizations").get(
        pk=form.instance.pk
    )
    before = activity_form_data(
        stored, organization=form.organization, today=form.today
    )
    after = form.to_json()
    if after.get("repeat") != WEEKLY:
        after["repeat_until"] = before["repeat_until"]
    return all(_same(before.get(name), value) for name, value in after.items())


@transaction.atomic
def activity_submit(
    *,
    form: PartnerActivityForm,
    user: AbstractBaseUser,
) -> ActivitySubmission:
    """Save a partner's valid activity form (new or edit) or hold it for approval.

    ``form.organization`` is the member's organisation the form was built for
    (looked up through ``organizations_for_member``). A form that changes
    nothing stores nothing (no PendingChange, no history row, same SEQUENCE):
    ``changed`` is False. With the organisation's approval setting the values
    are stored as a PendingChange in ``change`` (for an edit the public
    activity stays as it was); otherwise the activity is saved with its dates
    and returned in ``activity``. Raises ValidationError (nothing saved) when
    a model rule fails.
    """
    organization = form.organization
    instance = form.instance if form.instance.pk else None
    if activity_form_changes_nothing(form):
        return ActivitySubmission(activity=instance, change=None, changed=False)
    if needs_approval(organization):
        change = PendingChange.objects.create(
            organization=organization,
            target=ChangeTarget.ACTIVITY,
            activity=instance,
            data=form.to_json(),
            submitted_by=user,
        )
        return ActivitySubmission(activity=None, change=change)
    activity = _save_from_form(form, user=user, reason=_("gewijzigd door partner"))
    return ActivitySubmission(activity=activity, change=None)


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


@transaction.atomic
def activity_partner_cancel_date(
    *, activity: Activity, occurrence: Occurrence, reason: str = ""
) -> Occurrence:
    """Cancel one date of the partner's activity (live at once, see above).

    Raises ValueError when ``occurrence`` is not a date of ``activity``.
    """
    if occurrence.activity_id != activity.pk:
        raise ValueError("The date belongs to another activity.")
    return occurrence_cancel(occurrence=occurrence, reason=reason)


def activity_partner_cancel(*, activity: Activity, note: str = "") -> Activity:
    """Cancel the whole activity (live at once): "gaat niet door" with ``note``."""
    return activity_cancel(activity=activity, note=note)


@transaction.atomic
def activity_partner_restore_date(
    *, activity: Activity, occurrence: Occurrence
) -> Occurrence:
    """Undo ``activity_partner_cancel_date``: the date goes ahead again (live at
    once; the feeds say CONFIRMED with a new SEQUENCE). Safe to repeat.

    Raises ValueError when ``occurrence`` is not a date of ``activity``.
    """
    if occurrence.activity_id != activity.pk:
        raise ValueError("The date belongs to another activity.")
    if not occurrence.is_cancelled:
        return occurrence
    return occurrence_restore(occurrence=occurrence)


@transaction.atomic
def activity_partner_restore(*, activity: Activity) -> Activity:
    """Undo ``activity_partner_cancel``: the activity goes ahead as announced
    (live at once), its cancellation note is dropped and the feeds say
    CONFIRMED again with a new SEQUENCE. Dates cancelled one by one stay
    cancelled. Safe to repeat."""
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    if activity.status != ActivityStatus.CANCELLED:
        return activity
    activity.status = ActivityStatus.SCHEDULED
    activity.status_note = ""
    activity.full_clean()
    activity.save(update_fields=["status", "status_note", "updated_at"])
    activity_bump_sequence(activity_id=activity.pk)
    return activity


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
    """Approve a partner's activity: re-validate ``change.data`` with the partner
    form (as the member who sent it, today's open campaigns) and save it as
    the admin does, or feature the offer in the campaign. Sets
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
    instance = (
        Activity.objects.select_for_update().get(pk=change.activity_id)
        if change.activity_id
        else Activity()
    )
    form = PartnerActivityForm(
        data=data,
        instance=instance,
        organization=change.organization,
        member=change.submitted_by or AnonymousUser(),
    )
    if not form.is_valid():
        raise ValidationError(
            [
                f"{form.fields[name].label if name in form.fields else ''}: {error}"
                if name != "__all__"
                else error
                for name, errors in form.errors.items()
                for error in errors
            ]
        )
    activity = _save_from_form(
        form, user=change.submitted_by, reason=approved_reason(reviewer)
    )
    change.activity = activity
    return activity
