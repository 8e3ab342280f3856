"""Signed links sent by mail: the reporter's status page and the partner's link.

Both carry no personal data, only ids signed with SECRET_KEY; a link that was
tampered with or has expired raises ``django.core.signing.BadSignature``.
"""

from django.conf import settings
from django.core import signing

_REPORTER_SALT = "meldpunt.reporter-status"
_PARTNER_SALT = "meldpunt.partner-referral"


def reporter_token(reference: str) -> str:
    """A token for the reporter's status and withdraw page (no expiry)."""
    return signing.dumps(reference, salt=_REPORTER_SALT, compress=True)


def reference_from_reporter_token(token: str) -> str:
    """The report reference in ``token``; raises BadSignature."""
    return signing.loads(token, salt=_REPORTER_SALT)


def partner_token(referral_id: int) -> str:
    """A token for a partner's link to one referral (time limit checked on load)."""
    return signing.dumps(referral_id, salt=_PARTNER_SALT)


def referral_id_from_partner_token(token: str) -> int:
    """The referral id in ``token``; raises SignatureExpired after
    MELDPUNT_PARTNER_LINK_DAYS days and BadSignature when tampered with."""
    return signing.loads(
        token,
        salt=_PARTNER_SALT,
        max_age=settings.MELDPUNT_PARTNER_LINK_DAYS * 24 * 3600,
    )
