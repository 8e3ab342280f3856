"""Referral to a partner organisation and the partner's answers.

Partners without an account answer through the signed link in their mail
(``meldpunt.views.partner_referral``); referral handlers with an account answer
in the partner area (``meldpunt.partner.views``). Every answer goes through
these functions; ``user`` is the handler who acted (None for the signed link),
so the report's history names the person as well as the organisation.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sociale_kaart.models import Organization

from ..constants import KnowsAboutReport, NoteKind, ReferralStatus, ReportStatus
from ..models import Note, Referral, Report
from ..workflow import InvalidTransition, check_transition, referral_steps
from .workflow import report_transition


@transaction.atomic
def report_refer(
    *,
    report_id: int,
    organization: Organization,
    user,
    note: str = "",
    informed_in_person: bool = False,
) -> Referral:
    """Refer a report to ``organization`` and queue its mail with the link.

    A report in triage is referred at once; a new, waiting or reopened one is
    first taken into triage (``workflow.referral_steps``): two StatusChanges,
    both naming ``user``. Raises InvalidTransition (nothing written) when the
    report is in a status that allows no referral. With
    ``informed_in_person`` the history note records that the coordinator told
    the organisation themselves (for one without any e-mail address).
    """
    status = Report.objects.select_for_update().get(pk=report_id).status
    steps = referral_steps(status)
    if not steps:
        check_transition(status, ReportStatus.REFERRED)
    told = (
        " "
        + _("De coördinator heeft %(partner)s zelf ingelicht (geen e-mail).")
        % {"partner": organization.name}
        if informed_in_person
        else ""
    )
    if ReportStatus.TRIAGE in steps:
        report_transition(
            report_id=report_id,
            to_status=ReportStatus.TRIAGE,
            user=user,
            note=_("In behandeling genomen om door te verwijzen."),
        )
    report = report_transition(
        report_id=report_id,
        to_status=ReportStatus.REFERRED,
        user=user,
        note=_("Doorverwezen naar %(partner)s.") % {"partner": organization.name}
        + (" " + note.strip() if note.strip() else "")
        + told,
    )
    report.partner = organization
    report.save(update_fields=["partner", "updated_at"])
    referral = Referral.objects.create(
        report=report, organization=organization, referred_by=user, note=note.strip()
    )
    from ..notifications import notify_partner_referral

    notify_partner_referral(referral.pk)
    return referral


def _lock_current(referral_id: int, allowed: tuple[str, ...]) -> Referral:
    referral = (
        Referral.objects.select_for_update()
        .select_related("report", "organization")
        .get(pk=referral_id)
    )
    report = referral.report
    if (
        referral.status not in allowed
        or report.partner_id != referral.organization_id
        or report.status not in (ReportStatus.REFERRED, ReportStatus.IN_CONTACT)
    ):
        raise InvalidTransition(
            _(
                "Deze doorverwijzing is niet meer open. Neem contact op met het "
                "meldpunt als u denkt dat dit niet klopt."
            )
        )
    return referral


def _partner_note(referral: Referral, text: str, user=None) -> None:
    Note.objects.create(
        report=referral.report, kind=NoteKind.SYSTEM, author=user, text=text
    )


@transaction.atomic
def referral_accept(*, referral_id: int, user=None) -> Referral:
    """The partner takes the report on; the report stays "referred" until contact.

    Leaves a system note (author ``user``). Raises InvalidTransition when the
    referral is no longer open.
    """
    referral = _lock_current(referral_id, (ReferralStatus.PENDING,))
    referral.status = ReferralStatus.ACCEPTED
    referral.responded_at = timezone.now()
    referral.save(update_fields=["status", "responded_at"])
    _partner_note(
        referral,
        _("%(partner)s heeft de doorverwijzing aangenomen.")
        % {"partner": referral.organization.name},
        user,
    )
    return referral


@transaction.atomic
def referral_decline(*, referral_id: int, reason: str, user=None) -> Referral:
    """The partner declines with a reason; the report returns to triage.

    Raises InvalidTransition when ``reason`` is empty or the referral is no
    longer open.
    """
    if not reason.strip():
        raise InvalidTransition(_("Schrijf waarom u de melding niet kunt oppakken."))
    referral = _lock_current(
        referral_id, (ReferralStatus.PENDING, ReferralStatus.ACCEPTED)
    )
    report_transition(
        report_id=referral.report_id,
        to_status=ReportStatus.TRIAGE,
        user=user,
        actor_label=referral.organization.name,
        note=_("Afgewezen door de partner: %(reason)s") % {"reason": reason.strip()},
    )
    # report_transition marked the referral withdrawn; record it as declined.
    referral.refresh_from_db()
    referral.status = ReferralStatus.DECLINED
    referral.decline_reason = reason.strip()
    referral.responded_at = timezone.now()
    referral.save(update_fields=["status", "decline_reason", "responded_at"])
    return referral


def _acting(referral: Referral, user=None) -> str:
    """Who acted, for a note: "Fenna de Vries (Welzijn Lansingerland)", or the
    organisation alone for the signed link."""
    if user is None:
        return referral.organization.name
    name = user.get_full_name() or user.get_username()
    return f"{name} ({referral.organization.name})"


@transaction.atomic
def referral_record_contact(
    *,
    referral_id: int,
    person_informed: bool | None,
    data_holder: str = "",
    user=None,
) -> Referral:
    """The partner made contact or updates what they recorded about it.

    The first time the report goes from referred to in-contact (first contact
    recorded); every later call keeps it in contact. Each call leaves a system
    note (author ``user``) that names who acted and what they recorded.
    ``person_informed``: True when the person concerned now knows about the
    report (``knows_about_report`` yes, ``informed_at`` now unless already
    informed), False when they don't yet (``knows_about_report`` no), None
    when not asked (left as it is); ``data_holder``: who holds their data, as
    told to them (stored only when given). Raises InvalidTransition when the
    referral is no longer open.
    """
    referral = _lock_current(
        referral_id, (ReferralStatus.PENDING, ReferralStatus.ACCEPTED)
    )
    if referral.report.status == ReportStatus.REFERRED:
        report_transition(
            report_id=referral.report_id,
            to_status=ReportStatus.IN_CONTACT,
            user=user,
            actor_label=referral.organization.name,
            note=_("Contact gelegd door de partner."),
        )
        text = _("%(who)s heeft contact vastgelegd.")
    else:
        text = _("%(who)s heeft het contact bijgewerkt.")
    text %= {"who": _acting(referral, user)}
    referral.status = ReferralStatus.ACCEPTED
    referral.responded_at = referral.responded_at or timezone.now()
    referral.save(update_fields=["status", "responded_at"])
    concerned = getattr(referral.report, "person_concerned", None)
    if concerned is not None and person_informed is not None:
        # The reporter's answer at intake ("weet ik niet") no longer holds.
        if person_informed:
            if concerned.knows_about_report != KnowsAboutReport.YES:
                concerned.informed_at = timezone.now()
            concerned.knows_about_report = KnowsAboutReport.YES
            text += " " + _("De persoon weet nu van de melding.")
        else:
            concerned.knows_about_report = KnowsAboutReport.NO
            concerned.informed_at = None
            text += " " + _("De persoon weet nog niet van de melding.")
        fields = ["knows_about_report", "informed_at"]
        if data_holder.strip():
            concerned.data_holder = data_holder.strip()[:200]
            fields.append("data_holder")
            text += " " + _("Gegevens bij: %(holder)s.") % {
                "holder": concerned.data_holder
            }
        concerned.save(update_fields=fields)
    _partner_note(referral, text, user)
    return referral


@transaction.atomic
def referral_report_outcome(
    *, referral_id: int, outcome: str, note: str, user=None
) -> Referral:
    """The partner reports the outcome: the report is closed with it.

    Raises InvalidTransition without a note or outside the allowed statuses.
    """
    referral = _lock_current(
        referral_id, (ReferralStatus.PENDING, ReferralStatus.ACCEPTED)
    )
    report = referral.report
    if report.status == ReportStatus.REFERRED:
        referral_record_contact(
            referral_id=referral_id, person_informed=None, user=user
        )
    report_transition(
        report_id=report.pk,
        to_status=ReportStatus.CLOSED,
        user=user,
        actor_label=referral.organization.name,
        outcome=outcome,
        note=note,
    )
    Referral.objects.filter(pk=referral.pk).update(status=ReferralStatus.COMPLETED)
    referral.refresh_from_db()
    return referral


def referral_is_usable(referral: Referral) -> bool:
    """True while the partner may still act on this referral through its link."""
    report = referral.report
    return (
        referral.status in (ReferralStatus.PENDING, ReferralStatus.ACCEPTED)
        and report.partner_id == referral.organization_id
        and report.status in (ReportStatus.REFERRED, ReportStatus.IN_CONTACT)
    )
