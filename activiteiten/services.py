"""Writes: expanding activities into dates, cancelling dates, featuring offers.

The yearly campaigns are made in ``yearly_campaigns``."""

import dataclasses
import datetime
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from sociale_kaart.models import Organization, Service

from .constants import ActivityStatus
from .models import Activity, ActivityException, Campaign, Occurrence
from .recurrence import to_aware

# --- Activities and their dates ------------------------------------------------

DEFAULT_HORIZON_DAYS = 400


@dataclasses.dataclass(frozen=True)
class ExpandResult:
    """What one expansion changed: numbers of occurrence rows."""

    created: int = 0
    updated: int = 0
    deleted: int = 0

    def __add__(self, other: "ExpandResult") -> "ExpandResult":
        return ExpandResult(
            created=self.created + other.created,
            updated=self.updated + other.updated,
            deleted=self.deleted + other.deleted,
        )


def occurrence_horizon(*, today: datetime.date | None = None) -> datetime.date:
    """Last local date (Europe/Amsterdam) up to which series are stored.

    ``ACTIVITEITEN_HORIZON_DAYS`` (setting, default 400) days after today.
    """
    today = today or timezone.localdate()
    days = getattr(settings, "ACTIVITEITEN_HORIZON_DAYS", DEFAULT_HORIZON_DAYS)
    return today + datetime.timedelta(days=days)


@transaction.atomic
def activity_expand_occurrences(
    *, activity: Activity, until: datetime.date | None = None
) -> ExpandResult:
    """Bring the stored ``Occurrence`` rows of ``activity`` in line with its rule.

    Starts are computed on local wall-clock time from the first date up to
    ``until`` (default: ``occurrence_horizon()``), then made aware in
    Europe/Amsterdam, so 10:00 stays 10:00 across summer time. Rows for starts
    that no longer follow from the rule are deleted; dates in
    ``activity.exceptions`` are kept as cancelled rows. Safe to repeat.
    """
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    until = until or occurrence_horizon()
    cancelled = set(activity.exceptions.values_list("date", flat=True))
    duration = activity.duration
    wanted = {}
    for local in activity.local_starts(until):
        start = to_aware(local)
        wanted[start] = Occurrence(
            activity=activity,
            start=start,
            end=to_aware(local + duration),
            date=local.date(),
            is_cancelled=local.date() in cancelled,
        )
    existing = {occ.start: occ for occ in activity.occurrences.all()}
    stale = [occ.pk for start, occ in existing.items() if start not in wanted]
    deleted = Occurrence.objects.filter(pk__in=stale).delete()[0] if stale else 0
    to_create, to_update = [], []
    for start, new in wanted.items():
        old = existing.get(start)
        if old is None:
            to_create.append(new)
        elif (old.end, old.date, old.is_cancelled) != (
            new.end,
            new.date,
            new.is_cancelled,
        ):
            old.end, old.date, old.is_cancelled = new.end, new.date, new.is_cancelled
            to_update.append(old)
    Occurrence.objects.bulk_create(to_create)
    Occurrence.objects.bulk_update(to_update, ["end", "date", "is_cancelled"])
    return ExpandResult(created=len(to_create), updated=len(to_update), deleted=deleted)


def activities_expand_occurrences(
    *, until: datetime.date | None = None
) -> ExpandResult:
    """Expand every activity up to ``until`` (default: the rolling horizon).

    Meant for a daily cron run (``manage.py activiteiten_expand_occurrences``).
    """
    total = ExpandResult()
    for activity in Activity.objects.order_by("pk"):
        total += activity_expand_occurrences(activity=activity, until=until)
    return total


def activity_bump_sequence(*, activity_id: int) -> None:
    """Raise the activity's iCalendar SEQUENCE by one (after any change)."""
    Activity.objects.filter(pk=activity_id).update(
        sequence=F("sequence") + 1, updated_at=timezone.now()
    )


@transaction.atomic
def occurrence_cancel(*, occurrence: Occurrence, reason: str = "") -> Occurrence:
    """Cancel one date of an activity: it leaves the programme and the feeds mark
    it ``STATUS:CANCELLED``.

    Records an ``ActivityException`` for the occurrence's local date so the
    cancellation survives re-expansion. Safe to repeat.
    """
    occurrence = Occurrence.objects.select_for_update().get(pk=occurrence.pk)
    exception, created = ActivityException.objects.get_or_create(
        activity_id=occurrence.activity_id,
        date=occurrence.date,
        defaults={"reason": reason},
    )
    if not created and reason and exception.reason != reason:
        exception.reason = reason
        exception.full_clean()
        exception.save(update_fields=["reason"])
    occurrence.is_cancelled = True
    occurrence.save(update_fields=["is_cancelled"])
    activity_bump_sequence(activity_id=occurrence.activity_id)
    return occurrence


