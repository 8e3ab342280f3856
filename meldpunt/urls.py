from django.urls import path

from . import views

app_name = "meldpunt"

urlpatterns = [
    path("", views.report_create, name="report_create"),
    path("ontvangen/", views.report_received, name="report_received"),
]
