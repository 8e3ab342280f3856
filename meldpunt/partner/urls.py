"""Referral handling in the partner area, mounted under /partner/ in the
"partners" namespace by ``lansingerland.urls``."""

from django.urls import path

from . import views as referral_views

urlpatterns = [
    path("doorverwijzingen/", referral_views.referral_list, name="referral_list"),
    path(
        "doorverwijzingen/<int:pk>/",
        referral_views.referral_detail,
        name="referral_detail",
    ),
]
