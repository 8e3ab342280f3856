"""The meldpunt's spam brake: sent reports per real client address per hour.

Built on ``lansingerland.throttle`` (a fixed hour, counts in their own table,
the client address behind the trusted proxies); the season's activity
proposals use the same helper with their own scope.
"""

import datetime as dt

from django.conf import settings
from django.http import HttpRequest

from lansingerland import throttle


def _limit() -> throttle.Limit:
    return throttle.Limit("meldpunt-report", settings.MELDPUNT_SUBMISSIONS_PER_HOUR)


def limited_until(request: HttpRequest) -> dt.datetime | None:
    """When this address may send again (UTC); None while under the limit of
    MELDPUNT_SUBMISSIONS_PER_HOUR reports this hour."""
    return throttle.retry_at(_limit(), throttle.keys_for(request))


def count_submission(request: HttpRequest) -> None:
    """Count one sent report for this address."""
    throttle.hit(_limit(), throttle.keys_for(request))
