"""Status changes, assignment, notes and duplicates: the one enforcing service."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..constants import CancelReason, NoteKind, ReferralStatus, ReportStatus
from ..models import Note, Report, StatusChange
from ..workflow import NOTE_REQUIRED, InvalidTransition, check_transition


@transaction.atomic
def report_transition(
    *,
    report_id: int,
    to_status: str,
    user=None,
    actor_label: str = "",
    note: str = "",
    outcome: str = "",
    cancel_reason: str = "",
    duplicate_of: Report | None = None,
    notify_reporter: bool = False,
    reporter_message: str = "",
) -> Report:
    """Move a report to ``to_status`` following ``meldpunt.workflow.TRANSITIONS``.

    Locks the row (select_for_update), writes one StatusChange (who: ``user``
    or ``actor_label`` such as a partner; UTC time) and, when
    ``notify_reporter`` is set, queues a mail to the reporter. Closing needs
    an ``outcome`` and a note, reopening a note, cancelling a ``cancel_reason``.
    Moving to in-contact records first contact (once). Going back to triage or
    cancelling withdraws an open referral.

    Raises InvalidTransition (Dutch message) for anything the table or these
    rules refuse; nothing is written then.
    """
    report = Report.objects.select_for_update().get(pk=report_id)
    from_status = report.status
    check_transition(from_status, to_status)
    note = note.strip()
    if to_status in NOTE_REQUIRED and not note:
        raise InvalidTransition(
            _("Schrijf een toelichting bij het afsluiten of heropenen.")
        )
    now = timezone.now()
    if to_status == ReportStatus.CLOSED:
        if not outcome:
            raise InvalidTransition(_("Kies een uitkomst om de melding af te sluiten."))
        report.outcome = outcome
        report.closed_at = now
    elif to_status == ReportStatus.CANCELLED:
        if not cancel_reason:
            raise InvalidTransition(_("Kies waarom de melding wordt geannuleerd."))
        if cancel_reason == CancelReason.DUPLICATE:
            if duplicate_of is None or duplicate_of.pk == report.pk:
                raise InvalidTransition(
                    _("Geef het kenmerk van de melding waarvan dit een dubbele is.")
                )
            report.duplicate_of = duplicate_of
        report.cancel_reason = cancel_reason
        report.closed_at = now
    elif to_status == ReportStatus.REOPENED:
        report.outcome = ""
        report.cancel_reason = ""
        report.closed_at = None
    elif to_status == ReportStatus.IN_CONTACT and report.first_contact_at is None:
        report.first_contact_at = now
    if to_status in (ReportStatus.TRIAGE, ReportStatus.CANCELLED):
        report.referrals.filter(
            status__in=[ReferralStatus.PENDING, ReferralStatus.ACCEPTED]
        ).update(status=ReferralStatus.WITHDRAWN, responded_at=now)
    if to_status == ReportStatus.TRIAGE:
        report.partner = None
    report.status = to_status
    report.full_clean()
    report.save()
    StatusChange.objects.create(
        report=report,
        from_status=from_status,
        to_status=to_status,
        note=note,
        changed_by=user,
        actor_label=actor_label,
        created_at=now,
    )
    if notify_reporter:
        from ..notifications import notify_reporter_status

        notify_reporter_status(report.pk, reporter_message.strip())
    return report


@transaction.atomic
def report_assign(*, report_id: int, assignee, user) -> Report:
    """Assign a report to a coordinator (``assignee`` None: unassign); leaves a note.

    Raises InvalidTransition (Dutch message) when ``assignee`` is not an
    active staff user: partner accounts never hold a report.
    """
    if assignee is not None and not (assignee.is_staff and assignee.is_active):
        raise InvalidTransition(
            _("Een melding kan alleen aan een coördinator worden toegewezen.")
        )
    report = Report.objects.select_for_update().get(pk=report_id)
    if report.assigned_to_id == (assignee.pk if assignee else None):
        return report
    report.assigned_to = assignee
    report.save(update_fields=["assigned_to", "updated_at"])
    Note.objects.create(
        report=report,
        kind=NoteKind.SYSTEM,
        author=user,
        text=_("Toegewezen aan %(name)s.")
        % {"name": assignee.get_username() if assignee else _("niemand")},
    )
    return report


@transaction.atomic
def report_record_first_contact(*, report_id: int, user) -> Report:
    """Record that first contact was made now (UTC); it ends the overdue state."""
    report = Report.objects.select_for_update().get(pk=report_id)
    if report.first_contact_at is None:
        report.first_contact_at = timezone.now()
        report.save(update_fields=["first_contact_at", "updated_at"])
        Note.objects.create(
            report=report,
            kind=NoteKind.SYSTEM,
            author=user,
            text=_("Eerste contact vastgelegd."),
        )
    return report


def report_add_note(
    *, report_id: int, text: str, user, kind: str = NoteKind.INTERNAL
) -> Note:
    """Add an internal note; raises InvalidTransition for an empty text."""
    if not text.strip():
        raise InvalidTransition(_("Een notitie mag niet leeg zijn."))
    note = Note(report_id=report_id, text=text.strip(), author=user, kind=kind)
    note.full_clean()
    note.save()
    return note


@transaction.atomic
def report_link_duplicate(*, report_id: int, duplicate_of: Report, user) -> Report:
    """Mark a report as a duplicate of another (e.g. two neighbours, one person).

    Leaves a note on both reports; does not change either status. Raises
    InvalidTransition when a report is linked to itself.
    """
    report = Report.objects.select_for_update().get(pk=report_id)
    if duplicate_of.pk == report.pk:
        raise InvalidTransition(_("Een melding kan geen dubbele van zichzelf zijn."))
    report.duplicate_of = duplicate_of
    report.save(update_fields=["duplicate_of", "updated_at"])
    for one, other in ((report, duplicate_of), (duplicate_of, report)):
        Note.objects.create(
            report=one,
            kind=NoteKind.SYSTEM,
            author=user,
            text=_("Gekoppeld als dubbele melding aan %(reference)s.")
            % {"reference": other.formatted_reference},
        )
    return report
