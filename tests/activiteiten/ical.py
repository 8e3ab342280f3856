"""Helpers to read iCalendar feeds strictly in tests."""

import datetime

from dateutil import rrule
from icalendar import Calendar


def parse_strictly(content: bytes) -> Calendar:
    """Parse a feed and fail on anything RFC 5545 does not allow.

    Checks CRLF line ends and folding at 75 octets, a parse without errors,
    UID and DTSTAMP on every VEVENT, and a VTIMEZONE for every TZID used.
    """
    text = content.decode("utf-8")
    lines = text.split("\r\n")
    assert lines[-1] == "", "the feed must end with CRLF"
    for line in lines:
        assert "\n" not in line and "\r" not in line
        assert len(line.encode("utf-8")) <= 75, line
    calendar = Calendar.from_ical(content)
    for component in calendar.walk():
        assert not component.errors, (component.name, component.errors)
    assert calendar["VERSION"] == "2.0" and calendar.get("PRODID")
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    used = set()
    for event in calendar.walk("VEVENT"):
        assert event.get("UID") and event.get("DTSTAMP")
        assert event.decoded("DTSTAMP").utcoffset() == datetime.timedelta(0)
        for name in ("DTSTART", "DTEND", "EXDATE", "RDATE", "RECURRENCE-ID"):
            values = event.get(name)
            if values is None:
                continue
            for value in values if isinstance(values, list) else [values]:
                if "TZID" in value.params:
                    used.add(value.params["TZID"])
    assert used <= zones, f"TZIDs without VTIMEZONE: {used - zones}"
    for line in lines:
        if line.startswith("RRULE:") and "UNTIL=" in line:
            until = line.split("UNTIL=")[1].split(";")[0]
            assert until.endswith("Z"), f"UNTIL must be UTC: {line}"
    return calendar


def event_by_summary(calendar: Calendar, summary: str):
    matches = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == summary]
    assert len(matches) == 1, [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    return matches[0]


def expand(event) -> list[datetime.datetime]:
    """The starts a calendar program computes: RRULE minus EXDATE (aware)."""
    start = event.decoded("DTSTART")
    if "RRULE" not in event:
        return [start]
    rule = rrule.rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    excluded = set()
    exdates = event.get("EXDATE")
    for exdate in (
        exdates if isinstance(exdates, list) else [exdates] if exdates else []
    ):
        excluded.update(value.dt for value in exdate.dts)
    return [value for value in rule if value not in excluded]


def events_by_summary(calendar: Calendar, summary: str) -> list:
    """Every VEVENT titled ``summary`` (one per date), by start."""
    events = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == summary]
    return sorted(events, key=lambda e: e.decoded("DTSTART"))


def confirmed_starts(calendar: Calendar, summary: str) -> list[datetime.datetime]:
    """The aware starts of the dates of ``summary`` that go ahead (not
    ``STATUS:CANCELLED``), in order, as a calendar program shows them."""
    return [
        start
        for event in events_by_summary(calendar, summary)
        if str(event.get("STATUS", "CONFIRMED")) != "CANCELLED"
        for start in expand(event)
    ]


def cancelled_starts(calendar: Calendar, summary: str) -> list[datetime.datetime]:
    """The aware starts of the dates of ``summary`` marked ``STATUS:CANCELLED``."""
    return [
        event.decoded("DTSTART")
        for event in events_by_summary(calendar, summary)
        if str(event.get("STATUS")) == "CANCELLED"
    ]
