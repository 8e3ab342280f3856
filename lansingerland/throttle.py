"""Per-address and per-target limits (spam brakes) in fixed windows.

One helper for every limit: the meldpunt's reports, logins, password resets,
join requests, activity proposals. A count lives in the ``ThrottleCount``
table (never evicted by cache traffic) under its scope, a key (the client
address from ``lansingerland.security.client_ip``, or a target such as a
username or e-mail address, hashed so no personal data is stored) and the
start of its window. The window is fixed: extra attempts never extend it.
"""

import datetime as dt
import hashlib
import math
import secrets
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _

from .models import ThrottleCount
from .security import client_ip

_KEEP = dt.timedelta(days=1)


@dataclass(frozen=True)
class Limit:
    """At most ``count`` times per ``window`` seconds, for one ``scope``."""

    scope: str
    count: int
    window: int = 3600


def _window_start(limit: Limit, now: dt.datetime) -> dt.datetime:
    epoch = math.floor(now.timestamp() / limit.window) * limit.window
    return dt.datetime.fromtimestamp(epoch, tz=dt.UTC)


def _hashed(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode("utf-8", "replace")).hexdigest()


def keys_for(request=None, *, target: str = "") -> list[str]:
    """The keys one attempt counts under: the real client address of
    ``request`` and/or a hashed ``target`` (username, e-mail address, id)."""
    keys = []
    if request is not None:
        keys.append("ip:" + _hashed(client_ip(request)))
    if target:
        keys.append("to:" + _hashed(target))
    return keys


def retry_at(limit: Limit, keys: list[str]) -> dt.datetime | None:
    """When any of ``keys`` may try again (UTC), None when none is at its limit."""
    now = timezone.now()
    start = _window_start(limit, now)
    full = ThrottleCount.objects.filter(
        scope=limit.scope, key__in=keys, window_start=start, count__gte=limit.count
    ).exists()
    return start + dt.timedelta(seconds=limit.window) if full else None


_UPSERT = """
    INSERT INTO lansingerland_throttlecount (scope, key, window_start, count)
    VALUES (%s, %s, %s, 1)
    ON CONFLICT (scope, key, window_start)
    DO UPDATE SET count = lansingerland_throttlecount.count + 1
"""


def hit(limit: Limit, keys: list[str]) -> None:
    """Count one attempt under each of ``keys`` in the current window.

    One upsert per key in one transaction whose commit does not wait for the
    disk (``synchronous_commit`` off for it alone): a crash can lose the last
    fraction of a second of counts, never a report, and a form's POST does
    not pay a flush for its counter. Inside a caller's transaction the
    counts commit with it, as durably as the rest of it.
    """
    start = _window_start(limit, timezone.now())
    own_transaction = not connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        if own_transaction:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
        for key in keys:
            cursor.execute(_UPSERT, [limit.scope, key, start])
    if secrets.randbelow(100) == 0:
        ThrottleCount.objects.filter(window_start__lt=timezone.now() - _KEEP).delete()


def check_and_hit(limit: Limit, keys: list[str]) -> dt.datetime | None:
    """``retry_at`` before counting; counts the attempt only when allowed."""
    blocked_until = retry_at(limit, keys)
    if blocked_until is None:
        hit(limit, keys)
    return blocked_until


def try_again_message(until: dt.datetime) -> str:
    """Dutch: 'Probeer het na 14:00 opnieuw.' in the local time zone."""
    local = timezone.localtime(until)
    return _("Probeer het na %(time)s opnieuw.") % {"time": time_format(local, "H:i")}


def spam_brake_message(until: dt.datetime, lead: str = "") -> str:
    """Dutch message for a form over its limit: ``lead`` (default: much was
    sent from this connection), when to try again, and the coalition's phone
    number (when set) and mailbox, so nobody is left without a way in."""
    from django.conf import settings

    text = (lead or _("Er is vanaf deze internetverbinding veel verstuurd.")) + " "
    text += try_again_message(until)
    if settings.COALITION_PHONE:
        text += " " + _("Of bel %(phone)s of mail %(email)s.") % {
            "phone": settings.COALITION_PHONE,
            "email": settings.COALITION_EMAIL,
        }
    else:
        text += " " + _("Of mail %(email)s.") % {"email": settings.COALITION_EMAIL}
    return text
