"""Mails of the meldpunt, stored in the shared mail queue (lansingerland.mail).

Nothing is sent inside the request: ``manage.py send_queued_mail`` delivers
and retries, so a report is never lost or blocked by a refusing or hanging
mail server. Call these functions inside the transaction that stores the
change: the mail is kept or rolled back with it.

Subjects are built with gettext placeholders, never through a template, so
``&``, ``'`` and ``<`` arrive as typed; text bodies turn autoescape off.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from post_office.models import Email

from lansingerland.constants import COORDINATOR_GROUP
from lansingerland.mail import mail_queue
from sociale_kaart.models import Organization

from .models import Referral, Report, Reporter
from .partner.selectors import referral_handler_emails
from .tokens import partner_token, reporter_token


def mask_email(email: str) -> str:
    """``anna.devries@example.nl`` → ``a***@example.nl``."""
    if "@" not in email:
        return ""
    local, domain = email.split("@", 1)
    return f"{local[:1]}***@{domain}"


def mask_phone(phone: str) -> str:
    """``+31612345678`` → ``******5678`` (only the last four digits stay)."""
    return "******" + phone[-4:] if len(phone) > 4 else ""


def absolute_url(path: str) -> str:
    """``path`` on the public site (SITE_URL)."""
    return settings.SITE_URL.rstrip("/") + path


def queue_mail(*, to: list[str], subject: str, template: str, context: dict) -> Email:
    """Queue one plain-text mail to all of ``to`` (never sent in the request).

    ``subject`` is used as is (newlines removed); ``template`` is a text
    template under ``templates/meldpunt/mail/``. Returns the queued Email.
    """
    body = render_to_string(f"meldpunt/mail/{template}", context)
    [email] = mail_queue(recipients=to, subject=subject, body=body, separately=False)
    return email


def coordinator_addresses() -> list[str]:
    """E-mail addresses of active coordinators plus MELDPUNT_COORDINATOR_EMAILS."""
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=COORDINATOR_GROUP)
        .exclude(email="")
    )
    addresses = {u.email for u in users} | set(settings.MELDPUNT_COORDINATOR_EMAILS)
    return sorted(addresses)


def notify_new_report(report: Report, reporter: Reporter | None) -> None:
    """Coordinators: a new report arrived (no personal details, no message text).

    Reporter with an e-mail address: confirmation with the reference, masked
    contact data and the status link; never the text about the person concerned.
    ``report`` and its ``reporter`` (None without contact details) are the
    objects just stored, so nothing is read back.
    """
    context = {
        "report": report,
        "received_at": timezone.localtime(report.created_at),
        "admin_url": absolute_url(
            reverse("admin:meldpunt_report_change", args=[report.pk])
        ),
    }
    recipients = coordinator_addresses()
    if recipients:
        queue_mail(
            to=recipients,
            subject=_("Nieuwe melding %(reference)s: %(kind)s")
            % {
                "reference": report.formatted_reference,
                "kind": report.get_kind_display(),
            },
            template="new_report_coordinators.txt",
            context=context,
        )
    if reporter and reporter.email:
        context |= {
            "masked_email": mask_email(reporter.email),
            "masked_phone": mask_phone(reporter.phone),
            "status_url": absolute_url(
                reverse(
                    "meldpunt:report_status", args=[reporter_token(report.reference)]
                )
            ),
            "working_days": settings.MELDPUNT_FIRST_CONTACT_WORKING_DAYS,
        }
        queue_mail(
            to=[reporter.email],
            subject=_("Wij hebben uw melding ontvangen (kenmerk %(reference)s)")
            % {"reference": report.formatted_reference},
            template="confirmation_reporter.txt",
            context=context,
        )


def referral_context(referral: Referral, *, partner_area: bool = False) -> dict:
    """What the partner's mail and the preview show: link, reference, no names.

    ``partner_area``: link to the referral in the partner area (login with a
    second factor) instead of the signed link that needs no login.
    """
    context = {
        "referral": referral,
        "report": referral.report,
        "link_days": settings.MELDPUNT_PARTNER_LINK_DAYS,
    }
    if partner_area:
        context["area_url"] = absolute_url(
            reverse("partners:referral_detail", args=[referral.pk])
        )
    else:
        context["partner_url"] = absolute_url(
            reverse("meldpunt:partner_referral", args=[partner_token(referral.pk)])
        )
    return context


@dataclass(frozen=True)
class ReferralRecipients:
    """Who gets the mail about a referral to an organisation.

    ``handlers``: e-mail addresses of its active referral handlers (sorted);
    ``organization``: its own address, "" when it has none.
    """

    handlers: tuple[str, ...]
    organization: str

    @property
    def addresses(self) -> list[str]:
        """Every address, sorted, without doubles; empty when nobody is mailed."""
        return sorted(set(self.handlers) | {self.organization} - {""})


def referral_recipients(organization: Organization) -> ReferralRecipients:
    """The recipients of ``notify_partner_referral`` for ``organization``; the
    coordinator's confirmation after referring names the same people."""
    return ReferralRecipients(
        handlers=tuple(referral_handler_emails(organization)),
        organization=organization.email or "",
    )


def notify_partner_referral(referral_id: int) -> None:
    """Mail the partner that a report was referred to it.

    When the organisation has active referral handlers, the mail goes to them
    and to the organisation's address with a link to the partner area only:
    the signed link would open the personal data without their login and
    second factor. Otherwise the organisation's address gets the signed,
    time-limited link. Nothing is sent when there is no address at all
    (``referral_recipients``).
    """
    referral = Referral.objects.select_related("report", "organization").get(
        pk=referral_id
    )
    organization = referral.organization
    recipients = referral_recipients(organization)
    if not recipients.addresses:
        return
    queue_mail(
        to=recipients.addresses,
        subject=_("Samen aan zet: melding %(reference)s doorverwezen naar %(partner)s")
        % {
            "reference": referral.report.formatted_reference,
            "partner": organization.name,
        },
        template="referral_partner.txt",
        context=referral_context(referral, partner_area=bool(recipients.handlers)),
    )


def status_mail_parts(report: Report, message: str) -> tuple[str, str]:
    """Subject and body of a status mail to the reporter (also used as preview)."""
    subject = _("Nieuws over uw melding %(reference)s") % {
        "reference": report.formatted_reference
    }
    body = render_to_string(
        "meldpunt/mail/status_reporter.txt",
        {
            "report": report,
            "message": message,
            "status_url": absolute_url(
                reverse(
                    "meldpunt:report_status", args=[reporter_token(report.reference)]
                )
            ),
        },
    )
    return subject, body


def notify_reporter_status(report_id: int, message: str) -> None:
    """Status mail to the reporter, only sent when the coordinator ticked it."""
    report = Report.objects.select_related("reporter").get(pk=report_id)
    reporter = getattr(report, "reporter", None)
    if not (reporter and reporter.email):
        return
    subject, _body = status_mail_parts(report, message)
    queue_mail(
        to=[reporter.email],
        subject=subject,
        template="status_reporter.txt",
        context={
            "report": report,
            "message": message,
            "status_url": absolute_url(
                reverse(
                    "meldpunt:report_status", args=[reporter_token(report.reference)]
                )
            ),
        },
    )
