"""Partner pages of the sociale kaart: organisation and location editing, the
change history and the verification loop ("Klopt dit nog?").

Every object is looked up through ``organizations_for_member``, so an id of
another organisation, in the URL or in a form, gives a 404 and changes nothing.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from partners.constants import ChangeStatus, ChangeTarget
from partners.models import VerificationRequest
from partners.views import member_organization, partner_required, report_saved
from sociale_kaart.models import Location
from sociale_kaart.verification import organization_verification_state

from .editing import (
    location_submit_change,
    location_submit_new,
    organization_submit_change,
)
from .forms import LocationForm, OrganizationForm
from .history import organization_history_entries
from .selectors import organizations_for_dashboard
from .verification import (
    VerificationError,
    organization_confirm_verified,
    verification_request_confirm,
    verification_request_for_token,
)


@partner_required
@require_http_methods(["GET", "HEAD"])
def dashboard(request: HttpRequest) -> HttpResponse:
    organizations = list(organizations_for_dashboard(request.user))
    for organization in organizations:
        organization.verification_state = organization_verification_state(organization)
    return render(request, "partners/dashboard.html", {"organizations": organizations})


@partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def organization_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit the organisation; "Voorbeeld bekijken" shows the public page first."""
    organization = member_organization(request, pk)
    form = OrganizationForm(request.POST or None, instance=organization)
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = form.instance
        else:
            changes = {name: form.cleaned_data[name] for name in form.fields}
            try:
                submission = organization_submit_change(
                    organization=organization, user=request.user, changes=changes
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                _report_submission(request, submission)
                return redirect("partners:dashboard")
    waiting = organization.pending_changes.filter(
        status=ChangeStatus.PENDING, target=ChangeTarget.ORGANIZATION
    ).exists()
    return render(
        request,
        "partners/organization_form.html",
        {
            "organization": organization,
            "form": form,
            "preview": preview,
            "waiting": waiting,
        },
    )


@partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def location_edit(request: HttpRequest, pk: int, location_pk: int) -> HttpResponse:
    organization = member_organization(request, pk)
    location = get_object_or_404(Location, pk=location_pk, organization=organization)
    form = LocationForm(request.POST or None, instance=location)
    if request.method == "POST" and form.is_valid():
        changes = {name: form.cleaned_data[name] for name in form.fields}
        try:
            submission = location_submit_change(
                location=location, user=request.user, changes=changes
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            _report_submission(request, submission)
            return redirect("partners:dashboard")
    return render(
        request,
        "partners/location_form.html",
        {"organization": organization, "location": location, "form": form},
    )


@partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def location_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a location; its address is looked up on the map after saving."""
    organization = member_organization(request, pk)
    form = LocationForm(
        request.POST or None, instance=Location(organization=organization)
    )
    if request.method == "POST" and form.is_valid():
        values = {name: form.cleaned_data[name] for name in form.fields}
        try:
            _, pending = location_submit_new(
                organization=organization, user=request.user, values=values
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            report_saved(request, pending)
            return redirect("partners:dashboard")
    return render(
        request,
        "partners/location_form.html",
        {"organization": organization, "location": None, "form": form},
    )


def _report_submission(request: HttpRequest, submission) -> None:
    if not submission.changed:
        messages.info(request, _("Er was niets veranderd."))
    else:
        report_saved(request, submission.pending)


@partner_required
@require_http_methods(["GET", "HEAD"])
def organization_history(request: HttpRequest, pk: int) -> HttpResponse:
    """Who changed what and when: the organisation, its locations, offers and
    activities, with the changed fields in words."""
    organization = member_organization(request, pk)
    return render(
        request,
        "partners/organization_history.html",
        {
            "organization": organization,
            "history": organization_history_entries(organization),
        },
    )


@partner_required
@require_POST
def organization_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    organization = member_organization(request, pk)
    organization_confirm_verified(organization=organization, user=request.user)
    messages.success(
        request, _("Dank u. De gegevens staan als gecontroleerd op de site.")
    )
    return redirect("partners:dashboard")


@require_http_methods(["GET", "HEAD", "POST"])
def verify(request: HttpRequest, token: str) -> HttpResponse:
    """ "Klopt dit nog?": GET shows the listing and a button; POST confirms."""
    try:
        verification = verification_request_for_token(token=token)
    except VerificationRequest.DoesNotExist:
        return render(
            request, "partners/verify_invalid.html", {"reason": "unknown"}, status=404
        )
    except VerificationError as error:
        return render(
            request,
            "partners/verify_invalid.html",
            {"reason": error.reason, "verification": error.request},
            status=410,
        )
    if request.method == "POST":
        try:
            organization = verification_request_confirm(token=token, user=request.user)
        except (VerificationRequest.DoesNotExist, VerificationError):
            return redirect("partners:verify", token=token)
        return render(
            request, "partners/verify_done.html", {"organization": organization}
        )
    return render(
        request,
        "partners/verify.html",
        {"verification": verification, "organization": verification.organization},
    )
