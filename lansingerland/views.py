"""Site-wide pages: home, manifesto, statements, machine-readable files, health
check and error pages."""

import datetime

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from activiteiten.models import Campaign
from sociale_kaart.models import Organization

from .constants import SiteTextSlug
from .page_cache import cached_page
from .selectors import site_text_body


@require_safe
@cached_page
def home(request):
    """The three entry points and the current, else next, else latest campaign.

    Cached per content version and day (``page_cache``): a campaign or page
    text saved shows at once, the running campaign turns over at midnight."""
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
    """403 page for a POST whose security token is missing, expired or forged.

    A failed POST never becomes a new valid request: this page carries no
    hidden copy of the fields and no button that resends them, since a page on
    another site could otherwise make a logged-in visitor act with one click.
    On the meldpunt form, the resident's text comes back into the editable form
    (step 2), from where nothing is sent without their own pass through the
    review step. Every other form gets an explanation and a link back.
    """
    if request.method == "POST" and _is_meldpunt_form(request):
        from meldpunt.views import details_after_csrf_failure

        get_token(request)
        return details_after_csrf_failure(request)
    return render(
        request,
        "403_csrf.html",
        {"back": _same_site_referer(request)},
        status=403,
    )


def _same_site_referer(request) -> str:
    """The page the form was on, when the browser says so and it is ours."""
    referer = request.headers.get("Referer", "")
    if url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    return ""


def _is_meldpunt_form(request) -> bool:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.view_name == "meldpunt:report_create"
