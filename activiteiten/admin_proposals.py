"""Coordinators review the proposals anyone can send: correct, approve, reject."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .constants import ProposalStatus
from .forms import PROPOSAL_FIELDS
from .models import ActivityProposal
from .proposals import proposal_approve, proposal_reject


class ProposalAdminForm(forms.ModelForm):
    """The proposal as sent (correctable) plus the choice to invite the proposer."""

    invite = forms.BooleanField(
        label=_("Indiener uitnodigen voor het partnergedeelte"),
        required=False,
        help_text=_(
            "Bij goedkeuren krijgt de indiener een uitnodiging om de activiteiten "
            "van de gekozen organisatie zelf bij te houden."
        ),
    )

    class Meta:
        model = ActivityProposal
        fields = [*PROPOSAL_FIELDS, "organization", "decision_note"]


@admin.register(ActivityProposal)
class ActivityProposalAdmin(admin.ModelAdmin):
    """New proposals first; "Goedkeuren" publishes, "Afwijzen" mails the reason."""

    form = ProposalAdminForm
    list_display = ["title", "start_date", "kern", "organizer_name", "status"]
    list_filter = ["status", "kern"]
    search_fields = ["title", "organizer_name", "contact_name", "contact_email"]
    autocomplete_fields = ["organization"]
    readonly_fields = ["status", "activity_link", "decided_by", "decided_at"]
    fieldsets = [
        (None, {"fields": ["status", "activity_link", "decided_by", "decided_at"]}),
        (_("Wat"), {"fields": ["title", "description", "organizer_name"]}),
        (
            _("Wanneer"),
            {
                "fields": [
                    "repeat",
                    "start_date",
                    "start_time",
                    "end_time",
                    "repeat_until",
                ]
            },
        ),
        (_("Waar"), {"fields": ["address", "kern"]}),
        (
            _("Voor wie en hoe"),
            {
                "fields": [
                    "target_group",
                    "cost",
                    "registration",
                    "registration_contact",
                ]
            },
        ),
        (
            _("Contact (niet openbaar)"),
            {"fields": ["contact_name", "contact_email", "contact_phone"]},
        ),
        (
            _("Besluit"),
            {"fields": ["organization", "invite", "decision_note"]},
        ),
    ]

    @admin.display(description=_("activiteit"))
    def activity_link(self, obj: ActivityProposal) -> str:
        if not obj.activity_id:
            return "–"
        return format_html(
            '<a href="{}">{}</a>', obj.activity.get_absolute_url(), obj.activity
        )

    def has_add_permission(self, request):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("activity", "decided_by")

    def response_change(self, request, obj):
        decision = next((k for k in ("_approve", "_reject") if k in request.POST), "")
        if not decision or obj.status != ProposalStatus.NEW:
            return super().response_change(request, obj)
        try:
            if decision == "_approve":
                activity = proposal_approve(
                    proposal=obj,
                    organization=obj.organization,
                    user=request.user,
                    invite=bool(request.POST.get("invite")),
                )
                self.message_user(
                    request,
                    gettext(
                        "%(title)s staat nu in de agenda; de indiener krijgt een mail."
                    )
                    % {"title": activity.title},
                    messages.SUCCESS,
                )
            else:
                proposal_reject(proposal=obj, user=request.user, note=obj.decision_note)
                self.message_user(
                    request,
                    gettext("Het voorstel is afgewezen; de indiener krijgt een mail."),
                    messages.SUCCESS,
                )
        except ValidationError as error:
            for message in error.messages:
                self.message_user(request, message, messages.ERROR)
        return HttpResponseRedirect(request.path)
