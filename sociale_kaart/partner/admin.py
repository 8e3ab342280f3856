"""Parts of the sociale kaart's admin about partners: the filter for stale
listings, the partner settings and memberships shown with an organisation,
and how the approval queue shows a pending organisation, location or offer
change."""

from django.contrib import admin
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from partners.admin_tables import comparison_table
from partners.models import Membership, PartnerSettings, PendingChange

from ..models import Location
from ..verification import days_after_check, in_state_or_later
from .offer_comparison import offer_change_rows


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


def organization_subject(change: PendingChange) -> str:
    """The organisation's name."""
    return change.organization.name


def location_subject(change: PendingChange) -> str:
    """The location's name and address, or "<name> (nieuw)" for a proposed
    new one (its name, else its street, from ``data``)."""
    if change.location is None:
        data = change.data if isinstance(change.data, dict) else {}
        name = data.get("name") or data.get("street") or "—"
        return gettext("%(name)s (nieuw)") % {"name": name}
    parts = [change.location.name, change.location.address]
    return ", ".join(part for part in parts if part) or "—"


def offer_subject(change: PendingChange) -> str:
    """The offer's name, or "<name> (nieuw)" for a proposed new one."""
    if change.service is None:
        data = change.data if isinstance(change.data, dict) else {}
        return gettext("%(name)s (nieuw)") % {"name": data.get("name") or "—"}
    return change.service.name


def field_comparison(change: PendingChange) -> str:
    """HTML of an organisation's or location's change, field by field:
    verbose name, current value ("—" for a new location), proposed value."""
    target = change.target_object
    # A proposed new location has no object yet, but its fields' names.
    model = type(target) if target is not None else Location
    rows = []
    for name, value in change.data.items():
        current = getattr(target, name, "") if target is not None else "—"
        if current == value:
            continue
        try:
            label = model._meta.get_field(name).verbose_name
        except FieldDoesNotExist:  # a form-only key such as the schedule rows
            label = name
        rows.append((label, current, value))
    heading = gettext("nieuwe locatie") if change.is_new else ""
    return comparison_table(rows, heading=heading)


def offer_comparison(change: PendingChange) -> str:
    """An offer's change with names instead of ids and readable periods."""
    rows = offer_change_rows(change)
    heading = gettext("nieuw aanbod") if change.is_new else ""
    return comparison_table(rows, heading=heading)
