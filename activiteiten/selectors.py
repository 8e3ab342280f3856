"""Reads for the campaign pages, the home page, the print and the feeds.

Dates are local calendar dates (Europe/Amsterdam). Every function returns a
queryset with what its page needs already joined or prefetched, so a page runs
a constant number of queries whatever the amount of data.
"""

import datetime

from django.db.models import Count, Max, Prefetch, Q, QuerySet

from sociale_kaart.models import Organization

from .models import Activity, Campaign, Occurrence
from .recurrence import to_aware


def _occurrence_base(*, with_cancelled: bool = False) -> QuerySet[Occurrence]:
    occurrences = Occurrence.objects.all()
    if not with_cancelled:
        occurrences = occurrences.visible()
    return (
        occurrences.select_related("activity", "activity__location")
        .prefetch_related(
            Prefetch(
                "activity__organizations",
                queryset=Organization.objects.only("pk", "name", "slug"),
            )
        )
        .order_by("start", "activity__title")
    )


def campaign_occurrences(*, campaign: Campaign) -> QuerySet[Occurrence]:
    """Dates of the campaign's activities, single dates cancelled on their own
    included (``is_cancelled``): the programme says they do not go ahead."""
    return _occurrence_base(with_cancelled=True).filter(activity__campaigns=campaign)


def occurrences_between(
    *, first: datetime.date, last: datetime.date
) -> QuerySet[Occurrence]:
    """Dates of all activities that start on a local day in ``first``..``last``."""
    return _occurrence_base().filter(date__gte=first, date__lte=last)


def feed_occurrences() -> QuerySet[Occurrence]:
    """Every date, cancelled ones included (feeds publish them as cancelled),
    with activity, location and organisers loaded, by start."""
    return (
        Occurrence.objects.select_related("activity", "activity__location")
        .prefetch_related(
            Prefetch(
                "activity__organizations",
                queryset=Organization.objects.only("pk", "name", "slug"),
            )
        )
        .order_by("start", "activity_id")
    )


def campaign_feed_occurrences(*, campaign: Campaign) -> QuerySet[Occurrence]:
    """The campaign's dates: its activities' dates on its own days (local),
    the same window its programme page shows, cancelled dates included."""
    return feed_occurrences().filter(
        activity__campaigns=campaign,
        date__gte=campaign.start_date,
        date__lte=campaign.end_date,
    )


def activities_last_change() -> datetime.datetime | None:
    """When any activity last changed or was deleted (aware, UTC), or None."""
    changed = Activity.objects.aggregate(last=Max("updated_at"))["last"]
    history = Activity.history.aggregate(last=Max("history_date"))["last"]
    return max((m for m in (changed, history) if m), default=None)


def campaigns_with_numbers(queryset: QuerySet[Campaign]) -> QuerySet[Campaign]:
    """``queryset`` annotated with ``activity_count``, ``organization_count`` and
    ``kern_count`` (distinct kernen of the activities)."""
    return queryset.annotate(
        activity_count=Count("activities", distinct=True),
        organization_count=Count("activities__organizations", distinct=True),
        kern_count=Count(
            "activities__kern", distinct=True, filter=~Q(activities__kern="")
        ),
    )


def campaign_days(*, campaign: Campaign) -> list[datetime.date]:
    """Local days with a date of the campaign (cancelled ones too), in order."""
    return list(
        Occurrence.objects.filter(activity__campaigns=campaign)
        .values_list("date", flat=True)
        .distinct()
        .order_by("date")
    )


def activity_planned_dates(
    *, activity: Activity, today: datetime.date, limit: int = 12
) -> list[Occurrence]:
    """The next ``limit`` dates of an activity that may not be saved yet, computed
    from its rule (unsaved ``Occurrence`` objects, local time Europe/Amsterdam),
    for the partner's preview of the public page. ``today`` is a local date."""
    horizon = max(today, activity.start_date) + datetime.timedelta(days=400)
    duration = activity.duration
    dates = []
    for local in activity.local_starts(horizon):
        if local.date() < today:
            continue
        dates.append(
            Occurrence(
                start=to_aware(local),
                end=to_aware(local + duration),
                date=local.date(),
            )
        )
        if len(dates) >= limit:
            break
    return dates
