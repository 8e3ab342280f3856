from django.urls import path, re_path

from . import views
from .hsds import views as hsds

app_name = "sociale_kaart"

urlpatterns = [
    path("", views.organization_list, name="organization_list"),
    path("kaart.geojson", views.map_geojson, name="map_geojson"),
    path("kaart/aanbod.json", views.map_services, name="map_services"),
    re_path(
        r"^kaart/(?P<z>[^/]+)/(?P<x>[^/]+)/(?P<y>[^/]+)\.geojson$",
        views.map_tile,
        name="map_tile",
    ),
    path("aanbod/<slug:slug>/", views.service_detail, name="service_detail"),
    path("open-data/", hsds.open_data, name="open_data"),
    path("open-data/hsds/", hsds.api_root, name="hsds_root"),
    re_path(
        r"^open-data/hsds/(?P<entity>organizations|services|service_at_locations"
        r"|taxonomies|taxonomy_terms|locations)/?$",
        hsds.api_list,
        name="hsds_list",
    ),
    re_path(
        r"^open-data/hsds/(?P<entity>organizations|services|service_at_locations"
        r"|taxonomies|taxonomy_terms)/(?P<pk>[^/]+)/?$",
        hsds.api_item,
        name="hsds_item",
    ),
    path("bewaarlijst/", views.shortlist_detail, name="shortlist_detail"),
    path("bewaarlijst/gedeeld/", views.shortlist_shared, name="shortlist_shared"),
    path("bewaarlijst/wijzigen/", views.shortlist_change, name="shortlist_change"),
    path("<slug:slug>/", views.organization_detail, name="organization_detail"),
]
