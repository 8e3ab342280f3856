"""Read our feeds with iCalendar readers nobody here wrote, and compare what
they compute with the dates the programme page shows.

- ical.js (npm, Mozilla, Thunderbird's engine) through ``read_with_icaljs.mjs``;
- vobject (PyPI), which builds its own time zone from our VTIMEZONE;
- recurring-ical-events (PyPI), the expander many Python calendar tools use.

Each reader gives ``Reading``s: the UTC start of every occurrence it computes
(series expanded: RRULE minus EXDATE), its wall-clock start in
Europe/Amsterdam, and its STATUS.
"""

import datetime
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import recurring_ical_events
import vobject
from icalendar import Calendar

from activiteiten.recurrence import LOCAL_TZ

ICALJS_SCRIPT = Path(__file__).with_name("read_with_icaljs.mjs")
REPO = Path(__file__).resolve().parents[2]
NODE = shutil.which("node") or "/usr/bin/node"


@dataclass(frozen=True)
class Reading:
    """One occurrence as a reader sees it: aware UTC start, status."""

    start: datetime.datetime
    status: str

    @property
    def local(self) -> datetime.datetime:
        return self.start.astimezone(LOCAL_TZ)


def read_with_icaljs(content: bytes) -> list[Reading]:
    """Occurrences computed by ical.js under Node (raises on a parse error)."""
    done = subprocess.run(  # noqa: S603 - our script, our feed on stdin
        [NODE, str(ICALJS_SCRIPT)],
        input=content,
        capture_output=True,
        cwd=REPO,
        check=True,
        timeout=60,
    )
    readings = []
    for line in done.stdout.decode().splitlines():
        item = json.loads(line)
        start = datetime.datetime.fromtimestamp(item["start"], tz=datetime.UTC)
        readings.append(Reading(start, item["status"]))
    return readings


def read_with_vobject(content: bytes) -> list[Reading]:
    """Occurrences computed by vobject from each VEVENT (its own rruleset).

    vobject keeps the first VTIMEZONE it ever read per TZID for the rest of the
    process; forgetting them first makes it read this feed's own, as a fresh
    program would.
    """
    known = getattr(vobject.icalendar, "__tzidMap")  # noqa: B009 - module private
    for tzid in [tzid for tzid in known if tzid != "UTC"]:
        del known[tzid]
    calendar = vobject.readOne(content.decode("utf-8"))
    readings = []
    for event in getattr(calendar, "vevent_list", []):
        status = event.status.value.upper() if hasattr(event, "status") else "CONFIRMED"
        starts = list(event.getrruleset(addRDate=True) or [event.dtstart.value])
        for start in starts[:400]:
            readings.append(Reading(start.astimezone(datetime.UTC), status))
    return readings


def read_with_recurring_ical_events(content: bytes) -> list[Reading]:
    """Occurrences from recurring-ical-events between 2000 and 2100."""
    calendar = Calendar.from_ical(content)
    events = recurring_ical_events.of(calendar).between(
        datetime.datetime(2000, 1, 1), datetime.datetime(2100, 1, 1)
    )
    return [
        Reading(
            event.decoded("DTSTART").astimezone(datetime.UTC),
            str(event.get("STATUS", "CONFIRMED")).upper(),
        )
        for event in events
    ]


READERS = {
    "ical.js": read_with_icaljs,
    "vobject": read_with_vobject,
    "recurring-ical-events": read_with_recurring_ical_events,
}

_PAGE_ITEM = re.compile(
    r'<li class="occurrence(?P<classes>[^"]*)">\s*<p class="occurrence-time">\s*'
    r'<time datetime="(?P<start>[^"]+)"'
)


def _page_items(html: str) -> list[tuple[datetime.datetime, bool]]:
    """Each date the programme page lists: its aware start (from ``<time
    datetime>``) and whether the page marks it "gaat niet door"."""
    return [
        (
            datetime.datetime.fromisoformat(m["start"]),
            "occurrence-cancelled" in m["classes"].split(),
        )
        for m in _PAGE_ITEM.finditer(html)
    ]


def page_starts(html: str) -> list[datetime.datetime]:
    """The starts the programme page lists as going ahead."""
    return [start for start, cancelled in _page_items(html) if not cancelled]


def page_cancelled_starts(html: str) -> list[datetime.datetime]:
    """The starts the programme page lists as "gaat niet door"."""
    return [start for start, cancelled in _page_items(html) if cancelled]


def disagreements(
    readings: list[Reading],
    shown: list[datetime.datetime],
    cancelled: list[datetime.datetime],
) -> list[str]:
    """Where a reader differs from the page: a date shown on the page that the
    reader lacks, has twice or has cancelled, a date it adds, a cancelled date
    it keeps as going ahead. Empty when reader and page agree on every one."""
    going = [r.start for r in readings if r.status != "CANCELLED"]
    problems = []
    for start in shown:
        found = going.count(start)
        if found != 1:
            problems.append(
                f"{start.astimezone(LOCAL_TZ):%Y-%m-%d %H:%M} found {found}x"
            )
    for start in set(going) - set(shown):
        local = start.astimezone(LOCAL_TZ)
        why = "cancelled on the page" if start in cancelled else "not on the page"
        problems.append(f"{local:%Y-%m-%d %H:%M} going ahead but {why}")
    return problems
