"""Parts of the sociale kaart's admin about partners: the filter for stale
listings and the partner settings and memberships shown with an
organisation."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from partners.models import Membership, PartnerSettings

from ..verification import days_after_check, in_state_or_later


class VerificationStateFilter(admin.SimpleListFilter):
    """Stale listings: due for a check, outdated on the site, or expired."""

    title = _("controle van de gegevens")
    parameter_name = "controle"

    def lookups(self, request, model_admin):
        return [
            ("due", _("controle nodig (of later)")),
            ("outdated", _("mogelijk verouderd (of later)")),
            ("expired", _("verlopen: aanbod niet getoond")),
        ]

    def queryset(self, request, queryset):
        if self.value() not in days_after_check():
            return queryset
        return queryset.filter(in_state_or_later(self.value()))


class PartnerSettingsInline(admin.StackedInline):
    model = PartnerSettings
    can_delete = False
    extra = 1
    max_num = 1


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "organization"
    extra = 0
    fields = ["user", "role", "start_date", "end_date"]
    readonly_fields = ["user"]
    can_delete = True

    def has_add_permission(self, request, obj=None) -> bool:
        # New members come in through an invitation (Lidmaatschappen → toevoegen).
        return False
