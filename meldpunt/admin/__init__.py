"""Coordinators' back office for reports: lists, history, and workflow pages.

Every change goes through ``meldpunt.services``; the admin only collects input.
Contact details and the person concerned are shown only with the permission
``meldpunt.view_personal_data``, and each such view is logged.
"""

import re

from django.contrib import admin
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from lansingerland.templatetags.phone import phone_link

from ..constants import ConcernSign
from ..models import (
    Note,
    PersonalDataAccess,
    PersonConcerned,
    Referral,
    Report,
    Reporter,
    StatusChange,
)
from ..notifications import absolute_url
from ..services import (
    log_personal_data_access,
    referral_is_usable,
    report_assign,
    report_transition,
)
from ..tokens import partner_token
from ..workflow import InvalidTransition, referral_steps
from . import views
from .filters import AssignedFilter, CallbackFilter, OverdueFilter

_FORMATTED_REFERENCE = re.compile(r"[0-9A-Za-z]{4}-[0-9A-Za-z]{4}")
PERSONAL_DATA_PERMISSION = "meldpunt.view_personal_data"


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class StatusChangeInline(ReadOnlyInline):
    model = StatusChange
    fields = ["created_at", "from_status", "to_status", "who", "note"]
    readonly_fields = fields

    @admin.display(description=_("door"))
    def who(self, obj: StatusChange) -> str:
        # A referral handler acts for an organisation: show both.
        if obj.changed_by and obj.actor_label:
            return f"{obj.changed_by.get_username()} ({obj.actor_label})"
        return obj.changed_by.get_username() if obj.changed_by else obj.actor_label

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("changed_by")


class NoteInline(ReadOnlyInline):
    model = Note
    fields = ["created_at", "kind", "author", "text"]
    readonly_fields = fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")


