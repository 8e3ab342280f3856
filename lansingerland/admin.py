"""Coordinators edit the texts of the public pages here."""

from django.contrib import admin

from .models import SiteText


@admin.register(SiteText)
class SiteTextAdmin(admin.ModelAdmin):
    list_display = ["slug", "updated_at"]
    readonly_fields = ["slug", "updated_at"]
    fields = ["slug", "body", "updated_at"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
