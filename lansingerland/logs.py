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
import secrets

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


MAIL_SUMMARY = re.compile(r"[1-9]\d* emails attempted")


class MailQueueSummaryFilter(logging.Filter):
    """For the ``post_office`` logger: of its INFO chatter (four lines per run,
    also when the queue is empty) keep only the summary of a run that
    attempted something (``1 emails attempted, 1 sent, 0 failed, 0
    requeued``); warnings and errors always pass. So the delivery loop of
    ``make run`` stays silent until it sends or fails."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        return bool(MAIL_SUMMARY.match(record.getMessage()))


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
        if getattr(record, "error_ref", ""):
            parts.append(f"ref={record.error_ref}")
        if record.exc_info:
            parts.append("exc=" + _quote(redact(self.formatException(record.exc_info))))
        return " ".join(parts)


def _quote(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


class ErrorReferenceFilter(logging.Filter):
    """Give each ERROR record a short reference (``ref=…`` in the log line),
    shared by every handler, so the technical contact's mail can point to the
    log line instead of carrying the request's data."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and not getattr(record, "error_ref", ""):
            record.error_ref = secrets.token_hex(6)
        return True


class ErrorReferenceMailHandler(logging.Handler):
    """Queue a short mail to ADMINS for an error: time, status, path (no query
    string), exception type and the log reference. Never the POST body, the
    traceback or the exception message, which can hold personal data. One
    mail per exception type and path per 10 minutes; sent directly when the
    queue (the database) is unreachable."""

    def emit(self, record: logging.LogRecord) -> None:
        from django.conf import settings
        from django.core.cache import cache
        from django.core.mail import mail_admins

        from .mail import mail_queue

        recipients = [address for _name, address in settings.ADMINS]
        if not recipients:
            return
        request = getattr(record, "request", None)
        path = getattr(request, "path", "") if request is not None else ""
        kind = record.exc_info[0].__name__ if record.exc_info else "-"
        status = getattr(record, "status_code", "") or "-"
        reference = getattr(record, "error_ref", "") or "-"
        try:
            first = cache.add(f"error-mail:{kind}:{path}"[:200], 1, 600)
        except Exception:  # noqa: BLE001 (the database may be the fault itself)
            first = True
        if not first:
            return
        timestamp = datetime.datetime.fromtimestamp(record.created, datetime.UTC)
        subject = f"[Samen aan zet] fout {status} op {path or record.name}"
        body = (
            f"Tijd (UTC): {timestamp.isoformat(timespec='seconds')}\n"
            f"Status: {status}\nPad: {path}\nFout: {kind}\n"
            f"Referentie: {reference}\n\n"
            f"De details staan in de log: grep ref={reference}\n"
        )
        try:
            mail_queue(recipients=recipients, subject=subject, body=body)
        except Exception:  # noqa: BLE001
            # The queue lives in the database, which may be what failed: send
            # directly (bounded by EMAIL_TIMEOUT) so the error still reaches
            # someone.
            mail_admins(subject, body, fail_silently=True)
