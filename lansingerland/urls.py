from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("manifest/", views.manifesto, name="manifesto"),
    path("privacy/", views.privacy, name="privacy"),
    path("toegankelijkheid/", views.accessibility, name="accessibility"),
    path("healthz", views.healthz, name="healthz"),
    path("meldpunt/", include("meldpunt.urls")),
    path("sociale-kaart/", include("sociale_kaart.urls")),
    path("activiteiten/", include("activiteiten.urls")),
    path(
        "beheer/tweestapsverificatie/",
        views.staff_otp_setup,
        name="staff_otp_setup",
    ),
    path("admin/", admin.site.urls),
]
