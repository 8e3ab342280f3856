"""Parts of the sociale kaart's admin about partners: the filter for stale
listings and the partner settings and memberships shown with an
organisation."""

import datetime

from django.conf import settings
from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from partners.models import Membership, PartnerSettings


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
        days = settings.PARTNERS_VERIFICATION_PERIOD_DAYS
        extra = {
            "due": 0,
            "outdated": settings.PARTNERS_VERIFICATION_GRACE_DAYS,
            "expired": settings.PARTNERS_VERIFICATION_EXPIRY_DAYS,
        }.get(self.value())
        if extra is None:
            return queryset
        limit = timezone.localdate() - datetime.timedelta(days=days + extra)
        return queryset.filter(last_verified_at__lte=limit) | queryset.filter(
            last_verified_at__isnull=True, created_at__date__lte=limit
        )


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
