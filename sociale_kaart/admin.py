"""Coordinators keep the sociale kaart tidy here; points are edited on a map."""

from django.contrib import admin
from leaflet.admin import LeafletGeoAdminMixin

from .models import Location, Organization, Theme


class LocationInline(LeafletGeoAdminMixin, admin.StackedInline):
    model = Location
    extra = 0
    fields = [
        "name",
        ("street", "house_number", "house_letter", "house_number_addition"),
        ("postcode", "place", "kern"),
        "point",
        "point_is_approximate",
    ]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "is_coalition_partner", "status", "last_verified_at"]
    list_filter = ["status", "is_coalition_partner", "themes", "locations__kern"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["themes"]
    inlines = [LocationInline]


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
