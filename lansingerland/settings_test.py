"""Settings for the test suite: the real settings with a throwaway secret key.

Tests run against the real PostGIS database (a copy of the template database
made by ``scripts/setup-db.sh``) and the real static manifest (``make test``
runs ``collectstatic`` first).
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production")
os.environ.setdefault("EMAIL_URL", "memorymail://")
# The test client and live_server speak plain http; the https behaviour is
# tested with override_settings and in tests/lansingerland/test_deploy_check.py.
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
# live_server's request threads end without closing persistent connections,
# which would keep the test database busy at teardown.
os.environ.setdefault("CONN_MAX_AGE", "0")
# A test's writes are rolled back, never committed, so no NOTIFY would arrive:
# ask the database per page. tests/lansingerland/test_content_version_listen.py
# turns listening on for committed changes.
os.environ.setdefault("CONTENT_VERSION_LISTEN", "false")

from lansingerland.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
