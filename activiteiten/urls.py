from django.urls import path

from . import feed_views, proposal_views, views

app_name = "activiteiten"

urlpatterns = [
    path("", views.campaign_list, name="campaign_list"),
    path(
        "activiteit-voorstellen/",
        proposal_views.proposal_create,
        name="proposal_create",
    ),
    path(
        "activiteit-voorstellen/ontvangen/",
        proposal_views.proposal_received,
        name="proposal_received",
    ),
    path("activiteit/<slug:slug>/", views.activity_detail, name="activity_detail"),
    path(
        "activiteit/<slug:slug>/agenda.ics",
        feed_views.activity_ics,
        name="activity_ics",
    ),
    path(
        "organisatie/<slug:slug>/agenda.ics",
        feed_views.organization_ics,
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
    path("<slug:slug>/agenda.ics", feed_views.campaign_ics, name="campaign_ics"),
]
