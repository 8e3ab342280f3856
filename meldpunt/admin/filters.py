"""List filters of the coordinators' report list."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..constants import CallbackDaypart


class OverdueFilter(admin.SimpleListFilter):
    title = _("termijn")
    parameter_name = "termijn"

    def lookups(self, request, model_admin):
        return [("te-laat", _("te laat"))]

    def queryset(self, request, queryset):
        if self.value() == "te-laat":
            return queryset.overdue()
        return queryset


class AssignedFilter(admin.SimpleListFilter):
    title = _("toegewezen")
    parameter_name = "toegewezen"

    def lookups(self, request, model_admin):
        return [("mij", _("aan mij")), ("niemand", _("niet toegewezen"))]

    def queryset(self, request, queryset):
        if self.value() == "mij":
            return queryset.filter(assigned_to=request.user)
        if self.value() == "niemand":
            return queryset.filter(assigned_to__isnull=True)
        return queryset


class CallbackFilter(admin.SimpleListFilter):
    """Reports whose reporter asked to be called back (``?terugbellen=ja``),
    or called back in one part of the day (``?terugbellen=morning``)."""

    title = _("bel mij terug")
    parameter_name = "terugbellen"

    def lookups(self, request, model_admin):
        return [("ja", _("alle terugbelverzoeken")), *CallbackDaypart.choices]

    def queryset(self, request, queryset):
        if self.value() == "ja":
            return queryset.exclude(reporter__callback_daypart="").filter(
                reporter__isnull=False
            )
        if self.value() in CallbackDaypart.values:
            return queryset.filter(reporter__callback_daypart=self.value())
        return queryset
