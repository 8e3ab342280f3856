"""The coordinators' digest of partners' changes."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from activiteiten.models import Activity
from sociale_kaart.models import (
    Location,
    Organization,
    Service,
    ServiceClosure,
    ServiceSchedule,
)
from sociale_kaart.verification import organizations_stale

from ..constants import ChangeStatus
from ..models import DigestRun, PendingChange
from .mail import absolute_url, send_after_commit

#: Whose partner-made history rows the digest lists.
DIGEST_MODELS = (
    Organization,
    Location,
    Service,
    ServiceSchedule,
    ServiceClosure,
    Activity,
)


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


def _describe(record) -> None:
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
    instance = record.instance
    if isinstance(instance, Organization | Service):
        record.label = record.name
    elif isinstance(instance, Activity):
        record.label = gettext("activiteit %(title)s") % {"title": record.title}
    elif isinstance(instance, ServiceSchedule | ServiceClosure):
        service = Service.objects.filter(pk=record.service_id).first()
        record.label = gettext("%(offer)s, %(what)s %(period)s") % {
            "offer": service.name if service else "-",
            "what": instance._meta.verbose_name,
            "period": instance,
        }
    else:
        record.label = str(instance)


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

    Covers history rows of ``DIGEST_MODELS`` (organisations, locations,
    offers with their weekly periods and closures, activities) made by
    non-staff users after the last DigestRun's ``period_end`` (UTC) up to
    now, the changes partners proposed in that period that still wait for
    approval, plus the number of all waiting changes and of stale
    organisations. Nothing new: no mail and no run recorded, so running it
    again (or twice a day) sends nothing twice. With ``dry_run`` nothing is
    sent or recorded.
    """
    now = timezone.now()
    last = DigestRun.objects.select_for_update().order_by("-period_end").first()
    since = last.period_end if last else None
    records = []
    for model in DIGEST_MODELS:
        history = model.history.filter(
            history_date__lte=now,
            history_user__isnull=False,
            history_user__is_staff=False,
        ).select_related("history_user")
        if since:
            history = history.filter(history_date__gt=since)
        records.extend(history)
    records.sort(key=lambda record: record.history_date)
    for record in records:
        _describe(record)
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
    send_after_commit(
        template="digest",
        context={
            "records": records,
            "proposed": proposed,
            "total": len(records) + len(proposed),
            "pending_count": pending_count,
            "pending_url": absolute_url(
                reverse("admin:partners_pendingchange_changelist")
                + "?status__exact=pending"
            ),
            "stale_count": organizations_stale().count(),
            "stale_url": absolute_url(
                reverse("admin:sociale_kaart_organization_changelist") + "?controle=due"
            ),
        },
        recipients=recipients,
    )
    DigestRun.objects.create(
        period_start=since, period_end=now, change_count=len(records) + len(proposed)
    )
    result.sent = True
    return result
