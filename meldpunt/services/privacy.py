"""Retention and the rights of the people involved (AVG access and erasure)."""

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lansingerland.erasure import personal_data_erase_everywhere
from sociale_kaart.services import place_forget

from ..constants import FINISHED_STATUSES, NoteKind
from ..models import (
    Note,
    PersonalDataAccess,
    PersonConcerned,
    Report,
    Reporter,
    ReportStatistic,
    StatusChange,
)

ANONYMISED_TEXT = "[geanonimiseerd]"


def log_personal_data_access(
    *, report: Report, user=None, actor_label: str = "", action: str = "view"
) -> None:
    """Write one PersonalDataAccess row: who (``user`` or e.g. a partner's name
    in ``actor_label``) saw or exported a report's personal data, now (UTC)."""
    PersonalDataAccess.objects.create(
        report=report, user=user, actor_label=actor_label[:200], action=action
    )


def _erase_copies(report: Report) -> None:
    """Copies of the report's personal data outside its own rows: mails about
    it (by reference) or to its reporter, history, sessions, login logs and
    the cached resolution of a typed address."""
    reporter = Reporter.objects.filter(report=report).first()
    concerned = PersonConcerned.objects.filter(report=report).first()
    full_names = [
        person.name
        for person in (reporter, concerned)
        if person and len(person.name.split()) > 1
    ]
    personal_data_erase_everywhere(
        emails=[reporter.email] if reporter else [],
        texts=[report.reference, report.formatted_reference, *full_names],
    )
    if concerned and concerned.address:
        place_forget(text=concerned.address)


@transaction.atomic
def report_anonymise(*, report_id: int, reason: str, user=None) -> bool:
    """Remove the personal data of one report, keeping the non-personal facts.

    Deletes the Reporter and PersonConcerned rows, replaces the message and
    the texts of notes, status changes and referrals, and adds a system note
    with ``reason``. Copies elsewhere go too (``_erase_copies``): mails in
    the queue and its log, history rows, sessions, cached typed addresses and
    login logs. Safe to repeat: returns False when already anonymised.
    """
    report = Report.objects.select_for_update().get(pk=report_id)
    if report.anonymised_at is not None:
        return False
    _erase_copies(report)
    Reporter.objects.filter(report=report).delete()
    PersonConcerned.objects.filter(report=report).delete()
    report.message = ANONYMISED_TEXT
    report.share_with_partner = False
    report.anonymised_at = timezone.now()
    report.save(update_fields=["message", "share_with_partner", "anonymised_at"])
    Note.objects.filter(report=report).update(text=ANONYMISED_TEXT)
    StatusChange.objects.filter(report=report).exclude(note="").update(
        note=ANONYMISED_TEXT
    )
    report.referrals.update(note="", decline_reason="")
    Note.objects.create(report=report, kind=NoteKind.SYSTEM, author=user, text=reason)
    return True


@transaction.atomic
def report_delete_keeping_statistic(*, report_id: int) -> ReportStatistic:
    """Delete a report and everything attached (its mails and other copies
    too), leaving a ReportStatistic row."""
    report = Report.objects.select_for_update().get(pk=report_id)
    _erase_copies(report)
    statistic = ReportStatistic.objects.create(
        kind=report.kind,
        kern=report.kern,
        channel=report.channel,
        status=report.status,
        outcome=report.outcome,
        cancel_reason=report.cancel_reason,
        partner=report.partner,
        received_at=report.created_at,
        first_contact_due=report.first_contact_due,
        first_contact_at=report.first_contact_at,
        closed_at=report.closed_at,
    )
    report.delete()
    return statistic


def retention_due(*, now: dt.datetime | None = None) -> tuple[list[int], list[int]]:
    """Ids of finished reports due for anonymisation and for deletion at ``now``.

    A report closed or cancelled at least MELDPUNT_ANONYMISE_AFTER_DAYS days
    (exactly that many counts) before ``now`` is anonymised; at least
    MELDPUNT_DELETE_AFTER_DAYS days before, deleted.
    """
    now = now or timezone.now()
    finished = Report.objects.filter(status__in=FINISHED_STATUSES)
    anonymise_before = now - dt.timedelta(days=settings.MELDPUNT_ANONYMISE_AFTER_DAYS)
    delete_before = now - dt.timedelta(days=settings.MELDPUNT_DELETE_AFTER_DAYS)
    to_delete = list(
        finished.filter(closed_at__lte=delete_before).values_list("pk", flat=True)
    )
    to_anonymise = list(
        finished.filter(closed_at__lte=anonymise_before, anonymised_at__isnull=True)
        .exclude(pk__in=to_delete)
        .values_list("pk", flat=True)
    )
    return to_anonymise, to_delete


def retention_run(*, now: dt.datetime | None = None, dry_run: bool = False) -> dict:
    """Apply the retention schedule; returns ``{"anonymised": n, "deleted": m}``.

    With ``dry_run`` nothing changes and the counts say what would happen.
    """
    to_anonymise, to_delete = retention_due(now=now)
    if dry_run:
        return {"anonymised": len(to_anonymise), "deleted": len(to_delete)}
    reason = _(
        "Persoonsgegevens geanonimiseerd volgens de bewaartermijn (%(days)s dagen "
        "na afsluiten)."
    ) % {"days": settings.MELDPUNT_ANONYMISE_AFTER_DAYS}
    anonymised = sum(
        report_anonymise(report_id=pk, reason=reason) for pk in to_anonymise
    )
    for pk in to_delete:
        report_delete_keeping_statistic(report_id=pk)
    return {"anonymised": anonymised, "deleted": len(to_delete)}


def person_export(*, reports: list[Report], user) -> list[dict]:
    """Everything held about a person in ``reports`` (AVG access request).

    Returns one dict per report with local (Europe/Amsterdam) ISO times; each
    report gets a system note and an access-log row.
    """
    rows = []
    for report in reports:
        reporter = getattr(report, "reporter", None)
        concerned = getattr(report, "person_concerned", None)
        rows.append(
            {
                "kenmerk": report.formatted_reference,
                "soort": str(report.get_kind_display()),
                "status": str(report.get_status_display()),
                "ontvangen_op": timezone.localtime(report.created_at).isoformat(),
                "kern": str(report.get_kern_display()),
                "bericht": report.message,
                "melder": {
                    "naam": reporter.name,
                    "e-mailadres": reporter.email,
                    "telefoonnummer": reporter.phone,
                    "organisatie": reporter.organisation,
                }
                if reporter
                else None,
                "betrokkene": {
                    "naam": concerned.name,
                    "adres": concerned.address,
                    "relatie": concerned.relation,
                }
                if concerned
                else None,
                "delen_met_partner": report.share_with_partner,
                "partner": report.partner.name if report.partner else "",
            }
        )
        Note.objects.create(
            report=report,
            kind=NoteKind.SYSTEM,
            author=user,
            text=_("Gegevens uitgegeven op een inzageverzoek (AVG)."),
        )
        log_personal_data_access(report=report, user=user, action="export")
    return rows


def person_erase(*, reports: list[Report], user) -> int:
    """Erase a person's data from ``reports`` (AVG erasure); returns how many."""
    reason = _("Persoonsgegevens gewist op een verzoek tot verwijdering (AVG).")
    return sum(
        report_anonymise(report_id=r.pk, reason=reason, user=user) for r in reports
    )
