"""Writes to the meldpunt: every report goes in through these functions."""

import secrets

from django.db import transaction
from django.utils import timezone

from .constants import REFERENCE_ALPHABET, REFERENCE_LENGTH, ReportChannel
from .models import Report, Reporter


def _new_reference() -> str:
    while True:
        reference = "".join(
            secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH)
        )
        if not Report.objects.filter(reference=reference).exists():
            return reference


@transaction.atomic
def report_submit(
    *,
    kind: str,
    message: str,
    kern: str = "",
    name: str = "",
    email: str = "",
    phone: str = "",
    channel: str = ReportChannel.WEB,
    privacy_consent: bool,
) -> Report:
    """Store one report and, when any contact detail is given, its reporter.

    Both rows are written in one transaction, so a report is never stored half.
    ``phone`` must already be normalised (``meldpunt.validators.normalize_phone``).
    The consent time is recorded in UTC.

    Raises ValueError when ``privacy_consent`` is false: the server never
    stores a report whose sender did not agree to the privacy statement, and
    django.core.exceptions.ValidationError when a field does not validate.
    """
    if not privacy_consent:
        raise ValueError("A report needs consent to the privacy statement.")
    report = Report(
        reference=_new_reference(),
        kind=kind,
        message=message,
        kern=kern,
        channel=channel,
        privacy_consent_at=timezone.now(),
    )
    report.full_clean()
    report.save()
    if name or email or phone:
        reporter = Reporter(report=report, name=name, email=email.lower(), phone=phone)
        reporter.full_clean()
        reporter.save()
    return report