@transaction.atomic
def occurrence_restore(*, occurrence: Occurrence) -> Occurrence:
    """Undo ``occurrence_cancel``: the date is back in the programme and feeds."""
    occurrence = Occurrence.objects.select_for_update().get(pk=occurrence.pk)
    ActivityException.objects.filter(
        activity_id=occurrence.activity_id, date=occurrence.date
    ).delete()
    occurrence.is_cancelled = False
    occurrence.save(update_fields=["is_cancelled"])
    activity_bump_sequence(activity_id=occurrence.activity_id)
    return occurrence


@transaction.atomic
def activity_save(
    *,
    activity: Activity,
    organizations: Iterable[Organization],
    campaigns: Iterable[Campaign] | None = None,
    user: AbstractBaseUser | None = None,
    reason: str = "",
) -> Activity:
    """Validate and save ``activity`` with its organisers and campaigns, as the
    admin does: a changed activity gets a new iCalendar SEQUENCE, and the
    stored dates follow the (new) rule at once.

    ``campaigns`` None leaves the campaigns as they are; a campaign that is
    added, or has not ended, needs a date of the activity
    (``Activity.validate_campaigns``); an ended one it already had is kept.
    The history row names ``user`` (default: the request's user) and
    ``reason``. Raises ValidationError (nothing saved) when the activity
    breaks a model rule.
    """
    is_new = activity.pk is None
    activity.full_clean()
    if campaigns is not None:
        campaigns = list(campaigns)
        had = set() if is_new else set(activity.campaigns.values_list("pk", flat=True))
        today = timezone.localdate()
        activity.validate_campaigns(
            [c for c in campaigns if c.pk not in had or c.end_date >= today]
        )
    if user is not None:
        activity._history_user = user
    if reason:
        activity._change_reason = reason
    activity.save()
    activity.organizations.set(organizations)
    if campaigns is not None:
        activity.campaigns.set(campaigns)
    if not is_new:
        activity_bump_sequence(activity_id=activity.pk)
    activity_expand_occurrences(activity=activity)
    return activity


@transaction.atomic
def activity_cancel(*, activity: Activity, note: str = "") -> Activity:
    """Cancel the whole activity: it stays visible as "gaat niet door" and the
    feeds carry STATUS:CANCELLED (with a new SEQUENCE) so calendars drop it."""
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    activity.status = ActivityStatus.CANCELLED
    if note:
        activity.status_note = note
    activity.full_clean()
    activity.save(update_fields=["status", "status_note", "updated_at"])
    activity_bump_sequence(activity_id=activity.pk)
    return activity


# --- Regular offers of the sociale kaart in a campaign ----------------------------

_BYDAY = {1: "MO", 2: "TU", 3: "WE", 4: "TH", 5: "FR", 6: "SA", 7: "SU"}


def weekly_rule(*, weekday: int, until: datetime.date) -> str:
    """RRULE for "every <weekday> up to and including ``until``" (ISO weekday,
    Monday = 1; ``until`` a local date)."""
    return f"FREQ=WEEKLY;BYDAY={_BYDAY[weekday]};UNTIL={until:%Y%m%d}"


def _first_weekday(start: datetime.date, weekday: int) -> datetime.date:
    return start + datetime.timedelta(days=(weekday - start.isoweekday()) % 7)


def _featured_slug(service: Service, campaign: Campaign, schedule) -> str:
    suffix = f"-{campaign.slug}-{_BYDAY[schedule.weekday].lower()}-"
    suffix += f"{schedule.opens_at:%H%M}"
    return slugify(service.slug[: 200 - len(suffix)] + suffix)[:200]


def service_can_be_featured(service: Service) -> bool:
    """True when ``service`` has weekly opening times (prefetched schedules)."""
    return bool(service.schedules.all())


