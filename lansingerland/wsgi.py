"""WSGI entry point, as served by gunicorn: ``gunicorn lansingerland.wsgi``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lansingerland.settings")

application = get_wsgi_application()
