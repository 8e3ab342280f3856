"""Partner area: a member's offers (aanbod), their weekly periods and closures.

Offers are looked up within the member's own organisation (itself looked up
through ``organizations_for_member``), so another organisation's offer id in
the URL gives a 404; a location, period or closure id of someone else in the
POST gives a form error. Nothing is changed in either case.
"""

import copy
import datetime
from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from partners.constants import ChangeStatus, ChangeTarget
from partners.views import member_organization, partner_required, report_saved
from sociale_kaart.constants import Weekday
from sociale_kaart.models import Organization, Service

from .forms_offers import kept_rows, offer_forms
from .offers import offer_data, service_submit


def _open_offer_changes(organization: Organization):
    return organization.pending_changes.filter(
        status=ChangeStatus.PENDING, target=ChangeTarget.SERVICE
    ).order_by("submitted_at")


@partner_required
@require_http_methods(["GET", "HEAD"])
def offer_list(request: HttpRequest, pk: int) -> HttpResponse:
    """The organisation's offers, which of them wait for approval, and new
    offers proposed but not approved yet."""
    organization = member_organization(request, pk)
    open_changes = list(_open_offer_changes(organization))
    waiting_ids = {change.service_id for change in open_changes}
    services = list(organization.services.order_by("name", "pk"))
    for service in services:
        service.is_waiting = service.pk in waiting_ids
    proposed = [
        change.data.get("name", "") for change in open_changes if not change.service_id
    ]
    return render(
        request,
        "partners/offer_list.html",
        {"organization": organization, "services": services, "proposed": proposed},
    )


@partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def offer_create(request: HttpRequest, pk: int) -> HttpResponse:
    """A new offer; with approval on, it appears after a coordinator agrees."""
    organization = member_organization(request, pk)
    return _offer_form(request, organization, None)


@partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def offer_edit(request: HttpRequest, pk: int, service_pk: int) -> HttpResponse:
    """Edit an offer; "Voorbeeld bekijken" shows the public page first."""
    organization = member_organization(request, pk)
    service = get_object_or_404(Service, pk=service_pk, organization=organization)
    return _offer_form(request, organization, service)


def _offer_form(
    request: HttpRequest, organization: Organization, service: Service | None
) -> HttpResponse:
    data = request.POST if request.method == "POST" else None
    # The forms write typed values onto their instance; the page's title and
    # links keep the saved offer.
    service_form, schedules, closures = offer_forms(
        organization=organization,
        service=copy.copy(service) if service is not None else None,
        data=data,
    )
    preview = None
    if data is not None and all(
        [service_form.is_valid(), schedules.is_valid(), closures.is_valid()]
    ):
        values = offer_data(
            values=service_form.cleaned_data,
            schedules=kept_rows(schedules),
            closures=kept_rows(closures),
        )
        if "preview" in request.POST:
            preview = _preview(organization, service_form, values)
        else:
            try:
                pending = service_submit(
                    organization=organization,
                    user=request.user,
                    service=service,
                    data=values,
                )
            except ValidationError as error:
                service_form.add_error(None, error)
            else:
                report_saved(request, pending)
                return redirect("partners:offer_list", pk=organization.pk)
    waiting = (
        service is not None
        and _open_offer_changes(organization).filter(service=service).exists()
    )
    return render(
        request,
        "partners/offer_form.html",
        {
            "organization": organization,
            "service": service,
            "form": service_form,
            "schedules": schedules,
            "closures": closures,
            "formsets": [schedules, closures],
            "preview": preview,
            "waiting": waiting,
            "has_errors": bool(
                service_form.errors
                or any(schedules.errors)
                or schedules.non_form_errors()
                or any(closures.errors)
                or closures.non_form_errors()
            ),
        },
    )


def _preview(organization: Organization, service_form, values: dict):
    """What the public offer page would show, from the form's valid values
    (nothing saved)."""
    cleaned = service_form.cleaned_data
    days: dict[int, list[str]] = {}
    for row in values["schedules"]:
        days.setdefault(row["weekday"], []).append(
            f"{row['opens_at']}–{row['closes_at']}"
        )
    today = timezone.localdate()
    closures = [
        SimpleNamespace(
            start_date=datetime.date.fromisoformat(row["start_date"]),
            end_date=datetime.date.fromisoformat(row["end_date"]),
            reason=row["reason"],
        )
        for row in values["closures"]
    ]
    return SimpleNamespace(
        service=service_form.instance,
        organization=organization,
        themes=list(cleaned["themes"]),
        target_groups=list(cleaned["target_groups"]),
        locations=list(cleaned["locations"]),
        hours=[(str(Weekday(day).label), periods) for day, periods in days.items()],
        closures=[c for c in closures if c.end_date >= today],
    )
