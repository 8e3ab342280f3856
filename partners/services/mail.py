"""Mail of the partner area, sent through Django's mail API after commit."""

import hashlib
import secrets
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string


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
    """Send ``partners/mail/<template>_subject.txt`` / ``_body.txt`` after commit.

    Each recipient gets their own mail, so addresses are never shared.
    """
    recipients = [r for r in dict.fromkeys(recipients) if r]
    subject = render_to_string(f"partners/mail/{template}_subject.txt", context)
    subject = " ".join(subject.split())
    body = render_to_string(f"partners/mail/{template}_body.txt", context)

    def send() -> None:
        for recipient in recipients:
            send_mail(subject, body, None, [recipient])

    transaction.on_commit(send)
