from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from lansingerland.admin_history import VersionRelationsRestoreMixin
from lansingerland.admin_singletons import SingletonAdminMixin
from lansingerland.real_data import RealDataDeleteAdminMixin

from . import admin_proposals  # noqa: F401 - registers the proposals' admin
from .forms import ActivityAdminForm, FeatureServiceAdminForm
from .models import (
    Activity,
    ActivityException,
    Campaign,
    CampaignRuleRecord,
    Occurrence,
    SummerPeriod,
)
from .services import (
    activity_bump_sequence,
    activity_expand_occurrences,
    occurrence_cancel,
    occurrence_restore,
    service_feature_in_campaign,
)


@admin.register(Campaign)
class CampaignAdmin(RealDataDeleteAdminMixin, admin.ModelAdmin):
    # The yearly rules' own records (CampaignRuleRecord) keep a deleted
    # campaign deleted; the mixin only gives the delete pages their wording.
    list_display = ["title", "kind", "start_date", "end_date", "dates_are_approximate"]
    list_filter = ["kind", "dates_are_approximate", "year"]
    search_fields = ["title", "intro"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "start_date"
    readonly_fields = ["feature_link"]

    @admin.display(description=_("vast aanbod"))
    def feature_link(self, obj: Campaign) -> str:
        """Link to the page that puts a regular offer in this campaign."""
        if not obj.pk:
            return gettext("Na het bewaren kunt u hier vast aanbod toevoegen.")
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:activiteiten_campaign_feature", args=[obj.pk]),
            gettext("Vast aanbod van de sociale kaart in deze campagne zetten"),
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/vast-aanbod/",
                self.admin_site.admin_view(self.feature_view),
                name="activiteiten_campaign_feature",
            ),
            *super().get_urls(),
        ]

    def feature_view(self, request, pk: int):
        """Choose an offer; calls ``service_feature_in_campaign``."""
        if not self.has_change_permission(request) or not request.user.has_perm(
            "activiteiten.add_activity"
        ):
            raise PermissionDenied
        campaign = get_object_or_404(Campaign, pk=pk)
        form = FeatureServiceAdminForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                activities = service_feature_in_campaign(
                    service=form.cleaned_data["service"],
                    campaign=campaign,
                    user=request.user,
                )
            except ValidationError as error:
                form.add_error("service", error)
            else:
                self.message_user(
                    request,
                    ngettext(
                        "%(service)s staat nu in %(campaign)s, %(count)d keer "
                        "per week.",
                        "%(service)s staat nu in %(campaign)s, %(count)d keer "
                        "per week.",
                        len(activities),
                    )
                    % {
                        "service": form.cleaned_data["service"].name,
                        "campaign": campaign.title,
                        "count": len(activities),
                    },
                    messages.SUCCESS,
                )
                return redirect(
                    reverse("admin:activiteiten_activity_changelist")
                    + f"?campaigns__id__exact={campaign.pk}"
                )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "campaign": campaign,
            "form": form,
            "title": gettext("Vast aanbod in %(campaign)s zetten")
            % {"campaign": campaign.title},
        }
        return TemplateResponse(
            request, "admin/activiteiten/campaign/feature_service.html", context
        )


@admin.register(SummerPeriod)
class SummerPeriodAdmin(SingletonAdminMixin, admin.ModelAdmin):
    """The summer campaign's days of the year, set once (default July-August)."""

    fields = [("start_day", "start_month"), ("end_day", "end_month")]

    def has_add_permission(self, request):
        return admin.ModelAdmin.has_add_permission(
            self, request
        ) and super().has_add_permission(request)


@admin.register(CampaignRuleRecord)
class CampaignRuleRecordAdmin(admin.ModelAdmin):
    """What the yearly rules made. A row without a campaign is one a coordinator
    deleted: the rule leaves that year alone. Delete the row to let the rule
    make the campaign again (at its next run)."""

    list_display = ["rule", "year", "campaign", "created_at"]
    list_filter = ["rule", "year"]
    readonly_fields = ["rule", "year", "campaign", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ActivityExceptionInline(admin.TabularInline):
    model = ActivityException
    extra = 0
    fields = ["date", "reason"]
    verbose_name = _("vervallen datum")


class OccurrenceInline(admin.TabularInline):
    """The stored dates, read-only: they follow from the rule and the exceptions."""

    model = Occurrence
    extra = 0
    can_delete = False
    fields = ["start", "end", "is_cancelled"]
    readonly_fields = fields
    ordering = ["start"]
    max_num = 0
    show_change_link = True


@admin.register(Activity)
class ActivityAdmin(VersionRelationsRestoreMixin, SimpleHistoryAdmin):
    form = ActivityAdminForm
    history_related_fields = ("organizations", "campaigns")
    list_display = ["title", "start_date", "start_time", "kern", "status"]
    list_filter = ["status", "kern", "target_group", "is_free", "campaigns"]
    search_fields = ["title", "description"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["organizations", "service"]
    filter_horizontal = ["campaigns"]
    date_hierarchy = "start_date"
    inlines = [ActivityExceptionInline, OccurrenceInline]
    readonly_fields = ["dates_link"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "description",
                    "organizer_name",
                    "organizations",
                    "service",
                ]
            },
        ),
        (_("Campagnes"), {"fields": ["campaigns"]}),
        (
            _("Wanneer"),
            {
                "fields": [
                    "start_date",
                    "start_time",
                    "end_time",
                    "recurrence",
                    "dates_link",
                ]
            },
        ),
        (_("Waar"), {"fields": ["location", "address", "kern"]}),
        (
            _("Voor wie en hoe"),
            {
                "fields": [
                    "target_group",
                    "is_free",
                    "cost",
                    "registration",
                    "registration_contact",
                    "max_participants",
                    "wheelchair_accessible",
                    "accessibility",
                ]
            },
        ),
        (_("Status"), {"fields": ["status", "status_note"]}),
    ]

    @admin.display(description=_("data beheren"))
    def dates_link(self, obj: Activity) -> str:
        """Link to this activity's dates, where single dates are cancelled."""
        if not obj.pk:
            return _("Na het bewaren staan de data hier.")
        url = reverse("admin:activiteiten_occurrence_changelist")
        return format_html(
            '<a href="{}?activity__id__exact={}">{}</a>',
            url,
            obj.pk,
            _("Data bekijken of één datum laten vervallen"),
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change:
            activity_bump_sequence(activity_id=form.instance.pk)
        activity_expand_occurrences(activity=form.instance)


@admin.register(Occurrence)
class OccurrenceAdmin(admin.ModelAdmin):
    """Dates of activities; coordinators cancel or restore single dates here."""

    list_display = ["activity", "start", "end", "is_cancelled"]
    list_filter = ["is_cancelled", "activity__campaigns", "activity"]
    search_fields = ["activity__title"]
    date_hierarchy = "start"
    list_select_related = ["activity"]
    actions = ["cancel_dates", "restore_dates"]
    readonly_fields = ["activity", "start", "end", "date", "is_cancelled"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Geselecteerde data laten vervallen"))
    def cancel_dates(self, request, queryset):
        for occurrence in queryset:
            occurrence_cancel(occurrence=occurrence)
        count = queryset.count()
        self.message_user(
            request,
            ngettext("%(count)d datum vervalt.", "%(count)d data vervallen.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Geselecteerde data weer laten doorgaan"))
    def restore_dates(self, request, queryset):
        for occurrence in queryset:
            occurrence_restore(occurrence=occurrence)
        count = queryset.count()
        self.message_user(
            request,
            ngettext(
                "%(count)d datum gaat weer door.",
                "%(count)d data gaan weer door.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
