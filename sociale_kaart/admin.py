"""Coordinators keep the sociale kaart tidy here; points are edited on a map.

Addresses are looked up at PDOK after a save (``services.location_geocode``,
after commit), never while the form is validated; locations the geocoder could
not place are listed under "adres opzoeken" for a coordinator.
"""

from functools import partial

from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from leaflet.admin import LeafletGeoAdminMixin
from simple_history.admin import SimpleHistoryAdmin

from lansingerland.admin_history import VersionRelationsRestoreMixin
from lansingerland.admin_singletons import SingletonAdminMixin
from lansingerland.constants import REAL_DATA_ORGANIZATIONS, REAL_DATA_TARGET_GROUPS
from lansingerland.fields import PhoneNumberAdminMixin
from lansingerland.real_data import RealDataDeleteAdminMixin

from .constants import GeocodeStatus
from .location_address import LocationAdminForm
from .models import (
    Location,
    OpenDataSettings,
    Organization,
    Service,
    ServiceClosure,
    ServiceSchedule,
    TargetGroup,
    Theme,
)
from .partner.admin import (
    MembershipInline,
    PartnerSettingsInline,
    VerificationStateFilter,
)
from .services import location_geocode

LOCATION_FIELDS = [
    "name",
    ("street", "house_number", "house_letter", "house_number_addition"),
    ("postcode", "place", "kern"),
    "point",
    "point_is_approximate",
    "geocode_status",
    (
        "wheelchair_accessible",
        "has_lift",
        "has_accessible_toilet",
        "has_hearing_loop",
        "has_parking",
    ),
    "transport_note",
]


def _geocode_after_commit(location: Location) -> None:
    if location.needs_geocoding:
        transaction.on_commit(partial(location_geocode, location_id=location.pk))


class LeafletIconsMedia:
    js = ["sociale_kaart/admin_leaflet_icons.js"]


class LocationInline(LeafletGeoAdminMixin, admin.StackedInline):
    model = Location
    form = LocationAdminForm
    extra = 0
    fields = LOCATION_FIELDS
    readonly_fields = ["geocode_status"]


@admin.register(Organization)
class OrganizationAdmin(
    RealDataDeleteAdminMixin,
    PhoneNumberAdminMixin,
    VersionRelationsRestoreMixin,
    SimpleHistoryAdmin,
    admin.ModelAdmin,
):
    """Organisations, with history, diff and restoring a version, the partner
    settings and the memberships, and a filter for stale listings. Deleting a
    partner from the shipped data leaves a tombstone, so it stays deleted."""

    real_data_dataset = REAL_DATA_ORGANIZATIONS
    list_display = ["name", "is_coalition_partner", "status", "last_verified_at"]
    list_filter = [
        VerificationStateFilter,
        "status",
        "is_coalition_partner",
        "themes",
        "locations__kern",
    ]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["themes"]
    inlines = [LocationInline, PartnerSettingsInline, MembershipInline]
    history_list_display = ["status", "last_verified_at"]
    history_related_fields = ("themes",)
    Media = LeafletIconsMedia

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is Location:
            for location in formset.new_objects + [
                obj for obj, _fields in formset.changed_objects
            ]:
                _geocode_after_commit(location)


@admin.register(Location)
class LocationAdmin(SimpleHistoryAdmin, LeafletGeoAdminMixin, admin.ModelAdmin):
    """Locations, with history and restoring a version."""

    list_display = ["__str__", "organization", "kern", "geocode_status"]
    list_filter = ["geocode_status", "kern", "point_is_approximate"]
    search_fields = ["name", "street", "postcode", "organization__name"]
    list_select_related = ["organization"]
    autocomplete_fields = ["organization"]
    form = LocationAdminForm
    fields = ["organization", *LOCATION_FIELDS]
    readonly_fields = ["geocode_status"]
    actions = ["geocode_again"]
    Media = LeafletIconsMedia

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        _geocode_after_commit(obj)

    @admin.action(description=_("Adres opnieuw opzoeken bij PDOK"))
    def geocode_again(self, request, queryset):
        found = 0
        for pk in queryset.values_list("pk", flat=True):
            location = location_geocode(location_id=pk, force=True)
            found += location.geocode_status == GeocodeStatus.FOUND
        self.message_user(
            request,
            ngettext("%(count)d adres gevonden.", "%(count)d adressen gevonden.", found)
            % {"count": found},
            messages.SUCCESS if found else messages.WARNING,
        )


class ServiceScheduleInline(admin.TabularInline):
    model = ServiceSchedule
    extra = 1


class ServiceClosureInline(admin.TabularInline):
    model = ServiceClosure
    extra = 0


@admin.register(Service)
class ServiceAdmin(
    PhoneNumberAdminMixin,
    VersionRelationsRestoreMixin,
    SimpleHistoryAdmin,
    admin.ModelAdmin,
):
    """Offers, with history and restoring a version.

    A version keeps the offer's themes, target groups and locations; weekly
    periods and closures have their own history (see the partner's history
    page) and are not part of a restore.
    """

    list_display = ["name", "organization", "status", "is_free", "last_verified_at"]
    list_filter = ["status", "is_free", "themes", "target_groups", "locations__kern"]
    search_fields = ["name", "description", "organization__name"]
    list_select_related = ["organization"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organization", "locations"]
    filter_horizontal = ["themes", "target_groups"]
    inlines = [ServiceScheduleInline, ServiceClosureInline]
    history_list_display = ["status"]
    history_related_fields = ("themes", "target_groups", "locations")
    fieldsets = [
        (None, {"fields": ["organization", "name", "slug", "description", "status"]}),
        (_("Voor wie"), {"fields": ["target_groups", ("min_age", "max_age")]}),
        (_("Thema's"), {"fields": ["themes"]}),
        (_("Waar"), {"fields": ["locations"]}),
        (
            _("Meedoen"),
            {
                "fields": [
                    ("is_free", "cost_description"),
                    "languages",
                    "how_to_join",
                    ("email", "phone"),
                ]
            },
        ),
        (_("Controle"), {"fields": ["last_verified_at"]}),
    ]


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(TargetGroup)
class TargetGroupAdmin(RealDataDeleteAdminMixin, admin.ModelAdmin):
    real_data_dataset = REAL_DATA_TARGET_GROUPS
    real_data_key_field = "slug"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(OpenDataSettings)
class OpenDataSettingsAdmin(SingletonAdminMixin, admin.ModelAdmin):
    """The one row of open data settings: coordinators choose the licence."""

    list_display = ["licence", "updated_at"]

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
