"""iCalendar (RFC 5545) feeds of activities, built with the icalendar library.

One VEVENT per date (``Occurrence``), not one per series. Why: a feed of a
campaign must carry only the campaign's dates, and someone subscribed to two
feeds (a campaign and an organisation) must never see one date twice. A series
event (RRULE) with one UID would have to differ per feed (the campaign's dates
only) while keeping its UID, and two feeds would then publish two different
versions of one UID. With one event per date:

- the UID is ``activiteit-<pk>-<YYYYMMDD>@...`` (the local start date), the same
  in every feed and in the "add to calendar" file, with the same content, so a
  calendar that merges by UID keeps one event, and a campaign feed is simply
  the subset of dates inside the campaign;
- a date cancelled on its own, and every date of a cancelled activity, stay in
  the feed with ``STATUS:CANCELLED`` (a subscriber's calendar marks or removes
  it) instead of silently disappearing, and a cancelled one-off activity is
  cancelled too, not just a higher SEQUENCE;
- SEQUENCE is the activity's, raised by the services on every change.

Times: DTSTART/DTEND carry ``TZID=Europe/Amsterdam`` (the wall-clock time the
page shows) and the feed holds a rule-based VTIMEZONE for it (STANDARD and
DAYLIGHT with yearly RRULEs, as calendar programs write it). DTSTAMP and
LAST-MODIFIED are the activity's last change (UTC), so an unchanged feed is
byte-for-byte the same and its ETag holds. A feed without dates is still valid
iCalendar: the VTIMEZONE is always there, and RFC 5545 asks for at least one
component.
"""

import datetime
from collections.abc import Iterable

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from .constants import ActivityStatus
from .models import Activity, Occurrence
from .recurrence import LOCAL_TZ

PRODID = "-//Samen aan zet Lansingerland//Activiteiten//NL"
UID_DOMAIN = "activiteiten.samenaanzet-lansingerland.nl"
TZID = "Europe/Amsterdam"


def occurrence_uid(occurrence: Occurrence) -> str:
    """Stable identifier of one date's event, the same in every feed."""
    return f"activiteit-{occurrence.activity_id}-{occurrence.date:%Y%m%d}@{UID_DOMAIN}"


def amsterdam_vtimezone() -> Timezone:
    """The VTIMEZONE of Europe/Amsterdam as rules: summer time from the last
    Sunday of March 02:00 (+01:00 -> +02:00), winter time from the last Sunday
    of October 03:00 (+02:00 -> +01:00), the EU rules since 1996."""
    zone = Timezone()
    zone.add("tzid", TZID)
    daylight = TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("dtstart", datetime.datetime(1981, 3, 29, 2, 0))
    daylight.add("tzoffsetfrom", datetime.timedelta(hours=1))
    daylight.add("tzoffsetto", datetime.timedelta(hours=2))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    standard = TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("dtstart", datetime.datetime(1996, 10, 27, 3, 0))
    standard.add("tzoffsetfrom", datetime.timedelta(hours=2))
    standard.add("tzoffsetto", datetime.timedelta(hours=1))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    zone.add_component(daylight)
    zone.add_component(standard)
    return zone


def _local(value: datetime.datetime) -> datetime.datetime:
    # A naive wall-clock value with an explicit TZID parameter: the icalendar
    # library then writes exactly our VTIMEZONE's TZID and no zone of its own.
    return value.astimezone(LOCAL_TZ).replace(tzinfo=None)


def occurrence_event(occurrence: Occurrence, *, url: str) -> Event:
    """The VEVENT of one date; ``url`` is the absolute address of its page.

    ``STATUS:CANCELLED`` when the date or the whole activity is cancelled.
    """
    activity = occurrence.activity
    changed = activity.updated_at.astimezone(datetime.UTC).replace(microsecond=0)
    cancelled = occurrence.is_cancelled or activity.status == ActivityStatus.CANCELLED
    event = Event()
    event.add("uid", occurrence_uid(occurrence))
    event.add("dtstamp", changed)
    event.add("last-modified", changed)
    event.add("sequence", activity.sequence)
    event.add("summary", activity.title)
    event.add("dtstart", _local(occurrence.start), parameters={"TZID": TZID})
    event.add("dtend", _local(occurrence.end), parameters={"TZID": TZID})
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    description = [activity.plain_description]
    if activity.status_note:
        description.append(activity.status_note)
    organizers = ", ".join(activity.organizer_names)
    if organizers:
        description.append(organizers)
    description.append(url)
    event.add("description", "\n\n".join(part for part in description if part))
    if activity.place:
        event.add("location", activity.place)
    event.add("url", url)
    return event


def occurrences_calendar(
    *, occurrences: Iterable[Occurrence], name: str, absolute_url
) -> bytes:
    """A VCALENDAR with the Europe/Amsterdam VTIMEZONE and one VEVENT per date,
    as UTF-8 bytes (CRLF lines, folded at 75 octets).

    ``occurrences`` need ``activity`` (with ``location`` and ``organizations``)
    loaded; ``absolute_url`` turns a path into an absolute URL (e.g.
    ``request.build_absolute_uri``).
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(amsterdam_vtimezone())
    urls: dict[int, str] = {}
    for occurrence in occurrences:
        activity: Activity = occurrence.activity
        if activity.pk not in urls:
            urls[activity.pk] = absolute_url(activity.get_absolute_url())
        calendar.add_component(occurrence_event(occurrence, url=urls[activity.pk]))
    return calendar.to_ical()
