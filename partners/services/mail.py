"""Mail of the partner area, stored in the shared mail queue (lansingerland.mail)."""

import hashlib
import secrets
from collections.abc import Iterable

from django.conf import settings
from django.template.loader import render_to_string

from lansingerland.mail import mail_queue


def new_token() -> tuple[str, str]:
    """A fresh URL-safe token (43 characters) and its SHA-256 hex hash."""
    token = secrets.token_urlsafe(32)
    return token, token_hash(token)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def absolute_url(path: str) -> str:
    """``path`` on the public site (``settings.SITE_URL``)."""
    return settings.SITE_URL.rstrip("/") + path


def send_after_commit(
    *, template: str, context: dict, recipients: Iterable[str]
) -> None:
    """Queue ``partners/mail/<template>_subject.txt`` / ``_body.txt``.

    Queued in the caller's transaction, so what records the mail as sent (an
    invitation, a digest run, a verification request) is kept only with it;
    delivered and retried outside the request. Each recipient gets their own
    mail, so addresses are never shared.
    """
    recipients = [r for r in dict.fromkeys(recipients) if r]
    subject = render_to_string(f"partners/mail/{template}_subject.txt", context)
    subject = " ".join(subject.split())
    body = render_to_string(f"partners/mail/{template}_body.txt", context)
    mail_queue(recipients=recipients, subject=subject, body=body)
