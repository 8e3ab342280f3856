"""Structured, greppable log lines without personal data.

Every line reads ``ts=… level=… logger=… msg="…"`` (plus ``exc="…"`` for an
exception), one line per record, so ``grep level=ERROR`` or
``grep logger=django.request`` works on any server. E-mail addresses and
phone numbers are replaced before anything is written; names and report
texts can't be recognised reliably, so code never passes them to a logger.
"""

import datetime
import logging
import re

# Linear on any input: the local part starts only where a run of its
# characters starts, and possessive quantifiers never backtrack (a 100,000-
# character value once held a worker for minutes).
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+", re.UNICODE)
# Dutch numbers (06-12345678, 010 800 40 00, (010) 123 45 67, +31 6 1234 5678)
# and other international ones: a leading 0 or +country code and 9+ digits.
PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)\d{1,3}[\s().-]*(?:\d[\s().-]*){6,12}\d"
    r"|(?<![\w+])\(?0\d{1,3}\)?[\s.-]*(?:\d[\s.-]*){5,8}\d(?!\d)"
)


def redact(text: str) -> str:
    """``text`` with e-mail addresses and phone numbers replaced by markers."""
    return PHONE.sub("[telefoon]", EMAIL.sub("[e-mail]", text))


class RedactPersonalDataFilter(logging.Filter):
    """Replace e-mail addresses and phone numbers in the message and its args.

    Attach it to every handler: it runs before any formatter, so third-party
    loggers (Django, gunicorn, django-axes) are covered too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True


class KeyValueFormatter(logging.Formatter):
    """One ``key=value`` line per record; the message and exception quoted."""

    def format(self, record: logging.LogRecord) -> str:
        timestamp = datetime.datetime.fromtimestamp(record.created, datetime.UTC)
        parts = [
            "ts=" + timestamp.isoformat(timespec="milliseconds"),
            f"level={record.levelname}",
            f"logger={record.name}",
            "msg=" + _quote(redact(record.getMessage())),
        ]
        if record.exc_info:
            parts.append("exc=" + _quote(redact(self.formatException(record.exc_info))))
        return " ".join(parts)


def _quote(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'