class ReferralInline(ReadOnlyInline):
    model = Referral
    fields = [
        "created_at",
        "organization",
        "status",
        "decline_reason",
        "responded_at",
        "partner_link",
    ]
    readonly_fields = fields

    @admin.display(description=_("link voor de partner"))
    def partner_link(self, obj: Referral) -> str:
        """The partner's link, to pass on by phone when it has no e-mail address."""
        if not referral_is_usable(obj):
            return "-"
        return absolute_url(
            reverse("meldpunt:partner_referral", args=[partner_token(obj.pk)])
        )

    def get_fields(self, request, obj=None):
        # The link opens the referral's page: only for staff who may see
        # personal data (the page itself asks the partner for a mailed code).
        fields = super().get_fields(request, obj)
        if request.user.has_perm(PERSONAL_DATA_PERMISSION):
            return fields
        return [name for name in fields if name != "partner_link"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organization", "report")


class ReporterInline(admin.StackedInline):
    model = Reporter
    extra = 0
    max_num = 1
    can_delete = False
    fields = ["name", "email", "phone_number", "callback_daypart", "organisation"]
    readonly_fields = fields

    @admin.display(description=_("telefoonnummer"))
    def phone_number(self, obj: Reporter) -> str:
        """The number the Dutch way, as a link that calls it."""
        return phone_link(obj.phone) or "-"

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class PersonConcernedInline(ReporterInline):
    model = PersonConcerned
    fields = [
        "name",
        "address",
        "kern",
        "relation",
        "knows_about_report",
        "informed_at",
        "data_holder",
    ]
    readonly_fields = fields


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = [
        "formatted_reference",
        "kind",
        "kern",
        "status",
        "deadline",
        "callback",
        "assigned_to",
        "partner",
        "received",
    ]
    list_filter = [
        OverdueFilter,
        AssignedFilter,
        CallbackFilter,
        "status",
        "kind",
        "kern",
        "channel",
        ("partner", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["assigned_to", "partner", "reporter"]
    date_hierarchy = "created_at"
    fields = [
        "formatted_reference",
        "kind",
        "kern",
        "channel",
        "status",
        "outcome",
        "cancel_reason",
        "message",
        "signs_noticed",
        "share_with_partner",
        "received",
        "first_contact_due",
        "first_contact_at",
        "closed_at",
        "assigned_to",
        "partner",
        "duplicate_of",
        "anonymised_at",
    ]
    readonly_fields = [f for f in fields if f != "assigned_to"]
    actions = ["assign_to_me", "move_to_triage"]
    change_form_template = "admin/meldpunt/report/change_form.html"
    change_list_template = "admin/meldpunt/report/change_list.html"

    class Media:
        css = {"all": ["meldpunt/admin.css"]}

    @admin.display(description=_("opgemerkte signalen"))
    def signs_noticed(self, obj: Report) -> str:
        """The signs as the reporter read them, not their stored codes."""
        labels = dict(ConcernSign.choices)
        return ", ".join(str(labels.get(code, code)) for code in obj.signs) or "-"

    @admin.display(description=_("kenmerk"), ordering="reference")
    def formatted_reference(self, obj: Report) -> str:
        return obj.formatted_reference

    @admin.display(description=_("ontvangen op"), ordering="created_at")
    def received(self, obj: Report) -> str:
        return date_format(timezone.localtime(obj.created_at), "DATETIME_FORMAT")

    @admin.display(
        description=_("eerste contact uiterlijk"), ordering="first_contact_due"
    )
    def deadline(self, obj: Report):
        if obj.first_contact_due is None:
            return "-"
        shown = date_format(obj.first_contact_due)
        if obj.is_overdue:
            return format_html(
                '<strong class="meldpunt-overdue">{} {}</strong>', _("Te laat:"), shown
            )
        return shown

    @admin.display(description=_("bel terug"), ordering="reporter__callback_daypart")
    def callback(self, obj: Report) -> str:
        """The part of day a reporter asked to be called back in, or "-"."""
        reporter = getattr(obj, "reporter", None)
        if reporter is None or not reporter.callback_daypart:
            return "-"
        return reporter.get_callback_daypart_display()

    def get_search_fields(self, request):
        fields = ["reference", "message"]
        if request.user.has_perm(PERSONAL_DATA_PERMISSION):
            fields += ["reporter__name", "reporter__email", "reporter__phone"]
        return fields

    def get_search_results(self, request, queryset, search_term):
        # References are shown with a dash (K7QM-3XZA) but stored without.
        term = search_term.strip()
        if _FORMATTED_REFERENCE.fullmatch(term):
            term = term.replace("-", "").upper()
        return super().get_search_results(request, queryset, term)

    def get_inlines(self, request, obj):
        inlines = [StatusChangeInline, ReferralInline, NoteInline]
        if obj is not None and request.user.has_perm(PERSONAL_DATA_PERMISSION):
            inlines = [ReporterInline, PersonConcernedInline, *inlines]
        return inlines

    def has_delete_permission(self, request, obj=None) -> bool:
        # Reports leave through retention or an AVG erasure, never by hand.
        return False

    def changelist_view(self, request, extra_context=None):
        # The list needs the whole width of a laptop screen for its columns;
        # the same links stay on the start page and in the breadcrumbs.
        extra_context = {**(extra_context or {}), "is_nav_sidebar_enabled": False}
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        report = self.get_object(request, object_id)
        has_personal_data = report is not None and (
            Reporter.objects.filter(report=report).exists()
            or PersonConcerned.objects.filter(report=report).exists()
        )
        if has_personal_data and request.user.has_perm(PERSONAL_DATA_PERMISSION):
            log_personal_data_access(report=report, user=request.user)
        extra_context = {
            **(extra_context or {}),
            # Only the actions the workflow allows from this status.
            "can_refer": report is not None and bool(referral_steps(report.status)),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def add_view(self, request, form_url="", extra_context=None):
        return views.phone_report(self, request)

    def save_model(self, request, obj, form, change) -> None:
        if change and "assigned_to" in form.changed_data:
            report_assign(
                report_id=obj.pk,
                assignee=form.cleaned_data["assigned_to"],
                user=request.user,
            )

    def get_urls(self):
        wrap = self.admin_site.admin_view
        own = [
            path(
                "telefonisch/",
                wrap(lambda r: views.phone_report(self, r)),
                name="meldpunt_report_phone",
            ),
            path(
                "personen/",
                wrap(lambda r: views.person_search(self, r)),
                name="meldpunt_report_persons",
            ),
            path(
                "rapportage/",
                wrap(lambda r: views.figures(self, r)),
                name="meldpunt_report_figures",
            ),
            path(
                "rapportage.csv",
                wrap(lambda r: views.figures_csv(self, r)),
                name="meldpunt_report_figures_csv",
            ),
            path(
                "<int:pk>/status/",
                wrap(lambda r, pk: views.change_status(self, r, pk)),
                name="meldpunt_report_status",
            ),
            path(
                "<int:pk>/doorverwijzen/",
                wrap(lambda r, pk: views.refer(self, r, pk)),
                name="meldpunt_report_refer",
            ),
            path(
                "<int:pk>/notitie/",
                wrap(lambda r, pk: views.add_note(self, r, pk)),
                name="meldpunt_report_note",
            ),
            path(
                "<int:pk>/dubbel/",
                wrap(lambda r, pk: views.link_duplicate(self, r, pk)),
                name="meldpunt_report_duplicate",
            ),
            path(
                "<int:pk>/eerste-contact/",
                wrap(lambda r, pk: views.first_contact(self, r, pk)),
                name="meldpunt_report_first_contact",
            ),
        ]
        return own + super().get_urls()

    @admin.action(description=_("Aan mij toewijzen"), permissions=["change"])
    def assign_to_me(self, request, queryset) -> None:
        for report in queryset:
            report_assign(report_id=report.pk, assignee=request.user, user=request.user)
        self.message_user(request, _("Toegewezen aan u."))

    @admin.action(
        description=_("In behandeling nemen (naar triage)"), permissions=["change"]
    )
    def move_to_triage(self, request, queryset) -> None:
        refused = []
        for report in queryset:
            try:
                report_transition(
                    report_id=report.pk, to_status="triage", user=request.user
                )
            except InvalidTransition as exc:
                refused.append(f"{report.formatted_reference}: {exc.message}")
        if refused:
            self.message_user(request, " ".join(refused), level="warning")


@admin.register(PersonalDataAccess)
class PersonalDataAccessAdmin(admin.ModelAdmin):
    list_display = ["created_at", "report", "user", "actor_label", "action"]
    list_filter = ["action"]
    list_select_related = ["report", "user"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
