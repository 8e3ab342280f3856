"""Partner area: referral handlers answer the meldpunt reports referred to
their organisation.

Every referral is looked up through ``referrals_for_member`` (the member's
organisations with the referral-handler role); the id comes from the URL only,
so another organisation's referral gives a 404 and a changed id in a POST
acts on nothing. The answers go through the meldpunt's referral services with
the handler as ``user``, so the report's history names the person.
"""

import functools

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from lansingerland.drafts import draft_initial
from meldpunt.referral_actions import referral_actions
from meldpunt.services import log_personal_data_access, referral_is_usable
from partners.constants import MembershipRole
from partners.selectors import organizations_for_member
from partners.views import partner_required

from .selectors import (
    RECENTLY_CLOSED_DAYS,
    referral_overview,
    referrals_for_member,
)


def referral_handler_required(view):
    """After ``partner_required``: a member without an active referral-handler
    membership (an editor only) gets a 403 page that explains why."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        handled = organizations_for_member(
            request.user, role=MembershipRole.REFERRAL_HANDLER
        )
        if not handled.exists():
            return render(request, "partners/referral_no_access.html", status=403)
        return view(request, *args, **kwargs)

    return partner_required(wrapper)


@never_cache
@referral_handler_required
@require_http_methods(["GET", "HEAD"])
def referral_list(request: HttpRequest) -> HttpResponse:
    """Open referrals first (with deadline), then the recently closed ones."""
    overview = referral_overview(request.user)
    several = len({r.organization_id for r in overview.open + overview.closed}) > 1
    return render(
        request,
        "partners/referral_list.html",
        {
            "overview": overview,
            "several_organizations": several,
            "recently_closed_days": RECENTLY_CLOSED_DAYS,
        },
    )


@never_cache
@referral_handler_required
@require_http_methods(["GET", "HEAD", "POST"])
def referral_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One referral: the report and, while it is open, the personal data the
    handler needs and the actions (POST: accept, decline, contact, outcome).

    Each view of personal data is logged with the user.
    """
    referral = get_object_or_404(
        referrals_for_member(request.user).select_related(
            "report__reporter", "report__person_concerned"
        ),
        pk=pk,
    )
    actions = referral_actions(
        referral=referral,
        data=request.POST if request.method == "POST" else None,
        user=request.user,
        draft=draft_initial(request) if request.method == "GET" else None,
    )
    if actions.done:
        messages.success(
            request,
            _("Opgeslagen. Het meldpunt ziet dit in de geschiedenis van de melding."),
        )
        return redirect("partners:referral_detail", pk=referral.pk)
    report = referral.report
    usable = referral_is_usable(referral)
    context = {
        "referral": referral,
        "report": report,
        "usable": usable,
        "forms": actions.forms,
        "error": actions.error,
        "has_errors": actions.has_errors,
    }
    if usable:
        log_personal_data_access(
            report=report,
            user=request.user,
            actor_label=referral.organization.name,
            action="partner-area",
        )
        context |= {
            "reporter": getattr(report, "reporter", None)
            if report.share_with_partner
            else None,
            "person": getattr(report, "person_concerned", None),
        }
    return render(request, "partners/referral_detail.html", context)
