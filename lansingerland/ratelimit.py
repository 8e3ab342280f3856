"""A per-visitor limit on public form submissions, kept in Django's cache.

The visitor is the real client address (``security.client_ip``, which honours
``TRUSTED_PROXY_COUNT`` behind a reverse proxy), so every public form that
counts submissions counts them the same way. Each form has its own ``scope``.
"""

from django.core.cache import cache
from django.http import HttpRequest

from .security import client_ip

WINDOW_SECONDS = 3600


def _key(scope: str, request: HttpRequest) -> str:
    return f"{scope}-sent:{client_ip(request) or 'unknown'}"


def is_limited(request: HttpRequest, *, scope: str, per_hour: int) -> bool:
    """True when this visitor sent ``per_hour`` submissions of ``scope`` within
    the last window (one hour from the first)."""
    return cache.get(_key(scope, request), 0) >= per_hour


def count_submission(request: HttpRequest, *, scope: str) -> None:
    """Count one submission of ``scope`` for this visitor."""
    key = _key(scope, request)
    if not cache.add(key, 1, WINDOW_SECONDS):
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, WINDOW_SECONDS)
