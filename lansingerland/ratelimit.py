"""A per-visitor limit on public form submissions (activity proposals and any
other public form that counts what it receives).

Built on :mod:`lansingerland.throttle`: the visitor is the real client address
behind the trusted proxies (``TRUSTED_PROXIES``), counts live in their own
table in fixed one-hour windows, so no cache traffic evicts them and extra
attempts never extend the hour. Each form has its own ``scope``.
"""

from django.http import HttpRequest

from . import throttle


def _limit(scope: str, per_hour: int) -> throttle.Limit:
    return throttle.Limit(scope, per_hour)


def is_limited(request: HttpRequest, *, scope: str, per_hour: int) -> bool:
    """True when this visitor sent ``per_hour`` submissions of ``scope`` in
    the current hour."""
    return (
        throttle.retry_at(_limit(scope, per_hour), throttle.keys_for(request))
        is not None
    )


def count_submission(request: HttpRequest, *, scope: str) -> None:
    """Count one submission of ``scope`` for this visitor."""
    # The limit only names the scope and window here; the count is the same row.
    throttle.hit(_limit(scope, 1), throttle.keys_for(request))
