"""Site-wide pages: home, manifesto, statements, machine-readable files, health
check and error pages."""

import datetime

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from activiteiten.models import Campaign
from sociale_kaart.models import Organization

from .constants import SiteTextSlug
from .selectors import site_text_body


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
@cache_control(public=True, max_age=24 * 60 * 60)
def favicon(request):
    """Browsers ask every site for ``/favicon.ico``: send them to the site's icon.

    A temporary redirect (cached for a day), because the icon's static address
    carries a content hash that changes when the icon does.
    """
    return HttpResponseRedirect(static("lansingerland/favicon.svg"))


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
