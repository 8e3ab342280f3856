"""Site-wide pages: home, manifesto, statements, health check and error pages."""

import base64
import datetime
import io
import logging
from base64 import b32encode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from activiteiten.models import Campaign
from sociale_kaart.models import Organization

from .constants import SiteTextSlug
from .forms import OTPSetupForm
from .selectors import site_text_body
from .services import staff_totp_device_confirm, staff_totp_device_start

logger = logging.getLogger(__name__)


@require_safe
def home(request):
    """The three entry points and the current, else next, else latest campaign."""
    today = timezone.localdate()
    campaign = (
        Campaign.objects.current(today).first()
        or Campaign.objects.upcoming(today).first()
        or Campaign.objects.past(today).first()
    )
    intro = site_text_body(slug=SiteTextSlug.HOME)
    return render(
        request, "home.html", {"campaign": campaign, "today": today, "intro": intro}
    )


@require_safe
def manifesto(request):
    """The manifesto text (editable) and the coalition partners from the map."""
    partners = Organization.objects.published().filter(is_coalition_partner=True)
    body = site_text_body(slug=SiteTextSlug.MANIFESTO)
    return render(request, "manifesto.html", {"partners": partners, "body": body})


@require_safe
def privacy(request):
    body = site_text_body(slug=SiteTextSlug.PRIVACY)
    return render(request, "privacy.html", {"body": body})


@require_safe
def accessibility(request):
    body = site_text_body(slug=SiteTextSlug.ACCESSIBILITY)
    return render(request, "accessibility.html", {"body": body})


@require_safe
def robots_txt(request):
    """Search engines: everything public, not the admin or report receipts."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /beheer/",
        "Disallow: " + reverse("meldpunt:report_received"),
        "",
        "Sitemap: "
        + request.build_absolute_uri(reverse("django.contrib.sitemaps.views.sitemap")),
    ]
    return HttpResponse(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )


@require_safe
def security_txt(request):
    """RFC 9116 security contact; ``Expires`` is always in the future.

    Contact addresses come from ``SECURITY_CONTACT``; ``Expires`` is
    ``SECURITY_TXT_EXPIRES_DAYS`` from the moment of the request (UTC), so
    the file never goes stale while the site runs.
    """
    expires = timezone.now() + datetime.timedelta(
        days=settings.SECURITY_TXT_EXPIRES_DAYS
    )
    lines = [f"Contact: {contact}" for contact in settings.SECURITY_CONTACT]
    lines.append(
        "Expires: " + expires.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    )
    if settings.SECURITY_POLICY_URL:
        lines.append(f"Policy: {settings.SECURITY_POLICY_URL}")
    lines += [
        "Preferred-Languages: nl, en",
        "Canonical: " + request.build_absolute_uri(reverse("security_txt")),
    ]
    return HttpResponse(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )


@never_cache
def healthz(request):
    """200 "ok" when the database answers, 503 otherwise (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse(
            "database unavailable", status=503, content_type="text/plain"
        )
    return HttpResponse("ok", content_type="text/plain")


def csrf_failure(request, reason: str = ""):
    """403 page for a form whose security token expired, offering to resend.

    What the visitor typed comes back as hidden fields of a new form with a
    fresh token, so nothing is lost and nothing has to be typed again.
    """
    fields = []
    if request.method == "POST":
        fields = [
            (name, value)
            for name, values in request.POST.lists()
            if name != "csrfmiddlewaretoken"
            for value in values
        ]
    get_token(request)
    return render(
        request,
        "403_csrf.html",
        {"fields": fields, "action": request.get_full_path()},
        status=403,
    )


def _qr_data_uri(text: str) -> str:
    """``text`` as a QR code in an SVG ``data:`` URI (allowed by the CSP)."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


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
    secret = b32encode(device.bin_key).decode()
    return render(
        request,
        "staff/otp_setup.html",
        {
            **admin.site.each_context(request),
            "form": form,
            "qr_code": _qr_data_uri(device.config_url),
            "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
        },
    )


def login_locked_out(request, response=None, credentials=None):
    """429 page in Dutch for a username locked out from this address (django-axes).

    Called by django-axes after ``AXES_FAILURE_LIMIT`` wrong passwords or
    codes; the wait is ``AXES_COOLOFF_TIME``. The log line names neither the
    username nor the address (they are in the admin's access attempts).
    """
    logger.warning("event=login_lockout path=%s", request.path)
    return render(
        request,
        "lockout.html",
        {
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        },
        status=429,
    )
