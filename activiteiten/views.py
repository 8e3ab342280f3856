"""Public pages of the campaigns and activities: programme, activity, print, feeds."""

import datetime
import json

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from lansingerland.constants import Kern
from lansingerland.page_cache import cached_page
from lansingerland.qrcodes import qr_code_svg
from sociale_kaart.models import Service
from sociale_kaart.structured_data import place_json_ld

from . import programme, selectors, weekly
from .constants import ActivityStatus
from .filters import MonthField, ProgrammeFilter, month_bounds
from .models import Activity, Campaign

UPCOMING_LIMIT = 12
#: What fits the "Deze week" poster on one A4 in large type; the rest is
#: counted on the poster and shown in full online and in the text version.
POSTER_DATES, POSTER_OFFERS = 5, 4


@require_safe
@cached_page
def campaign_list(request):
    """Campaigns split into current, upcoming and past (local date), with numbers.

    Past campaigns with activities keep their figures; those without any are
    named together on one line.
    """
    today = timezone.localdate()
    past = list(selectors.campaigns_with_numbers(Campaign.objects.past(today)))
    return render(
        request,
        "activiteiten/campaign_list.html",
        {
            "current": selectors.campaigns_with_numbers(
                Campaign.objects.current(today)
            ),
            "upcoming": Campaign.objects.upcoming(today),
            "past": [campaign for campaign in past if campaign.activity_count],
            "archive_empty": [c for c in past if not c.activity_count],
        },
    )


def _months(campaign: Campaign, days: list[datetime.date]) -> list[datetime.date]:
    """First days of the months of the campaign and of its activities' dates."""
    months = {day.replace(day=1) for day in days}
    month = campaign.start_date.replace(day=1)
    while month <= campaign.end_date:
        months.add(month)
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return sorted(months)


@require_safe
@cached_page
def campaign_detail(request, slug: str):
    """The programme: dates of the campaign's activities by day, with filters,
    in pages of whole days (``?vanaf=2026-09-25``, see ``programme``).

    ``?maand=2026-11`` shows that month instead of the campaign's own dates.
    """
    campaign = get_object_or_404(Campaign, slug=slug)
    days = selectors.campaign_days(campaign=campaign)
    months = _months(campaign, days)
    filterset = ProgrammeFilter(
        request.GET,
        queryset=selectors.campaign_occurrences(campaign=campaign),
        campaign=campaign,
        days=days,
        months=months,
    )
    occurrences, page = programme.day_page(filterset.qs, request.GET.get("vanaf"))
    return render(
        request,
        "activiteiten/campaign_detail.html",
        {
            "campaign": campaign,
            "filter": filterset,
            "occurrences": list(occurrences),
            "page": page,
            "previous_day": page.previous and page.previous.isoformat(),
            "next_day": page.next and page.next.isoformat(),
            "months": months,
            "month": filterset.month,
            "window_first": filterset.first,
            "window_last": filterset.last,
            "today": timezone.localdate(),
        },
    )


@require_safe
def campaign_print(request, slug: str):
    """The printable programme (A4): by day and kern, with a QR code to the page.

    Covers the campaign's dates, or the month in ``?maand=2026-11``.
    """
    campaign = get_object_or_404(Campaign, slug=slug)
    first, last, month = campaign.start_date, campaign.end_date, None
    try:
        month = MonthField(required=False).clean(request.GET.get("maand", ""))
    except ValidationError:
        month = None
    if month:
        first, last = month_bounds(month)
    occurrences = list(
        selectors.campaign_occurrences(campaign=campaign)
        .filter(date__gte=first, date__lte=last)
        .order_by("date", "activity__kern", "start", "activity__title")
    )
    page_path = campaign.get_absolute_url()
    if month:
        page_path += f"?maand={month:%Y-%m}"
    page_url = request.build_absolute_uri(page_path)
    return render(
        request,
        "activiteiten/campaign_print.html",
        {
            "campaign": campaign,
            "occurrences": occurrences,
            "month": month,
            "page_url": page_url,
            "qr_svg": qr_code_svg(page_url),
        },
    )


_EVENT_STATUS = {
    ActivityStatus.SCHEDULED: "https://schema.org/EventScheduled",
    ActivityStatus.CANCELLED: "https://schema.org/EventCancelled",
    ActivityStatus.MOVED: "https://schema.org/EventRescheduled",
}


