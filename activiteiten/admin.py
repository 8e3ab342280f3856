from django.contrib import admin

from .models import Campaign


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "start_date", "end_date", "dates_are_approximate"]
    list_filter = ["kind", "dates_are_approximate", "year"]
    search_fields = ["title", "intro"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "start_date"
