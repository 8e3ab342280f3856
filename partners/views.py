"""Partner area: thin views over selectors and services.

Every object is looked up through ``organizations_for_member``, so an id of
another organisation, in the URL or in a form, gives a 404 and changes nothing.
"""

import functools

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login

from lansingerland.qrcodes import qr_code_svg
from lansingerland.twofactor import (
    totp_device_confirm,
    totp_device_confirmed,
    totp_device_start,
    totp_secret_groups,
)

from .forms import (
    JoinRequestForm,
    OTPTokenForm,
    PartnerSetPasswordForm,
)
from .models import Invitation, Membership
from .selectors import (
    member_needs_two_factor,
    organizations_for_member,
)
from .services import (
    InvitationError,
    invitation_accept,
    invitation_for_token,
    join_request_submit,
)

LOGIN_BACKEND = "django.contrib.auth.backends.ModelBackend"
#: The name of a partner's authenticator-app device (shown in the admin).
DEVICE_NAME = "partneromgeving"
TOO_MANY_TRIES = _lazy(
    "Te veel verkeerde codes na elkaar. Wacht even en probeer de nieuwste code."
)


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("partners:dashboard")


def _two_factor_user(view):
    """Logged-in non-staff users only; others go to the login page."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect("partners:login")
        if request.user.is_staff:
            return render(request, "partners/staff_notice.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper


@_two_factor_user
@require_http_methods(["GET", "HEAD", "POST"])
def two_factor(request: HttpRequest) -> HttpResponse:
    """Second step of the login: the code from the authenticator app."""
    device = totp_device_confirmed(user=request.user)
    if device is None:
        return redirect(
            reverse("partners:two_factor_setup")
            + "?"
            + urlencode({"next": _safe_next(request)})
        )
    form = OTPTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not device.verify_is_allowed()[0]:
            form.add_error("token", TOO_MANY_TRIES)
        elif device.verify_token(form.cleaned_data["token"]):
            otp_login(request, device)
            return redirect(_safe_next(request))
        else:
            form.add_error(
                "token",
                _(
                    "Deze code klopt niet. Kijk of de tijd op uw telefoon goed staat "
                    "en probeer de nieuwste code."
                ),
            )
    return render(
        request, "partners/two_factor.html", {"form": form, "next": _safe_next(request)}
    )


@_two_factor_user
@require_http_methods(["GET", "HEAD", "POST"])
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    """Link an authenticator app: scan the QR code, type the first code."""
    try:
        device = totp_device_start(user=request.user, name=DEVICE_NAME)
    except ValueError:
        return redirect(
            reverse("partners:two_factor")
            + "?"
            + urlencode({"next": _safe_next(request)})
        )
    form = OTPTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = totp_device_confirm(
                user=request.user,
                device_id=device.pk,
                token=form.cleaned_data["token"],
            )
        except ValidationError as error:
            form.add_error("token", error)
        else:
            otp_login(request, device)
            messages.success(request, _("Uw app is gekoppeld."))
            return redirect(_safe_next(request))
    return render(
        request,
        "partners/two_factor_setup.html",
        {
            "form": form,
            "next": _safe_next(request),
            "qr_svg": qr_code_svg(device.config_url),
            "secret": " ".join(totp_secret_groups(device)),
        },
    )


def partner_required(view):
    """Only logged-in partners with an active membership get through.

    Anonymous visitors go to the partner login; coordinators (staff) are
    pointed to the admin; a user without an active membership gets a 403
    page that explains why.
    """

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("partners:login"))
        if user.is_staff:
            return render(request, "partners/staff_notice.html", status=403)
        if not Membership.objects.active().filter(user=user).exists():
            return render(request, "partners/no_access.html", status=403)
        if member_needs_two_factor(user) and not user.is_verified():
            return redirect_to_login(
                request.get_full_path(), reverse("partners:two_factor")
            )
        return view(request, *args, **kwargs)

    return wrapper


def report_saved(request: HttpRequest, pending) -> None:
    """Tell the partner whether their saved edit is live (``pending`` None) or
    waits for a coordinator (``pending`` the PendingChange)."""
    if pending is None:
        messages.success(request, _("Opgeslagen. De wijziging staat op de site."))
    else:
        messages.info(
            request,
            _(
                "Opgeslagen. Een coördinator kijkt uw wijziging na; daarna staat "
                "zij op de site."
            ),
        )


def member_organization(request: HttpRequest, pk: int):
    """The organisation ``pk`` if the logged-in member may edit it, else 404."""
    return get_object_or_404(organizations_for_member(request.user), pk=pk)


@require_http_methods(["GET", "HEAD", "POST"])
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """Set a password from an invitation. GET only shows the form, so a mail
    scanner that opens the link uses nothing up."""
    try:
        invite = invitation_for_token(token=token)
    except Invitation.DoesNotExist:
        return render(
            request,
            "partners/invitation_invalid.html",
            {"reason": "unknown"},
            status=404,
        )
    except InvitationError as error:
        return render(
            request,
            "partners/invitation_invalid.html",
            {"reason": error.reason, "invitation": error.invitation},
            status=410,
        )
    user = invite.membership.user
    form = PartnerSetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = invitation_accept(
                token=token, password=form.cleaned_data["new_password1"]
            )
        except (Invitation.DoesNotExist, InvitationError):
            return redirect("partners:invitation", token=token)
        login(request, user, backend=LOGIN_BACKEND)
        messages.success(request, _("Welkom! Uw wachtwoord is ingesteld."))
        return redirect("partners:dashboard")
    return render(
        request, "partners/invitation.html", {"form": form, "invitation": invite}
    )


@require_http_methods(["GET", "HEAD", "POST"])
def join_request_create(request: HttpRequest) -> HttpResponse:
    """Aanhaken: the manifesto's join request, for organisations and residents."""
    form = JoinRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in form.Meta.fields}
        join_request_submit(
            **data, privacy_consent=form.cleaned_data["privacy_consent"]
        )
        return redirect("aanhaken:join_request_received")
    return render(request, "partners/join_request_form.html", {"form": form})


@require_http_methods(["GET", "HEAD"])
def join_request_received(request: HttpRequest) -> HttpResponse:
    return render(request, "partners/join_request_received.html")
