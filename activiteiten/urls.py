from django.urls import path

from . import views

app_name = "activiteiten"

urlpatterns = [
    path("", views.campaign_list, name="campaign_list"),
    path("activiteit/<slug:slug>/", views.activity_detail, name="activity_detail"),
    path("activiteit/<slug:slug>/agenda.ics", views.activity_ics, name="activity_ics"),
    path(
        "organisatie/<slug:slug>/agenda.ics",
        views.organization_ics,
        name="organization_ics",
    ),
    path("deze-week/<slug:kern>/", views.week_sheet, name="week_sheet"),
    path(
        "deze-week/<slug:kern>/tekst.txt",
        views.week_sheet_text,
        name="week_sheet_text",
    ),
    path("<slug:slug>/", views.campaign_detail, name="campaign_detail"),
    path("<slug:slug>/afdrukken/", views.campaign_print, name="campaign_print"),
    path("<slug:slug>/agenda.ics", views.campaign_ics, name="campaign_ics"),
]
