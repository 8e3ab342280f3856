"""Public pages of the campaigns and activities: programme, activity, print, feeds."""

import datetime
import json

import qrcode
import qrcode.image.svg
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from lansingerland.page_cache import cached_page
from sociale_kaart.models import Organization, Service

from . import programme, selectors
from .constants import ActivityStatus
from .feeds import activities_calendar
from .filters import MonthField, ProgrammeFilter, month_bounds
from .models import Activity, Campaign

UPCOMING_LIMIT = 12


@require_safe
def campaign_list(request):
    """Campaigns split into current, upcoming and past (local date), with numbers."""
    today = timezone.localdate()
    return render(
        request,
        "activiteiten/campaign_list.html",
        {
            "current": Campaign.objects.current(today),
            "upcoming": Campaign.objects.upcoming(today),
            "past": selectors.campaigns_with_numbers(Campaign.objects.past(today)),
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
        },
    )


def _qr_svg(url: str) -> str:
    """An SVG QR code for ``url`` (made by us, no user markup in it)."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage)
    svg = image.to_string(encoding="unicode")
    return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


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
            "qr_svg": mark_safe(_qr_svg(page_url)),  # noqa: S308 - our own SVG
        },
    )


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
def campaign_ics(request, slug: str):
    """iCalendar feed of a campaign's activities."""
    campaign = get_object_or_404(Campaign, slug=slug)
    activities = selectors.activities_for_feed().filter(campaigns=campaign)
    content = activities_calendar(
        activities=activities,
        name=campaign.title,
        absolute_url=request.build_absolute_uri,
    )
    return _ics_response(content, f"{campaign.slug}.ics")


@require_safe
def organization_ics(request, slug: str):
    """iCalendar feed of the activities an organisation organises."""
    organization = get_object_or_404(Organization.objects.published(), slug=slug)
    content = activities_calendar(
        activities=selectors.organization_activities(organization=organization),
        name=_("Activiteiten van %(name)s") % {"name": organization.name},
        absolute_url=request.build_absolute_uri,
    )
    return _ics_response(content, f"{organization.slug}.ics")


@require_safe
def activity_ics(request, slug: str):
    """One activity as a calendar file ("add to calendar")."""
    activity = get_object_or_404(selectors.activities_for_feed(), slug=slug)
    content = activities_calendar(
        activities=[activity],
        name=activity.title,
        absolute_url=request.build_absolute_uri,
    )
    return _ics_response(content, f"{slugify(activity.slug)}.ics")


_EVENT_STATUS = {
    ActivityStatus.SCHEDULED: "https://schema.org/EventScheduled",
    ActivityStatus.CANCELLED: "https://schema.org/EventCancelled",
    ActivityStatus.MOVED: "https://schema.org/EventRescheduled",
}


def _json_ld(request, activity: Activity, occurrences) -> str:
    """schema.org Event objects, one per shown date, as escaped JSON."""
    place = {"@type": "Place", "name": activity.place or activity.get_kern_display()}
    if activity.location_id:
        location = activity.location
        place["name"] = location.name or location.address
        place["address"] = {
            "@type": "PostalAddress",
            "streetAddress": " ".join(
                str(part)
                for part in (
                    location.street,
                    location.house_number or "",
                    location.house_letter,
                )
                if part
            ),
            "postalCode": location.postcode,
            "addressLocality": location.place,
            "addressCountry": "NL",
        }
    elif activity.address:
        place["address"] = activity.address
    organizers = [
        {
            "@type": "Organization",
            "name": org.name,
            "url": request.build_absolute_uri(org.get_absolute_url()),
        }
        for org in activity.organizations.all()
    ]
    events = []
    for occurrence in occurrences:
        event = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": activity.title,
            "description": activity.plain_description,
            "startDate": occurrence.local_start.isoformat(),
            "endDate": occurrence.local_end.isoformat(),
            "eventStatus": _EVENT_STATUS[activity.status],
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": place,
            "organizer": organizers,
            "isAccessibleForFree": activity.is_free,
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
def activity_detail(request, slug: str):
    """One activity: what, when (next dates), where, who, cost, how to join."""
    activity = get_object_or_404(
        Activity.objects.select_related(
            "location", "service__organization"
        ).prefetch_related("organizations", "campaigns"),
        slug=slug,
    )
    today = timezone.localdate()
    upcoming = list(
        activity.occurrences.visible().filter(date__gte=today)[:UPCOMING_LIMIT]
    )
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
            "json_ld": _json_ld(request, activity, shown),
        },
    )
