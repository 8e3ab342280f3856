"""Settings for the load benchmark: production settings plus a baseline view
and a ``Server-Timing`` header (``benchmarks.timing``).

Only ``benchmarks/run.py`` and ``benchmarks/lighthouse.py`` use these
(``DJANGO_SETTINGS_MODULE=benchmarks.settings``); the production URLconf never
contains ``/_baseline``.
"""

from lansingerland.settings import *  # noqa: F403
from lansingerland.settings import MIDDLEWARE

ROOT_URLCONF = "benchmarks.urls"
MIDDLEWARE = ["benchmarks.timing.ServerTimingMiddleware", *MIDDLEWARE]
