from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from partners.urls import manifesto_urlpatterns

from . import views

admin.site.site_header = _("Samen aan zet – beheer")
admin.site.site_title = _("Samen aan zet")
admin.site.index_title = _("Meldingen, sociale kaart en activiteiten")

urlpatterns = [
    path("", views.home, name="home"),
    path("manifest/", views.manifesto, name="manifesto"),
    path("manifest/aanhaken/", include((manifesto_urlpatterns, "aanhaken"))),
    path("privacy/", views.privacy, name="privacy"),
    path("toegankelijkheid/", views.accessibility, name="accessibility"),
    path("healthz", views.healthz, name="healthz"),
    path("meldpunt/", include("meldpunt.urls")),
    path("sociale-kaart/", include("sociale_kaart.urls")),
    path("activiteiten/", include("activiteiten.urls")),
    path("partner/", include("partners.urls")),
    path("admin/", admin.site.urls),
]
