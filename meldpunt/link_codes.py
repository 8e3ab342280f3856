"""The partner link's second step: a one-time code mailed to the referral's
recipient before the page shows any personal data.

The signed link alone shows only what is not personal (reference, kind, kern,
status) and lets the partner act. Whoever holds the link but not the
recipient's mailbox (a forwarded mail, a coordinator without the
personal-data permission) never sees the message, the person concerned or the
reporter. A code is valid 15 minutes for 5 tries and lives in the visitor's
server-side session (hashed); sending is limited per referral and per client
address (``lansingerland.throttle``).
"""

import datetime as dt
import hmac
import secrets

from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from lansingerland import throttle
from lansingerland.digits import digits_only

from .models import Referral

CODE_MINUTES = 15
MAX_TRIES = 5
VERIFIED_HOURS = 2
SEND_LIMIT = throttle.Limit("partner-link-code", 3)


def _code_key(referral: Referral) -> str:
    return f"meldpunt-partner-code-{referral.pk}"


def _verified_key(referral: Referral) -> str:
    return f"meldpunt-partner-verified-{referral.pk}"


def _hash(code: str) -> str:
    return salted_hmac("meldpunt.partner-link-code", code).hexdigest()


def recipient(referral: Referral) -> str:
    """The organisation's own address, which the signed link was mailed to."""
    return referral.organization.email or ""


def code_send(request, referral: Referral) -> str:
    """Mail a new 6-digit code to ``recipient``; returns a Dutch message for
    the visitor (sent, no address, or when to try again)."""
    from .notifications import queue_mail

    address = recipient(referral)
    if not address:
        return _(
            "Deze organisatie heeft geen e-mailadres bij het meldpunt. "
            "Bel of mail het meldpunt voor de gegevens."
        )
    until = throttle.check_and_hit(
        SEND_LIMIT, throttle.keys_for(request, target=f"referral:{referral.pk}")
    )
    if until is not None:
        return (
            _("Er zijn al veel codes gestuurd.")
            + " "
            + (throttle.try_again_message(until))
        )
    code = f"{secrets.randbelow(10**6):06d}"
    request.session[_code_key(referral)] = {
        "hash": _hash(code),
        "until": (timezone.now() + dt.timedelta(minutes=CODE_MINUTES)).timestamp(),
        "tries": 0,
    }
    queue_mail(
        to=[address],
        subject=_("Samen aan zet: uw code voor melding %(reference)s")
        % {"reference": referral.report.formatted_reference},
        template="partner_link_code.txt",
        context={"code": code, "minutes": CODE_MINUTES, "referral": referral},
    )
    return _("De code is gemaild naar het e-mailadres van uw organisatie.")


def code_verify(request, referral: Referral, code: str) -> bool:
    """True (and this session may see the details) when ``code`` matches the
    last code sent, within its time and tries."""
    stored = request.session.get(_code_key(referral))
    if not stored or stored["until"] < timezone.now().timestamp():
        return False
    stored["tries"] += 1
    request.session[_code_key(referral)] = stored
    if stored["tries"] > MAX_TRIES:
        return False
    candidate = digits_only(str(code)[:20])
    if not hmac.compare_digest(_hash(candidate), stored["hash"]):
        return False
    del request.session[_code_key(referral)]
    request.session[_verified_key(referral)] = (
        timezone.now() + dt.timedelta(hours=VERIFIED_HOURS)
    ).timestamp()
    return True


def is_verified(request, referral: Referral) -> bool:
    """Whether this session entered a valid code for ``referral`` lately."""
    until = request.session.get(_verified_key(referral))
    return bool(until and until > timezone.now().timestamp())
