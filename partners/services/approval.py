"""The one approval queue: partners' edits that wait for a coordinator.

Each domain registers, in its ``AppConfig.ready``, how a pending change of
its targets is applied and shown to a coordinator
(``register_pending_applier``). This module knows no domain: it locks the
PendingChange, calls the registered applier, records the decision and mails
the partner; the admin asks the registered kind for a change's subject and
comparison.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..constants import ChangeStatus
from ..models import PartnerSettings, PendingChange
from .mail import send_after_commit

PendingApplier = Callable[..., models.Model]


def _unannotated(queryset: models.QuerySet) -> models.QuerySet:
    return queryset


@dataclass(frozen=True)
class PendingKind:
    """How a domain handles pending changes of one ChangeTarget.

    ``apply(change=..., reviewer=...)`` is called inside the approval's
    transaction, re-validates ``change.data``, saves (or creates) the object
    with history naming ``change.submitted_by``, and returns it; it raises
    ValidationError (nothing saved) when the data no longer fit.
    ``subject(change)`` is the plain text naming what the change is about,
    ``comparison(change)`` the escaped HTML of "nu → voorgesteld", and
    ``annotate(queryset)`` adds what ``subject`` reads to the admin's list
    query, so the list needs no query per row.
    """

    apply: PendingApplier
    subject: Callable[[PendingChange], str]
    comparison: Callable[[PendingChange], str]
    annotate: Callable[[models.QuerySet], models.QuerySet] = _unannotated


#: How pending changes are applied and shown, by ChangeTarget.
PENDING_KINDS: dict[str, PendingKind] = {}


def register_pending_applier(
    target: str,
    applier: PendingApplier,
    *,
    subject: Callable[[PendingChange], str],
    comparison: Callable[[PendingChange], str],
    annotate: Callable[[models.QuerySet], models.QuerySet] = _unannotated,
) -> None:
    """``applier`` approves pending changes of ``target`` (a ChangeTarget);
    ``subject``, ``comparison`` and ``annotate`` show them (see PendingKind)."""
    PENDING_KINDS[target] = PendingKind(
        apply=applier, subject=subject, comparison=comparison, annotate=annotate
    )


def pending_kind(change: PendingChange) -> PendingKind:
    """The registered kind of ``change.target``; KeyError when none is."""
    return PENDING_KINDS[change.target]


def pending_changes_annotated(queryset: models.QuerySet) -> models.QuerySet:
    """``queryset`` of PendingChange with every kind's list annotations."""
    for kind in PENDING_KINDS.values():
        queryset = kind.annotate(queryset)
    return queryset


def needs_approval(organization: models.Model) -> bool:
    """True when a coordinator approves ``organization``'s partner edits first."""
    return PartnerSettings.objects.filter(
        organization=organization, changes_need_approval=True
    ).exists()


@transaction.atomic
def pending_change_approve(
    *, change: PendingChange, user: AbstractBaseUser
) -> PendingChange:
    """Apply a pending change and mark it approved by coordinator ``user``.

    The applier registered for ``change.target`` saves the change; the
    history row names the partner who proposed it. Raises ValueError when it
    is no longer pending, ValidationError (change stays pending) when the
    values are no longer valid.
    """
    change = PendingChange.objects.select_for_update().get(pk=change.pk)
    if change.status != ChangeStatus.PENDING:
        raise ValueError("Only a pending change can be approved.")
    pending_kind(change).apply(change=change, reviewer=user)
    change.status = ChangeStatus.APPROVED
    change.decided_by = user
    change.decided_at = timezone.now()
    change.full_clean()
    change.save()
    _mail_decision(change)
    return change


@transaction.atomic
def pending_change_reject(
    *, change: PendingChange, user: AbstractBaseUser, reason: str = ""
) -> PendingChange:
    """Mark a pending change rejected; nothing is applied. The partner gets a
    mail with ``reason``. Raises ValueError when it is no longer pending."""
    change = PendingChange.objects.select_for_update().get(pk=change.pk)
    if change.status != ChangeStatus.PENDING:
        raise ValueError("Only a pending change can be rejected.")
    change.status = ChangeStatus.REJECTED
    change.decided_by = user
    change.decided_at = timezone.now()
    change.reason = reason
    change.full_clean()
    change.save()
    _mail_decision(change)
    return change


def approved_reason(reviewer: AbstractBaseUser) -> str:
    """The history reason of an approved partner edit: "goedgekeurd door <naam>"."""
    return _("goedgekeurd door %(name)s") % {"name": reviewer.get_username()}


def _mail_decision(change: PendingChange) -> None:
    if change.submitted_by and change.submitted_by.email:
        send_after_commit(
            template="change_decided",
            context={"change": change, "organization": change.organization},
            recipients=[change.submitted_by.email],
        )


def validation_messages(error: ValidationError) -> list[str]:
    """The Dutch messages in ``error``, for a coordinator's admin message."""
    return [str(message) for message in error.messages]
