from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

import activiteiten.partner.urls
import meldpunt.partner.urls
import partners.urls
import sociale_kaart.partner.urls
from partners.urls import manifesto_urlpatterns

from . import staff_views, views
from .sitemaps import SITEMAPS

handler500 = "lansingerland.errors.server_error"

urlpatterns = [
    path("", views.home, name="home"),
    path("manifest/", views.manifesto, name="manifesto"),
    path("manifest/aanhaken/", include((manifesto_urlpatterns, "aanhaken"))),
    path("privacy/", views.privacy, name="privacy"),
    path("toegankelijkheid/", views.accessibility, name="accessibility"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("meldpunt/", include("meldpunt.urls")),
    path("sociale-kaart/", include("sociale_kaart.urls")),
    path("activiteiten/", include("activiteiten.urls")),
    # The partner area: partners' own pages plus each domain's partner pages,
    # all in the "partners" namespace.
    path(
        "partner/",
        include(
            (
                partners.urls.urlpatterns
                + sociale_kaart.partner.urls.urlpatterns
                + meldpunt.partner.urls.urlpatterns
                + activiteiten.partner.urls.urlpatterns,
                "partners",
            )
        ),
    ),
    path(
        "beheer/tweestapsverificatie/",
        staff_views.staff_otp_setup,
        name="staff_otp_setup",
    ),
    path("admin/", admin.site.urls),
]

# Uploads (campaign images) under ``make run``; in production nginx serves
# MEDIA_ROOT at /media/ (docs/deployment.md).
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
