"""Intake: every report goes in through ``report_submit``."""

import datetime as dt
import secrets

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..constants import (
    REFERENCE_ALPHABET,
    REFERENCE_LENGTH,
    ReportChannel,
    ReportKind,
    ReportStatus,
)
from ..deadlines import add_working_days
from ..models import PersonConcerned, Report, Reporter, StatusChange


def _new_reference() -> str:
    while True:
        reference = "".join(
            secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH)
        )
        if not Report.objects.filter(reference=reference).exists():
            return reference


def new_submission_token() -> str:
    """A one-time token put in each new form, so a resend is recognised."""
    return secrets.token_urlsafe(24)


@transaction.atomic
def report_submit(
    *,
    kind: str,
    message: str,
    kern: str = "",
    name: str = "",
    email: str = "",
    phone: str = "",
    callback_daypart: str = "",
    organisation: str = "",
    channel: str = ReportChannel.WEB,
    privacy_consent: bool,
    share_with_partner: bool = False,
    signs: list[str] | None = None,
    person: dict | None = None,
    submission_token: str | None = None,
    received_at: dt.datetime | None = None,
    entered_by=None,
) -> Report:
    """Store one report, its reporter (when any contact detail is given) and,
    for a worry, the person concerned; all in one transaction.

    ``phone`` must already be normalised (``meldpunt.validators.normalize_phone``);
    ``email`` is stored lower-case, so ``Jan@Example.nl`` and ``jan@example.nl``
    are the same reporter. ``callback_daypart`` (a ``CallbackDaypart`` value,
    or "") asks to be called back on ``phone``. ``person`` holds
    PersonConcerned fields (name,
    address, kern, relation, knows_about_report) and is ignored unless
    ``kind`` is a concern. ``received_at`` (aware, default now) is set by
    coordinators entering a phone report. First contact is due
    MELDPUNT_FIRST_CONTACT_WORKING_DAYS working days after the local receipt
    date (Europe/Amsterdam, Dutch public holidays excluded).

    When ``submission_token`` was used before, the earlier report is returned
    and nothing is stored or mailed again. New reports queue mail to the
    coordinators and the reporter in the same transaction (delivered later).

    Raises ValueError when ``privacy_consent`` is false, and
    django.core.exceptions.ValidationError when a field does not validate.
    """
    if not privacy_consent:
        raise ValueError("A report needs consent to the privacy statement.")
    if submission_token:
        earlier = Report.objects.filter(submission_token=submission_token).first()
        if earlier is not None:
            return earlier
    received_at = received_at or timezone.now()
    report = Report(
        reference=_new_reference(),
        kind=kind,
        message=message,
        kern=kern,
        channel=channel,
        privacy_consent_at=timezone.now(),
        share_with_partner=share_with_partner,
        signs=list(signs or []) if kind == ReportKind.CONCERN else [],
        submission_token=submission_token or None,
        created_at=received_at,
        first_contact_due=add_working_days(
            timezone.localdate(received_at),
            settings.MELDPUNT_FIRST_CONTACT_WORKING_DAYS,
        ),
    )
    # Uniqueness is the database's to enforce (reference and token are
    # unique columns; the token was looked up above): no extra queries here.
    report.full_clean(validate_unique=False)
    try:
        with transaction.atomic():
            report.save()
    except IntegrityError:
        # The same form arrived twice at the same moment: the other request won.
        if submission_token:
            return Report.objects.get(submission_token=submission_token)
        raise
    reporter = None
    if name or email or phone or organisation:
        reporter = Reporter(
            report=report,
            name=name,
            email=email.strip().lower(),
            phone=phone,
            callback_daypart=callback_daypart,
            organisation=organisation,
        )
        # The report was saved just now in this transaction.
        reporter.full_clean(exclude=["report"], validate_unique=False)
        reporter.save()
    if kind == ReportKind.CONCERN and person and any(person.values()):
        concerned = PersonConcerned(report=report, **person)
        concerned.full_clean(exclude=["report"], validate_unique=False)
        concerned.save()
    StatusChange.objects.create(
        report=report,
        from_status="",
        to_status=ReportStatus.NEW,
        changed_by=entered_by,
        actor_label="" if entered_by else "website",
        created_at=received_at,
    )
    from ..notifications import notify_new_report

    # Queued in this transaction: the report and its mails are kept together.
    notify_new_report(report, reporter)
    return report
