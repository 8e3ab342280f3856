"""Coordinators' side of the partner area: memberships, invitations, join
requests, the approval queue, verification requests and digests."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .constants import ChangeStatus, JoinRequestStatus
from .forms import InviteForm
from .models import (
    DigestRun,
    Invitation,
    JoinRequest,
    Membership,
    PendingChange,
    VerificationRequest,
)
from .services import (
    join_request_approve,
    join_request_reject,
    membership_invite,
    pending_change_approve,
    pending_change_reject,
)
from .services.approval import pending_changes_annotated, pending_kind


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organization", "role", "start_date", "end_date"]
    list_filter = ["role", "organization"]
    search_fields = ["user__email", "user__last_name", "organization__name"]
    list_select_related = ["user", "organization"]
    autocomplete_fields = ["organization"]
    readonly_fields = ["user", "invited_by", "created_at"]
    actions = ["resend_invitation"]

    def get_urls(self):
        return [
            path(
                "uitnodigen/",
                self.admin_site.admin_view(self.invite_view),
                name="partners_membership_invite",
            ),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("admin:partners_membership_invite")

    def invite_view(self, request):
        """Invite a person by e-mail: calls ``membership_invite``."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = InviteForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                membership = membership_invite(
                    email=form.cleaned_data["email"],
                    name=form.cleaned_data["name"],
                    organization=form.cleaned_data["organization"],
                    role=form.cleaned_data["role"],
                    end_date=form.cleaned_data["end_date"],
                    invited_by=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(
                    request,
                    gettext("Uitnodiging verstuurd naar %(email)s.")
                    % {"email": membership.user.email},
                    messages.SUCCESS,
                )
                return redirect("admin:partners_membership_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "title": gettext("Iemand uitnodigen voor de partneromgeving"),
        }
        return TemplateResponse(
            request, "admin/partners/membership/invite.html", context
        )

    @admin.action(description=_("Uitnodiging opnieuw versturen"))
    def resend_invitation(self, request, queryset):
        for membership in queryset.select_related("user", "organization"):
            membership_invite(
                email=membership.user.email,
                organization=membership.organization,
                role=membership.role,
                end_date=membership.end_date,
                invited_by=request.user,
            )
        self.message_user(
            request, gettext("Uitnodigingen verstuurd."), messages.SUCCESS
        )


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "membership", "created_at", "expires_at", "used_at"]
    list_select_related = ["membership__user", "membership__organization"]
    readonly_fields = ["membership", "email", "created_at", "expires_at", "used_at"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(PendingChange)
class PendingChangeAdmin(admin.ModelAdmin):
    list_display = [
        "organization",
        "target",
        "subject",
        "location",
        "submitted_by",
        "submitted_at",
        "status",
    ]
    list_filter = ["status", "target"]
    list_select_related = [
        "organization",
        "location",
        "service",
        "activity",
        "submitted_by",
    ]
    readonly_fields = [
        "organization",
        "target",
        "location",
        "service",
        "activity",
        "comparison",
        "submitted_by",
        "submitted_at",
        "status",
        "decided_by",
        "decided_at",
    ]
    fields = [*readonly_fields, "reason"]
    actions = ["approve", "reject"]

    def has_add_permission(self, request) -> bool:
        return False

    def get_queryset(self, request):
        return pending_changes_annotated(super().get_queryset(request))

    @admin.display(description=_("onderwerp"))
    def subject(self, obj: PendingChange) -> str:
        """What the change is about, as the domain of its target names it."""
        return pending_kind(obj).subject(obj)

    @admin.display(description=_("wijzigingen (nu → voorgesteld)"))
    def comparison(self, obj: PendingChange) -> str:
        return pending_kind(obj).comparison(obj)

    def response_change(self, request, obj):
        """The change page's "Goedkeuren" and "Afwijzen" buttons (a POST with
        the form's CSRF token): decide this one change, with the reason the
        coordinator just typed, and come back to it."""
        approve = "_approve" in request.POST
        if not (approve or "_reject" in request.POST):
            return super().response_change(request, obj)
        if obj.status == ChangeStatus.PENDING and self._decide_one(
            request, obj, approve=approve
        ):
            text = (
                gettext("De wijziging is goedgekeurd en staat op de site.")
                if approve
                else gettext("De wijziging is afgewezen.")
            )
            self.message_user(
                request,
                text + " " + gettext("De partner krijgt een mail."),
                messages.SUCCESS,
            )
        return HttpResponseRedirect(request.path)

    @admin.action(description=_("Geselecteerde wijzigingen goedkeuren"))
    def approve(self, request, queryset):
        self._decide(request, queryset, approve=True)

    @admin.action(description=_("Geselecteerde wijzigingen afwijzen"))
    def reject(self, request, queryset):
        self._decide(request, queryset, approve=False)

    def _decide(self, request, queryset, *, approve: bool) -> None:
        done = sum(
            self._decide_one(request, change, approve=approve)
            for change in queryset.filter(status=ChangeStatus.PENDING)
        )
        self.message_user(
            request,
            gettext("%(count)s wijziging(en) verwerkt.") % {"count": done},
            messages.SUCCESS,
        )

    def _decide_one(self, request, change: PendingChange, *, approve: bool) -> bool:
        """Approve or reject ``change``; True when done, else an error message."""
        try:
            if approve:
                pending_change_approve(change=change, user=request.user)
            else:
                pending_change_reject(
                    change=change, user=request.user, reason=change.reason
                )
        except ValidationError as error:
            self.message_user(
                request,
                gettext("%(change)s: niet overgenomen: %(errors)s")
                % {"change": change, "errors": "; ".join(error.messages)},
                messages.ERROR,
            )
            return False
        return True


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "name", "kern", "created_at", "status"]
    list_filter = ["status", "kind", "kern"]
    search_fields = ["name", "organization_name", "email"]
    readonly_fields = [
        "kind",
        "name",
        "email",
        "phone",
        "organization_name",
        "website",
        "kern",
        "message",
        "privacy_consent_at",
        "created_at",
        "status",
        "decided_by",
        "decided_at",
        "organization_link",
    ]
    exclude = ["organization"]
    actions = ["approve", "reject"]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.display(description=_("aangemaakte organisatie"))
    def organization_link(self, obj: JoinRequest) -> str:
        if not obj.organization_id:
            return "–"
        return format_html(
            '<a href="{}">{}</a>',
            reverse(
                "admin:sociale_kaart_organization_change", args=[obj.organization_id]
            ),
            obj.organization,
        )

    @admin.action(description=_("Goedkeuren (organisatie aanmaken en uitnodigen)"))
    def approve(self, request, queryset):
        count = 0
        for join_request in queryset.filter(status=JoinRequestStatus.NEW):
            join_request_approve(join_request=join_request, user=request.user)
            count += 1
        self.message_user(
            request,
            gettext("%(count)s aanmelding(en) goedgekeurd.") % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Afwijzen"))
    def reject(self, request, queryset):
        count = 0
        for join_request in queryset.filter(status=JoinRequestStatus.NEW):
            join_request_reject(join_request=join_request, user=request.user)
            count += 1
        self.message_user(
            request,
            gettext("%(count)s aanmelding(en) afgewezen.") % {"count": count},
            messages.SUCCESS,
        )


@admin.register(VerificationRequest)
class VerificationRequestAdmin(admin.ModelAdmin):
    list_display = ["organization", "cycle_start", "sent_at", "confirmed_at"]
    list_select_related = ["organization"]
    readonly_fields = [
        "organization",
        "cycle_start",
        "sent_at",
        "expires_at",
        "confirmed_at",
        "confirmed_by",
    ]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(DigestRun)
class DigestRunAdmin(admin.ModelAdmin):
    list_display = ["sent_at", "period_start", "period_end", "change_count"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
