"""A per-address limit on sent reports, kept in Django's cache (one hour window)."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

_WINDOW_SECONDS = 3600


def _key(request: HttpRequest) -> str:
    # REMOTE_ADDR: the proxy in front must set it to the visitor's address.
    return "meldpunt-sent:" + request.META.get("REMOTE_ADDR", "unknown")


def is_limited(request: HttpRequest) -> bool:
    """True when this address sent MELDPUNT_SUBMISSIONS_PER_HOUR reports this hour."""
    return cache.get(_key(request), 0) >= settings.MELDPUNT_SUBMISSIONS_PER_HOUR


def count_submission(request: HttpRequest) -> None:
    """Count one sent report for this address."""
    key = _key(request)
    if not cache.add(key, 1, _WINDOW_SECONDS):
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, _WINDOW_SECONDS)
