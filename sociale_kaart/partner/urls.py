"""Sociale kaart's partner pages, mounted under /partner/ in the "partners"
namespace by ``lansingerland.urls``."""

from django.urls import path

from . import offer_views, views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("controleren/<str:token>/", views.verify, name="verify"),
    path(
        "organisatie/<int:pk>/wijzigen/",
        views.organization_edit,
        name="organization_edit",
    ),
    path(
        "organisatie/<int:pk>/locatie/nieuw/",
        views.location_create,
        name="location_create",
    ),
    path(
        "organisatie/<int:pk>/locatie/<int:location_pk>/wijzigen/",
        views.location_edit,
        name="location_edit",
    ),
    path(
        "organisatie/<int:pk>/geschiedenis/",
        views.organization_history,
        name="organization_history",
    ),
    path(
        "organisatie/<int:pk>/bevestigen/",
        views.organization_confirm,
        name="organization_confirm",
    ),
    path(
        "organisatie/<int:pk>/aanbod/",
        offer_views.offer_list,
        name="offer_list",
    ),
    path(
        "organisatie/<int:pk>/aanbod/nieuw/",
        offer_views.offer_create,
        name="offer_create",
    ),
    path(
        "organisatie/<int:pk>/aanbod/<int:service_pk>/wijzigen/",
        offer_views.offer_edit,
        name="offer_edit",
    ),
]
