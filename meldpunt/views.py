"""Public pages of the meldpunt: the form in steps, the confirmation, the
reporter's status page and the partner's time-limited link."""

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from lansingerland import throttle
from lansingerland.db import CONNECTION_ERRORS, retry_once_on_lost_connection

from . import link_codes, ratelimit
from .constants import FINISHED_STATUSES, CancelReason, ReportChannel, ReportStatus
from .forms import KindForm, ReportForm, WithdrawForm
from .models import Referral, Report
from .referral_actions import referral_actions
from .services import (
    log_personal_data_access,
    new_submission_token,
    referral_is_usable,
    report_submit,
    report_transition,
)
from .tokens import reference_from_reporter_token, referral_id_from_partner_token

_SESSION_KEY = "meldpunt_last_reference"


def _details(request, form: ReportForm, status: int = 200) -> HttpResponse:
    return render(
        request, "meldpunt/report_form.html", {"form": form, "step": 2}, status=status
    )


def not_saved_message() -> str:
    """Dutch message when a report could not be stored: send again, or use the
    meldpunt's mailbox or phone (settings.COALITION_EMAIL / COALITION_PHONE)."""
    if settings.COALITION_PHONE:
        return _(
            "Door een storing bij ons is uw melding nog niet opgeslagen. Wat u "
            "schreef staat hieronder nog: verstuur uw melding opnieuw. Lukt dat "
            "niet, bel dan %(phone)s of mail naar %(email)s."
        ) % {"phone": settings.COALITION_PHONE, "email": settings.COALITION_EMAIL}
    return _(
        "Door een storing bij ons is uw melding nog niet opgeslagen. Wat u "
        "schreef staat hieronder nog: verstuur uw melding opnieuw. Lukt dat "
        "niet, mail dan naar %(email)s."
    ) % {"email": settings.COALITION_EMAIL}


def details_after_csrf_failure(request: HttpRequest) -> HttpResponse:
    """Step 2 again with what the resident typed, after a failed security check
    (403): nothing is sent; they go through the review step themselves."""
    form = ReportForm(request.POST)
    form.is_valid()
    form.add_error(
        None,
        _(
            "Uw melding is nog niet verstuurd: de pagina stond lang open of uw "
            "browser blokkeert cookies. Wat u typte, staat hieronder. Controleer "
            "het en ga verder naar controleren."
        ),
    )
    return _details(request, form, status=403)


@never_cache
def report_create(request: HttpRequest) -> HttpResponse:
    """Step 1 (GET, choose a kind), step 2 (fill in), step 3 (review), send.

    Works without JavaScript: every step is a full page. What was typed travels
    in the form itself, never in the session, so a new visitor on a shared
    computer always starts with an empty form.
    """
    if request.method != "POST":
        # Step 1's form always sends ``stap``, so "Verder" with no kind chosen
        # (an empty ``/meldpunt/?``) is told what to fix, not shown a fresh page.
        if "soort" not in request.GET and "stap" not in request.GET:
            return render(
                request, "meldpunt/report_kind.html", {"form": KindForm(), "step": 1}
            )
        kind_form = KindForm(request.GET)
        if not kind_form.is_valid():
            return render(
                request, "meldpunt/report_kind.html", {"form": kind_form, "step": 1}
            )
        kind = kind_form.cleaned_data["soort"]
        form = ReportForm(
            kind=kind,
            initial={"kind": kind, "submission_token": new_submission_token()},
        )
        return _details(request, form)

    form = ReportForm(request.POST)
    step = request.POST.get("step", "review")
    if step == "edit" or not form.is_valid():
        return _details(request, form)
    if step != "send":
        return render(request, "meldpunt/report_review.html", {"form": form, "step": 3})
    data = form.cleaned_data
    if data["website"]:
        # A bot filled in the hidden field: act as if all went well, store nothing.
        return render(request, "meldpunt/report_received.html", {"report": None})
    if not data["submission_token"]:
        form.add_error(
            None,
            _("Het formulier is verlopen. Controleer uw melding en verstuur opnieuw."),
        )
        form.data = form.data.copy()
        form.data["submission_token"] = new_submission_token()
        return _details(request, form)
    until = ratelimit.limited_until(request)
    if until is not None:
        form.add_error(None, throttle.spam_brake_message(until))
        return _details(request, form, status=429)
    ratelimit.count_submission(request)
    try:
        report = retry_once_on_lost_connection(
            report_submit,
            kind=data["kind"],
            message=data["message"],
            kern=data["kern"],
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            callback_daypart=data["callback_daypart"],
            organisation=data["organisation"] if data["is_professional"] else "",
            channel=ReportChannel.PROFESSIONAL
            if data["is_professional"]
            else ReportChannel.WEB,
            privacy_consent=data["privacy_consent"],
            share_with_partner=data["share_with_partner"],
            signs=data.get("signs") or [],
            person=form.person_data(),
            submission_token=data["submission_token"],
        )
    except CONNECTION_ERRORS:
        # Stored nothing even after one retry: keep what was typed (and the
        # submission token, so a resend is never stored twice) and ask again.
        form.add_error(None, not_saved_message())
        return _details(request, form, status=503)
    request.session[_SESSION_KEY] = report.reference
    return redirect(reverse("meldpunt:report_received"))