@transaction.atomic
def service_feature_in_campaign(
    *,
    service: Service,
    campaign: Campaign,
    user: AbstractBaseUser | None = None,
    today: datetime.date | None = None,
) -> list[Activity]:
    """Put a regular offer of the sociale kaart into ``campaign``'s programme.

    One weekly activity per weekly period of the offer (``ServiceSchedule``):
    ``FREQ=WEEKLY;BYDAY=..;UNTIL=<campaign end>``, first date the first
    matching day in the campaign from ``today`` (local date, default today)
    on, local wall-clock times from the schedule (Europe/Amsterdam, so 10:00
    stays 10:00 across the change of summer time). Title, description,
    location (the offer's first location, else its organisation's first),
    organiser, free or cost come from the offer; the offer's closures in the
    campaign become cancelled dates (``ActivityException``). The activities
    are linked through ``Activity.service`` and their dates stored.

    Safe to repeat: each period has a fixed slug, so running again updates
    the same activities (a new SEQUENCE) and creates no duplicates; a period
    the offer no longer has is marked "gaat niet door". ``user`` is who asked
    (kept for the callers' messages and history; not stored here).

    Returns the activities, by weekday. Raises ValidationError with a Dutch
    message when the offer is not on the sociale kaart (stopped, or its
    organisation hidden), has no weekly times (a one-off offer) or no place,
    the campaign is over, or no period falls in the campaign (a period
    closed on all its days in the campaign does not count).
    """
    from sociale_kaart.models import Location

    today = today or timezone.localdate()
    if not Service.objects.published().filter(pk=service.pk).exists():
        raise ValidationError(
            _(
                "Dit aanbod staat niet op de sociale kaart. Zet het eerst weer op "
                "de kaart."
            ),
            code="not_published",
        )
    schedules = list(service.schedules.order_by("weekday", "opens_at"))
    if not schedules:
        raise ValidationError(
            _(
                "Dit aanbod heeft geen vaste dagen en tijden. Voer het als losse "
                "activiteit in."
            ),
            code="no_schedule",
        )
    first = max(campaign.start_date, today)
    if first > campaign.end_date:
        raise ValidationError(
            _("De campagne %(campaign)s is al voorbij.") % {"campaign": campaign.title},
            code="campaign_over",
        )
    location = (
        service.locations.order_by("pk").first()
        or Location.objects.filter(organization_id=service.organization_id)
        .order_by("pk")
        .first()
    )
    if location is None:
        raise ValidationError(
            _(
                "Dit aanbod heeft geen locatie. Voeg eerst een locatie toe aan het "
                "aanbod."
            ),
            code="no_location",
        )
    closures = list(
        service.closures.filter(start_date__lte=campaign.end_date, end_date__gte=first)
    )
    activities = []
    for schedule in schedules:
        start_date = _first_weekday(first, schedule.weekday)
        if start_date > campaign.end_date:
            continue
        slug = _featured_slug(service, campaign, schedule)
        activity = Activity.objects.filter(slug=slug).first() or Activity(slug=slug)
        if activity.pk and (
            activity.start_date.isoweekday() == schedule.weekday
            and campaign.start_date <= activity.start_date <= start_date
        ):
            # Keep the dates already in the programme when run again later.
            start_date = activity.start_date
        days = [
            start_date + datetime.timedelta(weeks=week)
            for week in range((campaign.end_date - start_date).days // 7 + 1)
        ]
        if all(
            any(c.start_date <= day <= c.end_date for c in closures) for day in days
        ):
            # Closed on every day of the campaign: no date to put in it.
            continue
        activity.title = service.name[:200]
        activity.description = service.description
        activity.service = service
        activity.location = location
        activity.address = ""
        # What the offer's partner typed about cost is shown as typed.
        activity.cost = service.cost_description.strip()[:200]
        activity.is_free = service.is_free and not activity.cost
        activity.status = ActivityStatus.SCHEDULED
        activity.start_date = start_date
        activity.start_time = schedule.opens_at
        activity.end_time = schedule.closes_at
        activity.recurrence = weekly_rule(
            weekday=schedule.weekday, until=campaign.end_date
        )
        campaigns = [*activity.campaigns.all(), campaign] if activity.pk else [campaign]
        activity = activity_save(
            activity=activity,
            organizations=[service.organization],
            campaigns=campaigns,
            user=user,
            reason=_("vast aanbod in campagne gezet"),
        )
        closed = {
            local.date()
            for local in activity.local_starts(campaign.end_date)
            for closure in closures
            if closure.start_date <= local.date() <= closure.end_date
        }
        for day in sorted(closed):
            reason = next(
                c.reason for c in closures if c.start_date <= day <= c.end_date
            )
            ActivityException.objects.get_or_create(
                activity=activity, date=day, defaults={"reason": reason}
            )
        if closed:
            activity_expand_occurrences(activity=activity)
        activities.append(activity)
    if not activities:
        raise ValidationError(
            _(
                "Geen van de vaste dagen van dit aanbod valt nog in de campagne "
                "%(campaign)s."
            )
            % {"campaign": campaign.title},
            code="no_dates",
        )
    kept = {activity.pk for activity in activities}
    for stale in Activity.objects.filter(service=service, campaigns=campaign).exclude(
        pk__in=kept
    ):
        if stale.status != ActivityStatus.CANCELLED:
            activity_cancel(activity=stale)
    return activities
