"""Settings for the load benchmark: production settings plus a baseline view.

Only ``benchmarks/run.py`` uses these (``DJANGO_SETTINGS_MODULE=benchmarks.settings``);
the production URLconf never contains ``/_baseline``.
"""

from lansingerland.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
