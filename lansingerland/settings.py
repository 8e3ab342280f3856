"""Settings for the Samen aan zet portal, read from the environment (12-factor).

Every value that differs between machines comes from an environment variable
(or a ``.env`` file beside ``manage.py``); see ``.env.example`` for the list.
Development defaults are safe: without ``DEBUG=true`` the portal refuses to
start without a real ``SECRET_KEY``.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (see .env.example)."
        )
    SECRET_KEY = "development-only-insecure-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.gis",
    "django.contrib.postgres",
    "django_filters",
    "django.forms",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",
    "leaflet",
    "lansingerland",
    "sociale_kaart",
    "activiteiten",
    "meldpunt",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "lansingerland.urls"
WSGI_APPLICATION = "lansingerland.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# One database for the app and the tests: PostgreSQL with PostGIS. Tests copy
# the template database that ``scripts/setup-db.sh`` prepares with the
# extension already in it, so the app's role needs no superuser rights.
DATABASES = {
    "default": env.db(
        "DATABASE_URL",
        default="postgis://samenaanzet:samenaanzet@127.0.0.1:5432/samenaanzet",
    )
}
if DATABASES["default"]["ENGINE"] != "django.contrib.gis.db.backends.postgis":
    raise ImproperlyConfigured("DATABASE_URL must be a postgis:// URL.")
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"]["TEST"] = {
    "TEMPLATE": env.str("DATABASE_TEST_TEMPLATE", default="samenaanzet_template")
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# gis.W001: Debian 12 ships GDAL 3.6, which cannot block file and network access
# from spatial references. The portal never opens spatial files or references
# from users (points come from PDOK and from coordinates), so the risk does not
# apply; upgrade GDAL when the servers move to a newer Debian.
SILENCED_SYSTEM_CHECKS = ["gis.W001"]

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    # Leaflet.markercluster from PyPI's xstatic package (no CDN), see the finder.
    "sociale_kaart.staticfinders.MarkerClusterFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Samen aan zet <noreply@samenaanzet.localhost>"
)

# Widgets render through TEMPLATES, so templates/ can override a package's
# widget template (django-leaflet's admin map editor, see templates/leaflet/).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

CSRF_FAILURE_VIEW = "lansingerland.views.csrf_failure"

LOGIN_URL = "admin:login"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# django-leaflet: PDOK's BRT-Achtergrondkaart in Web Mercator (EPSG:3857).
# DEFAULT_CENTER is (lat, lon); SPATIAL_EXTENT is (west, south, east, north).
PDOK_TILES_URL = env.str(
    "PDOK_TILES_URL",
    default=(
        "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/"
        "standaard/EPSG:3857/{z}/{x}/{y}.png"
    ),
)
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (51.9975, 4.5025),
    "DEFAULT_ZOOM": 12,
    "MIN_ZOOM": 10,
    "MAX_ZOOM": 19,
    "SPATIAL_EXTENT": (4.40, 51.94, 4.63, 52.06),
    "RESET_VIEW": False,
    # django-leaflet writes this value into L.Icon.Default.imagePath as it is:
    # it must be the images folder's URL (a bare True yields "/page/marker-icon.png"
    # 404s). Unhashed names, which collectstatic keeps beside the hashed ones.
    "FORCE_IMAGE_PATH": STATIC_URL + "leaflet/images/",
    "TILES": [
        (
            _("Achtergrondkaart"),
            PDOK_TILES_URL,
            {
                "attribution": (
                    'Kaartgegevens &copy; <a href="https://www.kadaster.nl">'
                    "Kadaster</a> (CC BY 4.0)"
                ),
                "maxZoom": 19,
            },
        )
    ],
    "ATTRIBUTION_PREFIX": '<a href="https://leafletjs.com">Leaflet</a>',
}

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {
            "format": "%(asctime)s level=%(levelname)s logger=%(name)s %(message)s"
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# Meldpunt: how many working days until first contact is due; shown to the
# reporter on the confirmation page.
MELDPUNT_FIRST_CONTACT_WORKING_DAYS = env.int(
    "MELDPUNT_FIRST_CONTACT_WORKING_DAYS", default=3
)
# Extra days the meldpunt is closed besides Dutch public holidays (ISO dates,
# comma-separated), e.g. Liberation Day in non-lustrum years.
MELDPUNT_EXTRA_CLOSING_DAYS = env.list("MELDPUNT_EXTRA_CLOSING_DAYS", default=[])
# How long a partner's link (for partners without an account) stays valid.
MELDPUNT_PARTNER_LINK_DAYS = env.int("MELDPUNT_PARTNER_LINK_DAYS", default=14)
# Reports sent per address per hour before the form asks to wait.
MELDPUNT_SUBMISSIONS_PER_HOUR = env.int("MELDPUNT_SUBMISSIONS_PER_HOUR", default=5)
# Retention (days after closing or cancelling): personal data anonymised, then
# the report deleted leaving a non-personal statistics record.
MELDPUNT_ANONYMISE_AFTER_DAYS = env.int("MELDPUNT_ANONYMISE_AFTER_DAYS", default=90)
MELDPUNT_DELETE_AFTER_DAYS = env.int("MELDPUNT_DELETE_AFTER_DAYS", default=730)
# Public address of the site, for links in mails (no trailing slash).
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

# Outgoing mail goes through django-post-office's persistent queue; the
# backend configured above delivers it. Failed mail is retried by
# ``manage.py send_queued_mail`` (cron, see docs/meldpunt.md).
INSTALLED_APPS += ["post_office"]
POST_OFFICE = {
    "BACKENDS": {"default": EMAIL_CONFIG["EMAIL_BACKEND"]},
    "DEFAULT_PRIORITY": "medium",
    "MAX_RETRIES": 8,
    "RETRY_INTERVAL": timedelta(minutes=15),
    "MESSAGE_ID_ENABLED": True,
    "CELERY_ENABLED": False,
}
# Extra addresses that get the "new report" mail besides the coordinators.
MELDPUNT_COORDINATOR_EMAILS = env.list("MELDPUNT_COORDINATOR_EMAILS", default=[])

# Sociale kaart: PDOK Locatieserver for turning addresses into points.
PDOK_LOCATIESERVER_URL = env.str(
    "PDOK_LOCATIESERVER_URL",
    default="https://api.pdok.nl/bzk/locatieserver/search/v3_1/free",
)
PDOK_TIMEOUT_SECONDS = env.float("PDOK_TIMEOUT_SECONDS", default=3.0)
# How long a place a visitor typed for "near" stays resolved (seconds).
SOCIALE_KAART_PLACE_CACHE_SECONDS = 30 * 24 * 3600
