"""Coordinators' back office for reports."""

import re

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Report, Reporter

_FORMATTED_REFERENCE = re.compile(r"[0-9A-Za-z]{4}-[0-9A-Za-z]{4}")


class ReporterInline(admin.StackedInline):
    model = Reporter
    extra = 0
    max_num = 1
    can_delete = False


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["formatted_reference", "kind", "kern", "status", "created_at"]
    list_filter = ["kind", "kern", "status", "channel"]
    search_fields = [
        "reference",
        "message",
        "reporter__name",
        "reporter__email",
        "reporter__phone",
    ]
    readonly_fields = [
        "formatted_reference",
        "privacy_consent_at",
        "created_at",
        "updated_at",
    ]
    date_hierarchy = "created_at"
    inlines = [ReporterInline]
    list_select_related = ["reporter"]

    @admin.display(description=_("kenmerk"), ordering="reference")
    def formatted_reference(self, obj: Report) -> str:
        return obj.formatted_reference

    def get_search_results(self, request, queryset, search_term):
        # References are shown with a dash (K7QM-3XZA) but stored without.
        term = search_term.strip()
        if _FORMATTED_REFERENCE.fullmatch(term):
            term = term.replace("-", "")
        return super().get_search_results(request, queryset, term)
