from django.urls import path

from . import views

app_name = "meldpunt"

urlpatterns = [
    path("", views.report_create, name="report_create"),
    path("ontvangen/", views.report_received, name="report_received"),
    path("status/<str:token>/", views.report_status, name="report_status"),
    path("partner/<str:token>/", views.partner_referral, name="partner_referral"),
]
