"""Activity pages of the partner area, mounted under /partner/ in the
"partners" namespace by ``lansingerland.urls``."""

from django.urls import path

from . import views as activity_views

urlpatterns = [
    path(
        "organisatie/<int:pk>/activiteiten/",
        activity_views.activity_list,
        name="activity_list",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/nieuw/",
        activity_views.activity_edit,
        name="activity_create",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/<int:activity_pk>/wijzigen/",
        activity_views.activity_edit,
        name="activity_edit",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/<int:activity_pk>/datum-laten-vervallen/",
        activity_views.activity_cancel_date,
        name="activity_cancel_date",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/<int:activity_pk>/gaat-niet-door/",
        activity_views.activity_cancel,
        name="activity_cancel",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/<int:activity_pk>/datum-gaat-toch-door/",
        activity_views.activity_restore_date,
        name="activity_restore_date",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/<int:activity_pk>/gaat-toch-door/",
        activity_views.activity_restore,
        name="activity_restore",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/<int:activity_pk>/aanmelden/",
        activity_views.activity_sign_up,
        name="activity_sign_up",
    ),
    path(
        "organisatie/<int:pk>/activiteiten/vast-aanbod/",
        activity_views.service_feature,
        name="service_feature",
    ),
]
