"""Staff-only pages outside the admin: two-factor setup and the lockout page."""

import logging

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import OTPSetupForm
from .qrcodes import qr_code_data_uri
from .services import staff_totp_device_confirm, staff_totp_device_start
from .twofactor import totp_secret_groups

logger = logging.getLogger(__name__)


@never_cache
@require_http_methods(["GET", "POST"])
def staff_otp_setup(request):
    """Set up the authenticator app: QR code, first code, then backup codes.

    Open to a logged-in staff member who has no confirmed device yet (first
    login, with the password only) and to a verified one without an app (for
    instance after logging in with a backup code). Anyone else is sent to the
    login page or the admin.
    """
    user = request.user
    if not (user.is_authenticated and user.is_staff):
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    has_app = TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()
    if has_app or (user_has_device(user) and not user.is_verified()):
        return redirect("admin:index")
    device = staff_totp_device_start(user=user)
    form = OTPSetupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device, tokens = staff_totp_device_confirm(
                user=user, device_id=device.pk, token=form.cleaned_data["otp_token"]
            )
        except ValidationError as error:
            form.add_error("otp_token", error)
        else:
            otp_login(request, device)
            return render(
                request,
                "staff/otp_setup_done.html",
                {**admin.site.each_context(request), "tokens": tokens},
            )
    return render(
        request,
        "staff/otp_setup.html",
        {
            **admin.site.each_context(request),
            "form": form,
            "qr_code": qr_code_data_uri(device.config_url),
            "secret_groups": totp_secret_groups(device),
        },
    )


def login_locked_out(request, response=None, credentials=None):
    """429 page in Dutch for a username locked out from this address (django-axes).

    Called by django-axes after ``AXES_FAILURE_LIMIT`` wrong passwords or
    codes; the wait is ``AXES_COOLOFF_TIME``. The partner area's login gets
    its own page (with a link to reset the password). The log line names neither the
    username nor the address (they are in the admin's access attempts).
    """
    logger.warning("event=login_lockout path=%s", request.path)
    match = getattr(request, "resolver_match", None)
    partner_login = match is not None and match.namespace == "partners"
    return render(
        request,
        "partners/registration/locked_out.html" if partner_login else "lockout.html",
        {
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        },
        status=429,
    )
