"""Coordinators edit the texts of the public pages, and see which shipped
records they deleted (so the real-data load leaves them out)."""

from django.contrib import admin

from .admin_singletons import SingletonAdminMixin
from .models import RealDataTombstone, SiteContact, SiteText
from .selectors import site_contact_forget


@admin.register(SiteText)
class SiteTextAdmin(admin.ModelAdmin):
    list_display = ["slug", "updated_at"]
    readonly_fields = ["slug", "updated_at"]
    fields = ["slug", "body", "updated_at"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(SiteContact)
class SiteContactAdmin(SingletonAdminMixin, admin.ModelAdmin):
    """The meldpunt's mailbox and phone number, shown on every page and mail."""

    list_display = ["__str__", "email", "phone", "updated_at"]
    fields = ["email", "phone", "updated_at"]
    readonly_fields = ["updated_at"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        site_contact_forget()


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