@never_cache
def report_received(request: HttpRequest) -> HttpResponse:
    """Confirmation with the reference, shown only in the sender's own session."""
    reference = request.session.get(_SESSION_KEY)
    report = (
        Report.objects.select_related("reporter").filter(reference=reference).first()
        if reference
        else None
    )
    if report is None:
        return redirect(reverse("meldpunt:report_create"))
    return render(
        request,
        "meldpunt/report_received.html",
        {
            "report": report,
            "has_contact": hasattr(report, "reporter"),
            "working_days": settings.MELDPUNT_FIRST_CONTACT_WORKING_DAYS,
        },
    )


@never_cache
def report_status(request: HttpRequest, token: str) -> HttpResponse:
    """The reporter's page from the confirmation mail: status, and withdraw (POST)."""
    try:
        reference = reference_from_reporter_token(token)
    except signing.BadSignature:
        return render(request, "meldpunt/link_invalid.html", status=404)
    report = Report.objects.filter(reference=reference).first()
    if report is None:
        return render(request, "meldpunt/link_invalid.html", status=404)
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    can_withdraw = report.status not in FINISHED_STATUSES
    if request.method == "POST" and can_withdraw and form.is_valid():
        report_transition(
            report_id=report.pk,
            to_status=ReportStatus.CANCELLED,
            cancel_reason=CancelReason.WITHDRAWN,
            actor_label=_("melder"),
            note=_("Ingetrokken door de melder via de statuspagina."),
        )
        return redirect(request.path)
    return render(
        request,
        "meldpunt/report_status.html",
        {"report": report, "form": form, "can_withdraw": can_withdraw},
    )


@never_cache
def partner_referral(request: HttpRequest, token: str) -> HttpResponse:
    """A partner without an account acts on one referral: shows on GET, acts on POST.

    Without more, the page shows nothing personal (reference, kind, kern,
    status) and the partner can act. The message, the person concerned and
    the reporter's contact details (only when sharing was allowed) appear
    after a one-time code mailed to the organisation's address
    (``meldpunt.link_codes``). Every view of personal data is logged under
    who looked: the logged-in user, else "via link, not logged in".
    """
    try:
        referral_id = referral_id_from_partner_token(token)
    except signing.SignatureExpired:
        return render(
            request, "meldpunt/link_invalid.html", {"expired": True}, status=410
        )
    except signing.BadSignature:
        return render(request, "meldpunt/link_invalid.html", status=404)
    referral = (
        Referral.objects.select_related(
            "report", "organization", "report__reporter", "report__person_concerned"
        )
        .filter(pk=referral_id)
        .first()
    )
    if referral is None or not referral_is_usable(referral):
        return render(
            request, "meldpunt/link_invalid.html", {"closed": True}, status=410
        )
    code_message = ""
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "send_code":
        code_message = link_codes.code_send(request, referral)
    elif action == "verify_code" and not link_codes.code_verify(
        request, referral, request.POST.get("code", "")
    ):
        code_message = _("Deze code klopt niet of is verlopen. Vraag een nieuwe aan.")
    actions = referral_actions(
        referral=referral,
        data=request.POST if action not in (None, "send_code", "verify_code") else None,
    )
    if actions.done or (action == "verify_code" and not code_message):
        return redirect(request.path)
    report = referral.report
    verified = link_codes.is_verified(request, referral)
    if verified:
        user = request.user if request.user.is_authenticated else None
        log_personal_data_access(
            report=report,
            user=user,
            actor_label=_("via link, niet ingelogd (code naar %(address)s)")
            % {"address": link_codes.recipient(referral)},
            action="partner-link",
        )
    return render(
        request,
        "meldpunt/partner_referral.html",
        {
            "referral": referral,
            "report": report,
            "verified": verified,
            "code_message": code_message,
            "reporter": getattr(report, "reporter", None)
            if verified and report.share_with_partner
            else None,
            "person": getattr(report, "person_concerned", None) if verified else None,
            "forms": actions.forms,
            "error": actions.error,
            "has_errors": actions.has_errors,
        },
    )
