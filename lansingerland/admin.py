"""Coordinators edit the texts of the public pages, and see which shipped
records they deleted (so the real-data load leaves them out)."""

from django.contrib import admin

from .models import RealDataTombstone, SiteText


@admin.register(SiteText)
class SiteTextAdmin(admin.ModelAdmin):
    list_display = ["slug", "updated_at"]
    readonly_fields = ["slug", "updated_at"]
    fields = ["slug", "body", "updated_at"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(RealDataTombstone)
class RealDataTombstoneAdmin(admin.ModelAdmin):
    """Deleting a tombstone lets the next real-data load bring the record back."""

    list_display = ["dataset", "key", "deleted_at"]
    list_filter = ["dataset"]
    readonly_fields = ["dataset", "key", "deleted_at"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
