"""iCalendar (RFC 5545) feeds of activities, built with the icalendar library.

One VEVENT per activity: DTSTART/DTEND with ``TZID=Europe/Amsterdam`` and a
VTIMEZONE for it, the RRULE with UNTIL in UTC, cancelled single dates as
EXDATE, and ``STATUS:CANCELLED`` for an activity that is called off as a whole
(so calendars that imported it remove it).
"""

import datetime
from collections.abc import Iterable

from django.utils import timezone
from icalendar import Calendar, Event, vRecur

from .constants import ActivityStatus
from .models import Activity
from .recurrence import to_aware, until_local

PRODID = "-//Samen aan zet Lansingerland//Activiteiten//NL"
UID_DOMAIN = "activiteiten.samenaanzet-lansingerland.nl"


def activity_uid(activity: Activity) -> str:
    """Stable identifier of an activity's event, the same in every feed."""
    return f"activiteit-{activity.pk}@{UID_DOMAIN}"


def activity_event(
    activity: Activity, *, url: str, dtstamp: datetime.datetime
) -> Event:
    """The VEVENT of ``activity``; ``url`` is the absolute address of its page."""
    event = Event()
    event.add("uid", activity_uid(activity))
    event.add("dtstamp", dtstamp)
    event.add("sequence", activity.sequence)
    event.add("last-modified", activity.updated_at.astimezone(datetime.UTC))
    event.add("summary", activity.title)
    start = to_aware(activity.local_start)
    event.add("dtstart", start)
    event.add("dtend", to_aware(activity.local_start + activity.duration))
    if activity.recurrence:
        rule = vRecur.from_ical(activity.recurrence)
        until = until_local(activity.recurrence)
        if until is not None:
            rule["UNTIL"] = [to_aware(until).astimezone(datetime.UTC)]
        event.add("rrule", rule)
        exdates = [
            to_aware(datetime.datetime.combine(exception.date, activity.start_time))
            for exception in activity.exceptions.all()
        ]
        if exdates:
            event.add("exdate", exdates)
    if activity.status == ActivityStatus.CANCELLED:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    description = [activity.plain_description]
    if activity.status_note:
        description.append(activity.status_note)
    organizers = ", ".join(org.name for org in activity.organizations.all())
    if organizers:
        description.append(organizers)
    description.append(url)
    event.add("description", "\n\n".join(part for part in description if part))
    if activity.place:
        event.add("location", activity.place)
    event.add("url", url)
    return event


def activities_calendar(
    *, activities: Iterable[Activity], name: str, absolute_url
) -> bytes:
    """A VCALENDAR with one VEVENT per activity, as UTF-8 bytes (CRLF lines).

    ``absolute_url`` turns a path into an absolute URL (e.g.
    ``request.build_absolute_uri``).
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    dtstamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    for activity in activities:
        calendar.add_component(
            activity_event(
                activity,
                url=absolute_url(activity.get_absolute_url()),
                dtstamp=dtstamp,
            )
        )
    calendar.add_missing_timezones()
    return calendar.to_ical()
