"""Recurrence rules (iCalendar RRULE, RFC 5545) read in local wall-clock time.

Everything here works on *naive* datetimes that mean local time in
Europe/Amsterdam; ``to_aware`` attaches the zone afterwards. Expanding the rule
on wall-clock time is what keeps a 10:00 coffee morning at 10:00 on both sides
of the change to and from summer time.
"""

import datetime
import re
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

LOCAL_TZ = ZoneInfo("Europe/Amsterdam")

# Frequencies a coordinator may use: anything finer would fill the database.
ALLOWED_FREQUENCIES = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
# The part names of RFC 5545 §3.3.10 that dateutil understands.
_KNOWN_PARTS = {
    "FREQ",
    "UNTIL",
    "COUNT",
    "INTERVAL",
    "BYSECOND",
    "BYMINUTE",
    "BYHOUR",
    "BYDAY",
    "BYMONTHDAY",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYMONTH",
    "BYSETPOS",
    "WKST",
}
_UNTIL_RE = re.compile(r"^(\d{8})(T(\d{6})(Z?))?$")


def to_aware(value: datetime.datetime) -> datetime.datetime:
    """Attach Europe/Amsterdam to a naive local datetime (wall-clock time kept)."""
    return value.replace(tzinfo=LOCAL_TZ)


def _parts(text: str) -> dict[str, str]:
    text = text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for chunk in text.split(";"):
        if not chunk.strip():
            continue
        if "=" not in chunk:
            raise ValidationError(
                _("'%(part)s' is geen onderdeel van een herhaalregel."),
                params={"part": chunk},
                code="invalid_rrule",
            )
        name, value = chunk.split("=", 1)
        parts[name.strip().upper()] = value.strip().upper()
    return parts


def normalize_rrule(text: str) -> str:
    """Return ``text`` as a clean RRULE value (without ``RRULE:``), or ``""``.

    ``UNTIL`` is stored as a local date or local date-time (no ``Z``): a UTC
    value typed in is converted to Europe/Amsterdam. Raises ValidationError
    with a Dutch message when the rule can't be used.
    """
    if not text or not text.strip():
        return ""
    parts = _parts(text)
    unknown = sorted(set(parts) - _KNOWN_PARTS)
    if unknown:
        raise ValidationError(
            _("Onbekend onderdeel in de herhaalregel: %(parts)s."),
            params={"parts": ", ".join(unknown)},
            code="invalid_rrule",
        )
    if parts.get("FREQ") not in ALLOWED_FREQUENCIES:
        raise ValidationError(
            _(
                "Geef aan hoe vaak de activiteit terugkomt met FREQ=DAILY, "
                "FREQ=WEEKLY, FREQ=MONTHLY of FREQ=YEARLY."
            ),
            code="invalid_rrule",
        )
    if {"BYHOUR", "BYMINUTE", "BYSECOND"} & set(parts):
        raise ValidationError(
            _(
                "Een activiteit heeft één begintijd: laat BYHOUR, BYMINUTE en "
                "BYSECOND weg en vul de begintijd in."
            ),
            code="invalid_rrule",
        )
    if "UNTIL" in parts and "COUNT" in parts:
        raise ValidationError(
            _("Gebruik UNTIL (tot en met) of COUNT (aantal keer), niet allebei."),
            code="invalid_rrule",
        )
    if "UNTIL" in parts:
        match = _UNTIL_RE.match(parts["UNTIL"])
        if not match:
            raise ValidationError(
                _(
                    "Schrijf de einddatum als UNTIL=JJJJMMDD, bijvoorbeeld "
                    "UNTIL=20270330."
                ),
                code="invalid_rrule",
            )
        if match.group(4):  # UTC date-time: convert to local wall-clock time
            utc = datetime.datetime.strptime(
                match.group(1) + match.group(3), "%Y%m%d%H%M%S"
            ).replace(tzinfo=datetime.UTC)
            parts["UNTIL"] = utc.astimezone(LOCAL_TZ).strftime("%Y%m%dT%H%M%S")
    normalized = ";".join(f"{name}={value}" for name, value in parts.items())
    try:
        rrule.rrulestr(normalized, dtstart=datetime.datetime(2026, 1, 1, 10, 0))
    except (ValueError, TypeError, KeyError, IndexError):
        raise ValidationError(
            _(
                "Deze herhaalregel klopt niet. Een voorbeeld: elke dinsdag tot en "
                "met 30 maart 2027 is FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330."
            ),
            code="invalid_rrule",
        ) from None
    return normalized


def until_local(text: str) -> datetime.datetime | None:
    """The rule's UNTIL as a naive local datetime (end of day for a date), or None."""
    value = _parts(text).get("UNTIL") if text else None
    if not value:
        return None
    if "T" in value:
        return datetime.datetime.strptime(value, "%Y%m%dT%H%M%S")
    day = datetime.datetime.strptime(value, "%Y%m%d")
    return day.replace(hour=23, minute=59, second=59)


def local_starts(
    *,
    rule: str,
    dtstart: datetime.datetime,
    until: datetime.date,
    limit: int = 1000,
) -> list[datetime.datetime]:
    """Naive local start times of a rule from ``dtstart`` up to ``until`` (inclusive).

    ``dtstart`` is a naive Europe/Amsterdam wall-clock datetime. Without a rule
    the result is ``[dtstart]``. At most ``limit`` starts are returned.
    """
    if not rule:
        return [dtstart]
    parts = _parts(rule)
    if "UNTIL" in parts:
        parts["UNTIL"] = until_local(rule).strftime("%Y%m%dT%H%M%S")
    text = ";".join(f"{name}={value}" for name, value in parts.items())
    horizon = datetime.datetime.combine(until, datetime.time.max)
    starts = []
    for start in rrule.rrulestr(text, dtstart=dtstart):
        if start > horizon or len(starts) >= limit:
            break
        starts.append(start)
    return starts
