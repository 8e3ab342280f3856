"""Writes: loading campaigns, expanding activities into dates, cancelling dates."""

import dataclasses
import datetime
import json
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from lansingerland.loading import LoadResult

from .constants import CampaignKind
from .models import Activity, ActivityException, Campaign, Occurrence
from .recurrence import to_aware

WEEKS_PATH = Path(__file__).resolve().parent / "data" / "week-tegen-eenzaamheid.json"

# Since 2023 the week runs from the last Thursday of September for seven days.
_WEEK_LENGTH = datetime.timedelta(days=6)


@transaction.atomic
def campaigns_load_week_against_loneliness(*, path: Path = WEEKS_PATH) -> LoadResult:
    """Create a campaign for each known Week tegen Eenzaamheid not yet there.

    ``path`` is the project's copy of the national dates (JSON: ``weeks`` with
    year, start, end (ISO dates or null), approximate). A year whose campaign
    exists is left exactly as a coordinator last saved it. A missing end date is
    derived as start + 6 days and the campaign stays marked approximate.

    Raises OSError when the file can't be read, ValueError when it is malformed.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    created = unchanged = 0
    existing = set(
        Campaign.objects.exclude(source_key="").values_list("source_key", flat=True)
    )
    for week in data["weeks"]:
        key = f"week-tegen-eenzaamheid-{week['year']}"
        if key in existing:
            unchanged += 1
            continue
        start = datetime.date.fromisoformat(week["start"])
        end = (
            datetime.date.fromisoformat(week["end"])
            if week.get("end")
            else start + _WEEK_LENGTH
        )
        campaign = Campaign(
            kind=CampaignKind.WEEK_AGAINST_LONELINESS,
            year=week["year"],
            title=_("Week tegen Eenzaamheid %(year)s") % {"year": week["year"]},
            slug=key,
            start_date=start,
            end_date=end,
            dates_are_approximate=bool(week.get("approximate")) or not week.get("end"),
            intro=_(
                "In de landelijke Week tegen Eenzaamheid (thema: Kom erbij) "
                "organiseren de partners van Samen aan zet activiteiten waar "
                "iedereen welkom is."
            ),
            source_key=key,
        )
        campaign.full_clean()
        campaign.save()
        created += 1
    return LoadResult(created=created, unchanged=unchanged)


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
    """Cancel one date of an activity: it leaves the programme and the feeds (EXDATE).

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
