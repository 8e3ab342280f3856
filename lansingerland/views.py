"""Site-wide pages: home, manifesto, statements, health check and error pages."""

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from activiteiten.models import Campaign
from sociale_kaart.models import Organization


@require_safe
def home(request):
    """The three entry points and the current, else next, else latest campaign."""
    today = timezone.localdate()
    campaign = (
        Campaign.objects.current(today).first()
        or Campaign.objects.upcoming(today).first()
        or Campaign.objects.past(today).first()
    )
    return render(request, "home.html", {"campaign": campaign, "today": today})


@require_safe
def manifesto(request):
    partners = Organization.objects.published().filter(is_coalition_partner=True)
    return render(request, "manifesto.html", {"partners": partners})


@require_safe
def privacy(request):
    return render(request, "privacy.html")


@require_safe
def accessibility(request):
    return render(request, "accessibility.html")


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
