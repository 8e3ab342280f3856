"""Outgoing mail: one persistent queue (django-post-office) for every app.

A mail is stored in the queue (``post_office.Email``, status ``queued``) in
the caller's transaction and delivered later by ``manage.py send_queued_mail``
(production: cron, see docs/deployment.md; ``make run``: ``deliver_mail``
running beside runserver). A request never talks to the mail server, so a
refusing or hanging server never blocks or fails it; failed deliveries are
retried (``POST_OFFICE["MAX_RETRIES"]`` times, ``RETRY_INTERVAL`` apart), and
each SMTP connection gives up after ``EMAIL_TIMEOUT`` seconds.

Queue a mail in the same transaction as the record that says it was sent
(a digest run, a verification request): both are kept or neither is.
"""

from collections.abc import Iterable
from email.errors import HeaderDefect
from email.headerregistry import Address

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from post_office import mail
from post_office.models import Email
from post_office.validators import validate_comma_separated_emails

#: RFC 5321: the longest address an SMTP server must accept (the 256-octet
#: path minus its angle brackets) and the longest local part.
EMAIL_MAX_LENGTH = 254
LOCAL_PART_MAX_LENGTH = 64


def validate_deliverable_email(value: str) -> None:
    """Refuse an address the mail queue could not deliver to.

    Stricter than Django's EmailValidator: at most 254 characters (local part
    at most 64), no comma or angle brackets (the queue stores a comma-separated
    list), and Python's mail library must read it without defects (no control
    characters, no non-ASCII local part). Raises ValidationError (code
    ``undeliverable``) with a Dutch message; an empty value passes (``blank``).
    """
    if not value:
        return
    message = _(
        "Dit e-mailadres kunnen wij niet gebruiken. Vul een e-mailadres in zoals "
        "naam@voorbeeld.nl (hoogstens 254 tekens)."
    )
    if len(value) > EMAIL_MAX_LENGTH or any(c in value for c in ",<>"):
        raise ValidationError(message, code="undeliverable")
    try:
        validate_email(value)
        validate_comma_separated_emails([value])
        address = Address(addr_spec=value)
    except (ValidationError, ValueError, IndexError, HeaderDefect):
        raise ValidationError(message, code="undeliverable") from None
    if len(address.username) > LOCAL_PART_MAX_LENGTH or any(
        ord(c) < 32 or ord(c) == 127 for c in value
    ):
        raise ValidationError(message, code="undeliverable")


def mail_queue(
    *, recipients: Iterable[str], subject: str, body: str, separately: bool = True
) -> list[Email]:
    """Queue a plain-text mail; nothing is sent inside the request.

    ``subject`` loses its newlines; every mail has ``Reply-To:
    settings.COALITION_EMAIL`` and comes from ``DEFAULT_FROM_EMAIL``. With
    ``separately`` each recipient gets their own mail, so addresses are never
    shared; otherwise one mail goes to all. Empty and doubled addresses are
    dropped. Returns the queued Emails (status ``queued``). Raises
    ValidationError when an address is not deliverable (validate forms with
    :func:`validate_deliverable_email` first).
    """
    addresses = [r for r in dict.fromkeys(recipients) if r]
    groups = [[a] for a in addresses] if separately else [addresses]
    return [
        mail.send(
            recipients=group,
            sender=settings.DEFAULT_FROM_EMAIL,
            subject=" ".join(subject.split()),
            message=body,
            headers={"Reply-To": settings.COALITION_EMAIL},
            priority="medium",
        )
        for group in groups
        if group
    ]


def mail_erase(*, addresses: Iterable[str] = (), texts: Iterable[str] = ()) -> int:
    """Delete every queued, sent or failed mail (and its delivery log) sent to
    one of ``addresses`` or holding one of ``texts`` (a name, a reference, a
    message) in its subject or body. Case-insensitive; empty values are
    ignored. Returns the number of mails deleted.
    """
    condition = Q()
    for address in {a.strip() for a in addresses if a and a.strip()}:
        condition |= Q(to__icontains=address) | Q(cc__icontains=address)
        condition |= Q(bcc__icontains=address) | Q(message__icontains=address)
    for text in {t.strip() for t in texts if t and t.strip()}:
        condition |= Q(subject__icontains=text) | Q(message__icontains=text)
        condition |= Q(html_message__icontains=text)
    if not condition:
        return 0
    _total, per_model = Email.objects.filter(condition).delete()
    return per_model.get("post_office.Email", 0)
