"""The coordinators' digest of partners' changes.

The domains register, in their ``AppConfig.ready``, whose history rows the
digest lists (``register_digest_source``) and what else it counts
(``register_digest_context``); this module knows no domain.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from ..constants import ChangeStatus
from ..models import DigestRun, PendingChange
from .mail import absolute_url, send_after_commit

#: Whose partner-made history rows the digest lists: {model: label}, where
#: ``label(record)`` names a history row in the mail ("activiteit Koffie").
DIGEST_SOURCES: dict[type[models.Model], Callable[[models.Model], str]] = {}
#: Functions giving extra context for the digest mail (``stale_count`` and
#: ``stale_url`` from the sociale kaart).
DIGEST_CONTEXTS: list[Callable[[], dict]] = []


def _instance_label(record: models.Model) -> str:
    return str(record.instance)


def register_digest_source(
    model: type[models.Model],
    *,
    label: Callable[[models.Model], str] = _instance_label,
) -> None:
    """The digest lists partners' history rows of ``model`` (one with
    django-simple-history), each named by ``label(record)`` (default: its
    instance as text)."""
    DIGEST_SOURCES[model] = label


def register_digest_context(context: Callable[[], dict]) -> None:
    """``context()`` adds its keys to the digest mail's template context."""
    DIGEST_CONTEXTS.append(context)


@dataclass
class DigestResult:
    """What a digest run covered: ``records`` (history rows by partners),
    ``proposed`` (pending changes submitted in the period, waiting for a
    coordinator), ``pending_count`` (all waiting), ``recipients``, and
    whether a mail was sent."""

    records: list
    proposed: list
    pending_count: int
    recipients: list[str]
    sent: bool


def _describe(record, label: Callable[[models.Model], str]) -> None:
    previous = record.prev_record
    if record.history_type == "+" or previous is None:
        record.summary = gettext("nieuw")
    elif record.history_type == "-":
        record.summary = gettext("verwijderd")
    else:
        meta = record.instance_type._meta
        fields = [
            str(meta.get_field(change.field).verbose_name)
            for change in record.diff_against(previous).changes
        ]
        record.summary = ", ".join(fields) or (record.history_change_reason or "")
    user = record.history_user
    record.who = user.get_username() if user else "-"
    record.label = label(record)


def _proposal_label(change: PendingChange) -> str:
    """ "Buurthuis De Linde: activiteit Spelletjesmiddag (nieuw)" for the mail."""
    target = change.target_object
    if target is not None:
        name = str(target)
    else:
        name = str(change.data.get("name") or change.data.get("title") or "")
    label = f"{change.get_target_display()} {name}".strip()
    if change.is_new:
        label = gettext("%(label)s (nieuw)") % {"label": label}
    return f"{change.organization.name}: {label}"


def digest_recipients() -> list[str]:
    """``PARTNERS_DIGEST_RECIPIENTS``, or else every active staff user's e-mail."""
    if settings.PARTNERS_DIGEST_RECIPIENTS:
        return list(settings.PARTNERS_DIGEST_RECIPIENTS)
    return list(
        get_user_model()
        .objects.filter(is_staff=True, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )


@transaction.atomic
def digest_send(*, dry_run: bool = False) -> DigestResult:
    """Mail coordinators the partners' changes since the previous digest.

    Covers history rows of the registered ``DIGEST_SOURCES`` (organisations,
    locations, offers with their weekly periods and closures, activities)
    made by non-staff users after the last DigestRun's ``period_end`` (UTC)
    up to now, the changes partners proposed in that period that still wait
    for approval, plus the number of all waiting changes and what the
    registered ``DIGEST_CONTEXTS`` count (stale organisations). Nothing new:
    no mail and no run recorded, so running it again (or twice a day) sends
    nothing twice. With ``dry_run`` nothing is sent or recorded.
    """
    now = timezone.now()
    last = DigestRun.objects.select_for_update().order_by("-period_end").first()
    since = last.period_end if last else None
    records = []
    for model, label in DIGEST_SOURCES.items():
        history = model.history.filter(
            history_date__lte=now,
            history_user__isnull=False,
            history_user__is_staff=False,
        ).select_related("history_user")
        if since:
            history = history.filter(history_date__gt=since)
        for record in history:
            _describe(record, label)
            records.append(record)
    records.sort(key=lambda record: record.history_date)
    waiting = PendingChange.objects.filter(status=ChangeStatus.PENDING)
    proposed = waiting.filter(submitted_at__lte=now).select_related(
        "organization", "location", "service", "activity"
    )
    if since:
        proposed = proposed.filter(submitted_at__gt=since)
    proposed = list(proposed.order_by("submitted_at"))
    for change in proposed:
        change.label = _proposal_label(change)
    pending_count = waiting.count()
    recipients = digest_recipients()
    result = DigestResult(
        records=records,
        proposed=proposed,
        pending_count=pending_count,
        recipients=recipients,
        sent=False,
    )
    if not (records or proposed) or dry_run or not recipients:
        return result
    extra = {}
    for context in DIGEST_CONTEXTS:
        extra.update(context())
    send_after_commit(
        template="digest",
        context={
            **extra,
            "records": records,
            "proposed": proposed,
            "total": len(records) + len(proposed),
            "pending_count": pending_count,
            "pending_url": absolute_url(
                reverse("admin:partners_pendingchange_changelist")
                + "?status__exact=pending"
            ),
        },
        recipients=recipients,
    )
    DigestRun.objects.create(
        period_start=since, period_end=now, change_count=len(records) + len(proposed)
    )
    result.sent = True
    return result
