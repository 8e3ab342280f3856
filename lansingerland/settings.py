"""Settings for the Samen aan zet portal, read from the environment (12-factor).

Every value that differs between machines comes from an environment variable
(or a ``.env`` file beside ``manage.py``); see ``.env.example`` for the list.
Development defaults are safe: without ``DEBUG=true`` the portal refuses to
start without a real ``SECRET_KEY``.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONCE, NONE, SELF
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
    "lansingerland.apps.StaffAdminConfig",
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
    "django.contrib.sitemaps",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",
    "leaflet",
    "lansingerland",
    "sociale_kaart",
    "activiteiten",
    "meldpunt",
    "simple_history",
    "partners",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After whitenoise (static files come precompressed), before everything
    # that writes the body; public answers only (see docs/deployment.md).
    "lansingerland.middleware.PublicGZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lansingerland.errors.DatabaseOutageMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "lansingerland.middleware.StaffSessionTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "lansingerland.drafts.KeepDraftMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # NUL bytes, over-long login names, non-key admin ids: 400/404, never 500.
    "lansingerland.bad_input.RejectTamperedInputMiddleware",
    # Logins, password resets and join requests per client address and target.
    "lansingerland.throttle_rules.ThrottlePostsMiddleware",
    # Last, so it sees the login views' responses (django-axes' rule).
    "axes.middleware.AxesMiddleware",
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

# The cache holds the meldpunt's per-address counts and resolved places. It
# lives in PostgreSQL by default, so several app servers share it (no local
# state); migration lansingerland 0003 creates the table. CACHE_URL may point
# at a shared Redis instead (redis://host:6379/1).
CACHES = {
    "default": env.cache("CACHE_URL", default="dbcache://django_cache"),
    # Rendered public pages, the GeoJSON and map tiles (lansingerland.page_cache):
    # a cache of their own, so they never push the meldpunt's rate-limit
    # counters out of "default". Local memory per worker by default; keys carry
    # the content version, so every worker sees a change at once.
    "pages": env.cache("PAGE_CACHE_URL", default="locmemcache://pages"),
    # The map's data tiles (a few KB each, thousands over all zoom levels):
    # their own cache, so zooming around never pushes cached pages out.
    "map_tiles": env.cache("MAP_TILE_CACHE_URL", default="locmemcache://map-tiles"),
}
CACHES["pages"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 500)
CACHES["map_tiles"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 5000)
# Each process learns of content changes by LISTEN/NOTIFY instead of asking the
# database on every cached page (lansingerland.content_version).
CONTENT_VERSION_LISTEN = env.bool("CONTENT_VERSION_LISTEN", default=True)

# gis.W001: Debian 12 ships GDAL 3.6, which cannot block file and network access
# from spatial references. The portal never opens spatial files or references
# from users (points come from PDOK and from coordinates), so the risk does not
# apply; upgrade GDAL when the servers move to a newer Debian.
SILENCED_SYSTEM_CHECKS = [
    "gis.W001",
    # security.W021: HSTS preload would bind every subdomain of the
    # municipality's domain to https in browsers for years, which is the
    # municipality's decision for its whole domain, not this portal's; the
    # portal sends HSTS (with includeSubDomains) without preload.
    "security.W021",
]

# django-axes first: it refuses a locked-out username/address before the
# password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    # Django's validators with Dutch messages (its catalogue misses some).
    {"NAME": "lansingerland.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "lansingerland.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "lansingerland.password_validation.CommonPasswordValidator"},
    {"NAME": "lansingerland.password_validation.NumericPasswordValidator"},
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
    # Leaflet.markercluster's cluster icons from PyPI's xstatic package (no CDN).
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
# Seconds an SMTP connect or command may take before it fails (the mail stays
# queued for a retry): a hanging mail server never holds a worker for long.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Samen aan zet <noreply@samenaanzet.localhost>"
)

# Widgets render through TEMPLATES, so templates/ can override a package's
# widget template (django-leaflet's admin map editor, see templates/leaflet/).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# At most this many new rows per admin formset (inlines, list editing) on top
# of the rows already stored: a tampered TOTAL_FORMS is a form error, never
# thousands of forms built (lansingerland.formset_limits).
FORMSET_MAX_NEW_ROWS = 50

CSRF_FAILURE_VIEW = "lansingerland.views.csrf_failure"

LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "admin:index"

# Partner editors' sessions end after a working day, and when
# the browser closes; staff and verified referral handlers (personal data)
# follow STAFF_SESSION_IDLE_MINUTES.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Partner area (partners/): invitations, verification loop, digest.
PARTNERS_INVITATION_DAYS = env.int("PARTNERS_INVITATION_DAYS", default=7)
PARTNERS_VERIFICATION_PERIOD_DAYS = env.int(
    "PARTNERS_VERIFICATION_PERIOD_DAYS", default=182
)
PARTNERS_VERIFICATION_GRACE_DAYS = env.int(
    "PARTNERS_VERIFICATION_GRACE_DAYS", default=42
)
PARTNERS_VERIFICATION_EXPIRY_DAYS = env.int(
    "PARTNERS_VERIFICATION_EXPIRY_DAYS", default=91
)
# Where the coordinators' digest goes; empty: every active coordinator's e-mail.
PARTNERS_DIGEST_RECIPIENTS = env.list("PARTNERS_DIGEST_RECIPIENTS", default=[])

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
                # Sharp on high-density screens (most phones): tiles of the
                # next zoom level at half size, as Lighthouse also expects.
                "detectRetina": True,
            },
        )
    ],
    "ATTRIBUTION_PREFIX": '<a href="https://leafletjs.com">Leaflet</a>',
}

# --- HTTPS and security headers ------------------------------------------
# Production (DEBUG off) gets every protection by default; development over
# plain http (`make run`, DEBUG=true) gets none of the https-only ones.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Load balancers probe the health check over plain http inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG
)
# No HSTS preload: see security.W021 in SILENCED_SYSTEM_CHECKS.
SECURE_HSTS_PRELOAD = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Behind a reverse proxy that terminates TLS, e.g.
# SECURE_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO,https (the proxy must set
# that header itself and strip any copy a client sent).
_proxy_ssl_header = env.list("SECURE_PROXY_SSL_HEADER", default=[])
if _proxy_ssl_header:
    if len(_proxy_ssl_header) != 2:
        raise ImproperlyConfigured(
            "SECURE_PROXY_SSL_HEADER must be 'HEADER,value', "
            "e.g. HTTP_X_FORWARDED_PROTO,https."
        )
    SECURE_PROXY_SSL_HEADER = tuple(_proxy_ssl_header)
# Addresses or networks of the reverse proxies in front of the app (comma-
# separated, e.g. 10.0.0.2 or 10.0.0.0/24). Only a request from one of them has
# its X-Forwarded-For read for the client address; every rate limit and login
# lockout keys on that address (lansingerland.security.client_ip).
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])

SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_HTTPONLY = False
# Sessions live in the database (Django's default engine), so any app server
# behind the load balancer can serve any request.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Staff (coordinators, admins) are logged out after this many minutes without
# a request; residents have no login.
STAFF_SESSION_IDLE_MINUTES = env.int("STAFF_SESSION_IDLE_MINUTES", default=30)

# Permissions-Policy: the portal uses none of these browser features.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# Content Security Policy (django-csp 4): everything from our own origin, map
# tiles from PDOK, inline scripts only with the per-request nonce
# (`nonce="{{ request.csp_nonce }}"`), no inline styles or event handlers.
# `data:` images are Bootstrap's form icons and Leaflet's.
_tiles = urlsplit(PDOK_TILES_URL)
# Tiles served from our own origin (a relative PDOK_TILES_URL) need no extra
# source; a bare "://" would be an invalid CSP source.
TILES_ORIGIN = f"{_tiles.scheme}://{_tiles.netloc}" if _tiles.netloc else SELF
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", TILES_ORIGIN],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# --- Staff login: two-factor authentication and lockout --------------------
OTP_TOTP_ISSUER = "Samen aan zet"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# django-axes: 5 wrong attempts lock out that username *from that address*
# only, so nobody can lock a coordinator out from elsewhere.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "lansingerland.staff_views.login_locked_out"
AXES_CLIENT_IP_CALLABLE = "lansingerland.security.client_ip"
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token"]

# Logs: one greppable key=value line per record on stderr, with e-mail
# addresses and phone numbers redacted (lansingerland/logs.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact": {"()": "lansingerland.logs.RedactPersonalDataFilter"},
        "reference": {"()": "lansingerland.logs.ErrorReferenceFilter"},
        "production": {"()": "django.utils.log.RequireDebugFalse"},
        "mail_summary": {"()": "lansingerland.logs.MailQueueSummaryFilter"},
    },
    "formatters": {"keyvalue": {"()": "lansingerland.logs.KeyValueFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "keyvalue",
            "filters": ["reference", "redact"],
        },
        # Replaces Django's AdminEmailHandler, which mails POST bodies.
        "error_mail": {
            "class": "lansingerland.logs.ErrorReferenceMailHandler",
            "level": "ERROR",
            "filters": ["production", "reference"],
        },
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # django-axes logs usernames and IP addresses: only its errors are kept.
    # Its records stay in the database (admin: "Access attempts") and
    # lansingerland.staff_views logs each lockout as event=login_lockout.
    "loggers": {
        "axes": {"level": "ERROR"},
        # Our handler here keeps post_office from adding its own (which logged
        # every line a second time, unredacted); see MailQueueSummaryFilter.
        "post_office": {
            "handlers": ["console"],
            "filters": ["mail_summary"],
            "level": "INFO",
            "propagate": False,
        },
        "django": {"handlers": ["error_mail"], "level": "INFO"},
    },
}
# The technical contact(s) who get a short mail (log reference, no personal
# data) for each server error in production: comma-separated addresses.
ADMINS = [("", address) for address in env.list("ADMINS", default=[])]
SERVER_EMAIL = DEFAULT_FROM_EMAIL
AXES_VERBOSE = False

DEFAULT_SECURITY_CONTACT = "mailto:security@samenaanzet.localhost"
# /.well-known/security.txt (RFC 9116): where to report a vulnerability
# (comma-separated mailto: or https: URIs), an optional disclosure policy, and
# how far ahead its Expires date lies (computed at each request).
SECURITY_CONTACT = env.list("SECURITY_CONTACT", default=[DEFAULT_SECURITY_CONTACT])
SECURITY_POLICY_URL = env.str("SECURITY_POLICY_URL", default="")
SECURITY_TXT_EXPIRES_DAYS = env.int("SECURITY_TXT_EXPIRES_DAYS", default=180)

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
# Reports sent per client address per fixed hour before the form asks to wait.
# A spam brake, not a quota: a library PC or a district nurses' office that
# reports for several clients stays well below it.
MELDPUNT_SUBMISSIONS_PER_HOUR = env.int("MELDPUNT_SUBMISSIONS_PER_HOUR", default=20)
# Activity proposals per visitor per hour before the public form asks to wait.
ACTIVITEITEN_PROPOSALS_PER_HOUR = env.int("ACTIVITEITEN_PROPOSALS_PER_HOUR", default=5)
# Retention (days after closing or cancelling): personal data anonymised, then
# the report deleted leaving a non-personal statistics record.
MELDPUNT_ANONYMISE_AFTER_DAYS = env.int("MELDPUNT_ANONYMISE_AFTER_DAYS", default=90)
MELDPUNT_DELETE_AFTER_DAYS = env.int("MELDPUNT_DELETE_AFTER_DAYS", default=730)
# Join requests (aanmeldingen) are deleted this many days after a coordinator
# decided on them (twice as long when nobody did), by meldpunt_retention.
JOIN_REQUEST_DELETE_AFTER_DAYS = env.int("JOIN_REQUEST_DELETE_AFTER_DAYS", default=90)
# Public address of the site, for links in mails (no trailing slash).
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

# Outgoing mail goes through django-post-office's persistent queue
# (lansingerland/mail.py); the backend configured above delivers it, outside
# any request, by ``manage.py send_queued_mail`` (cron, see
# docs/deployment.md), which also retries failed mail.
INSTALLED_APPS += ["post_office"]
POST_OFFICE = {
    "BACKENDS": {"default": EMAIL_CONFIG["EMAIL_BACKEND"]},
    "DEFAULT_PRIORITY": "medium",
    "MAX_RETRIES": 8,
    "RETRY_INTERVAL": timedelta(minutes=15),
    "MESSAGE_ID_ENABLED": True,
    "CELERY_ENABLED": False,
    # Seconds one delivery run waits for a batch before it gives up on the
    # rest (they are retried); EMAIL_TIMEOUT bounds each connection.
    "BATCH_DELIVERY_TIMEOUT": env.int("MAIL_BATCH_TIMEOUT", default=120),
}
# The coalition's public contact, shown on every public page, in every mail and
# on the error pages (which must render without the database). Coordinators may
# override both in the admin; these are the defaults. Source of the mailbox:
# the coalition entry of the shared partner data.
COALITION_EMAIL = env.str(
    "COALITION_EMAIL", default="eenzaamheid.lansingerland@humanitas.nl"
)
# Dutch phone number of the meldpunt, as residents should dial it; empty until
# the coalition sets one (pages then give only the mailbox).
COALITION_PHONE = env.str("COALITION_PHONE", default="")
# Extra addresses that get the "new report" mail besides the coordinators.
MELDPUNT_COORDINATOR_EMAILS = env.list("MELDPUNT_COORDINATOR_EMAILS", default=[])

# Sociale kaart: PDOK Locatieserver for turning addresses into points.
PDOK_LOCATIESERVER_URL = env.str(
    "PDOK_LOCATIESERVER_URL",
    default="https://api.pdok.nl/bzk/locatieserver/search/v3_1/free",
)
PDOK_TIMEOUT_SECONDS = env.float("PDOK_TIMEOUT_SECONDS", default=3.0)
# After PDOK failed or hung, it is not asked again for this long (seconds):
# "near" falls back on the kern centres, so no worker waits on it repeatedly.
PDOK_DOWN_SECONDS = env.int("PDOK_DOWN_SECONDS", default=60)
# How long a place a visitor typed for "near" stays resolved (seconds).
SOCIALE_KAART_PLACE_CACHE_SECONDS = 30 * 24 * 3600