def _json_ld(request, activity: Activity, occurrences) -> str:
    """schema.org Event objects, one per shown date, as escaped JSON; every
    Event has a description and its Place a name (Lansingerland at least)."""
    if activity.location_id:
        place = place_json_ld(activity.location)
    else:
        place = {
            "@type": "Place",
            "name": activity.place or activity.get_kern_display(),
        }
    if not activity.location_id and activity.address:
        place["address"] = activity.address
    place["name"] = place["name"] or "Lansingerland"
    description = activity.plain_description or _("%(title)s in %(place)s.") % {
        "title": activity.title,
        "place": activity.place_with_kern or "Lansingerland",
    }
    organizers = [
        {
            "@type": "Organization",
            "name": org.name,
            "url": request.build_absolute_uri(org.get_absolute_url()),
        }
        for org in activity.organizations.all()
        if org.name.casefold() != activity.organizer_name.strip().casefold()
    ]
    if activity.organizer_name.strip():
        organizers.insert(
            0, {"@type": "Organization", "name": activity.organizer_name.strip()}
        )
    events = []
    for occurrence in occurrences:
        event = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": activity.title,
            "description": description,
            "startDate": occurrence.local_start.isoformat(),
            "endDate": occurrence.local_end.isoformat(),
            "eventStatus": _EVENT_STATUS[activity.status],
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": place,
            "organizer": organizers,
            "isAccessibleForFree": activity.is_free and not activity.cost,
            "inLanguage": "nl",
            "url": request.build_absolute_uri(activity.get_absolute_url()),
        }
        if activity.max_participants:
            event["maximumAttendeeCapacity"] = activity.max_participants
        events.append(event)
    data = events[0] if len(events) == 1 else events
    return mark_safe(  # noqa: S308 - JSON escaped like json_script
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
            _json_script_escapes
        )
    )


@require_safe
@cached_page
def activity_detail(request, slug: str):
    """One activity: what, when (next dates), where, who, cost, how to join."""
    activity = get_object_or_404(
        Activity.objects.select_related(
            "location", "service__organization"
        ).prefetch_related("organizations", "campaigns"),
        slug=slug,
    )
    today = timezone.localdate()
    # Cancelled dates stay in the list, saying so, rather than vanishing.
    upcoming = list(activity.occurrences.filter(date__gte=today)[:UPCOMING_LIMIT])
    shown = upcoming or list(activity.occurrences.visible().order_by("-start")[:1])
    # A featured offer that left the sociale kaart keeps its dates, not its link.
    service_is_public = bool(
        activity.service_id
        and Service.objects.published().filter(pk=activity.service_id).exists()
    )
    return render(
        request,
        "activiteiten/activity_detail.html",
        {
            "activity": activity,
            "occurrences": shown,
            "is_past": not upcoming,
            "service_is_public": service_is_public,
            "json_ld": _json_ld(
                request, activity, [o for o in shown if not o.is_cancelled]
            ),
        },
    )


def _week_sheet(request, kern: str) -> weekly.WeekSheet:
    """The sheet of the kern in the URL for ``?week=2026-12-07`` (any day of
    that week; by default ``weekly.sheet_day`` of today, also when the value is
    not a date). Raises Http404 for an unknown kern."""
    if kern not in Kern.values:
        raise Http404
    try:
        day = parse_date(request.GET.get("week", ""))
    except ValueError:  # 2026-02-30: shaped like a date, but none
        day = None
    day = day or weekly.sheet_day(timezone.localdate())
    return weekly.week_sheet(kern=Kern(kern), day=day)


@require_safe
def week_sheet(request, kern: str):
    """ "Deze week" in one kern: an A4 poster in large type with a QR code to
    this page (without a week, so it always shows the current week)."""
    sheet = _week_sheet(request, kern)
    page_url = request.build_absolute_uri(request.path)
    poster = sheet.shortened(dates=POSTER_DATES, offers=POSTER_OFFERS)
    return render(
        request,
        "activiteiten/week_sheet.html",
        {
            "sheet": sheet,
            "poster": poster,
            "kernen": Kern,
            "page_url": page_url,
            "qr_svg": qr_code_svg(page_url),
        },
    )


@require_safe
def week_sheet_text(request, kern: str):
    """The same week as plain text (UTF-8) for a local weekly paper."""
    sheet = _week_sheet(request, kern)
    text = render_to_string(
        "activiteiten/week_sheet.txt",
        {
            "sheet": sheet,
            "page_url": request.build_absolute_uri(
                reverse("activiteiten:week_sheet", args=[kern])
            ),
        },
    )
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
