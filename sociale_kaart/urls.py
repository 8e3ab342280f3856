from django.urls import path

from . import views

app_name = "sociale_kaart"

urlpatterns = [
    path("", views.organization_list, name="organization_list"),
    path("kaart.geojson", views.map_geojson, name="map_geojson"),
    path("kaart/aanbod.json", views.map_services, name="map_services"),
    path("aanbod/<slug:slug>/", views.service_detail, name="service_detail"),
    path("open-data/hsds/<str:entity>/", views.hsds_export, name="hsds_export"),
    path("bewaarlijst/", views.shortlist_detail, name="shortlist_detail"),
    path("bewaarlijst/gedeeld/", views.shortlist_shared, name="shortlist_shared"),
    path("bewaarlijst/wijzigen/", views.shortlist_change, name="shortlist_change"),
    path("<slug:slug>/", views.organization_detail, name="organization_detail"),
]
