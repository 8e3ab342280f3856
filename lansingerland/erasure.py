"""Erasing a person everywhere at once: the copies outside the record itself.

A person's own rows (a report's reporter, a join request) are removed by
their app's service; this module removes the copies the portal keeps
elsewhere: the mail queue and its log, change-history rows, sessions, cached
typed places and login-lockout logs.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalChanges

from .mail import mail_erase

ERASED_TEXT = "[gewist]"


@dataclass(frozen=True)
class ErasureCounts:
    """How many copies were removed: mails (with their logs), history rows
    blanked, sessions ended, login-log rows deleted."""

    mails: int
    history_rows: int
    sessions: int
    login_logs: int


def _clean(values: Iterable[str]) -> set[str]:
    return {v.strip() for v in values if v and v.strip()}


def history_erase(*, texts: Iterable[str]) -> int:
    """Replace, in every django-simple-history table, each text field that
    contains one of ``texts`` (case-insensitive) by ``[gewist]``; the row
    (who changed what, when) stays. Returns the number of rows changed."""
    texts = _clean(texts)
    changed = 0
    if not texts:
        return 0
    for history in apps.get_models():
        if not issubclass(history, HistoricalChanges):
            continue
        for field in history._meta.concrete_fields:
            if not isinstance(field, models.CharField | models.TextField):
                continue
            if field.name in {"history_change_reason", "history_type"}:
                continue
            condition = Q()
            for text in texts:
                condition |= Q(**{f"{field.name}__icontains": text})
            value = ERASED_TEXT[: field.max_length] if field.max_length else ERASED_TEXT
            changed += history.objects.filter(condition).update(**{field.name: value})
    return changed


def sessions_erase(*, texts: Iterable[str]) -> int:
    """End every session whose stored data mentions one of ``texts`` (e.g. a
    report's reference kept for its confirmation page). Returns how many."""
    texts = {t.casefold() for t in _clean(texts)}
    if not texts:
        return 0
    store = SessionStore()
    doomed = [
        session.pk
        for session in Session.objects.iterator()
        if any(t in str(store.decode(session.session_data)).casefold() for t in texts)
    ]
    Session.objects.filter(pk__in=doomed).delete()
    return len(doomed)


def login_logs_erase(*, usernames: Iterable[str]) -> int:
    """Delete django-axes' attempts and logs for these usernames (addresses)."""
    condition = Q(pk__in=[])
    for username in _clean(usernames):
        condition |= Q(username__iexact=username)
    return sum(
        model.objects.filter(condition).delete()[0]
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
    )


def personal_data_erase_everywhere(
    *, emails: Iterable[str] = (), texts: Iterable[str] = ()
) -> ErasureCounts:
    """Remove a person's copies outside their own record.

    ``emails``: their addresses (matched in mail recipients, history, login
    logs); ``texts``: what else identifies them or their case (a full name, a
    report reference, a message). Give full names only, never a single first
    name: matching is by substring, case-insensitive. Call inside the
    transaction that erases the record itself.
    """
    emails, texts = _clean(emails), _clean(texts)
    return ErasureCounts(
        mails=mail_erase(addresses=emails, texts=texts),
        history_rows=history_erase(texts=emails | texts),
        sessions=sessions_erase(texts=emails | texts),
        login_logs=login_logs_erase(usernames=emails),
    )
