"""Partner area: an organisation's activities and its offers in campaigns.

Every object is reached through the member's organisation, itself looked up
through ``organizations_for_member``: an activity, date or offer of another
organisation, in the URL or in a form field, gives a 404 or a form error and
changes nothing.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from activiteiten.models import Activity, Occurrence
from activiteiten.selectors import activity_planned_dates
from lansingerland.digits import is_number
from partners.constants import ChangeStatus
from partners.views import member_organization, partner_required
from sociale_kaart.models import Organization

from .cancelling import (
    activity_partner_cancel,
    activity_partner_cancel_date,
    activity_partner_restore,
    activity_partner_restore_date,
)
from .forms import (
    CampaignSignUpForm,
    FeatureServiceForm,
    PartnerActivityForm,
    activity_form_data,
)
from .services import (
    ActivitySubmission,
    activity_submit,
    pending_activities,
    service_submit_feature,
)


def _organization_activity(organization: Organization, activity_pk: int) -> Activity:
    return get_object_or_404(
        Activity.objects.filter(organizations=organization).prefetch_related(
            "organizations", "campaigns"
        ),
        pk=activity_pk,
    )


def _submit(
    request: HttpRequest,
    organization: Organization,
    activity: Activity | None,
    form: PartnerActivityForm,
) -> ActivitySubmission:
    """Hand the valid form's values to ``activity_submit``."""
    return activity_submit(
        organization=organization,
        user=request.user,
        activity=activity,
        data=form.to_json(),
        today=form.today,
    )


@partner_required
@require_http_methods(["GET", "HEAD"])
def activity_list(request: HttpRequest, pk: int) -> HttpResponse:
    """The organisation's activities still to come, with campaign and approval."""
    organization = member_organization(request, pk)
    today = timezone.localdate()
    activities = list(
        Activity.objects.filter(organizations=organization)
        .filter(occurrences__date__gte=today)
        .distinct()
        .prefetch_related(
            "campaigns",
            Prefetch(
                "occurrences",
                queryset=Occurrence.objects.filter(
                    date__gte=today, is_cancelled=False
                ).order_by("start"),
                to_attr="upcoming",
            ),
        )
        .order_by("start_date", "start_time", "pk")
    )
    pending = pending_activities(organization)
    waiting = {change.activity_id for change in pending if change.activity_id}
    # Evaluated once; each activity is offered only the campaigns it is not in.
    campaign_choices = list(CampaignSignUpForm().fields["campaign"].choices)
    empty_choice, open_choices = campaign_choices[:1], campaign_choices[1:]
    for activity in activities:
        activity.is_waiting = activity.pk in waiting
        activity.next_date = activity.upcoming[0] if activity.upcoming else None
        joined = {str(campaign.pk) for campaign in activity.campaigns.all()}
        activity.campaign_choices = [
            (value, label) for value, label in open_choices if str(value) not in joined
        ]
        if activity.campaign_choices:
            activity.campaign_choices = empty_choice + activity.campaign_choices
    return render(
        request,
        "partners/activity_list.html",
        {
            "organization": organization,
            "activities": activities,
            "new_pending": [c for c in pending if not c.activity_id],
            "feature_form": FeatureServiceForm(organization=organization),
        },
    )


def _report(request: HttpRequest, submission: ActivitySubmission) -> None:
    if not submission.changed:
        messages.info(request, _("Er was niets veranderd."))
    elif submission.change is None:
        messages.success(request, _("Opgeslagen. De activiteit staat op de site."))
    else:
        messages.info(
            request,
            _(
                "Opgeslagen. Een coördinator kijkt de activiteit na; daarna staat "
                "zij op de site."
            ),
        )


@partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def activity_edit(
    request: HttpRequest, pk: int, activity_pk: int | None = None
) -> HttpResponse:
    """Enter a new activity or change one; "Voorbeeld bekijken" shows the public
    page first without saving."""
    organization = member_organization(request, pk)
    activity = (
        _organization_activity(organization, activity_pk) if activity_pk else None
    )
    form = PartnerActivityForm(
        request.POST or None,
        instance=activity,
        organization=organization,
        member=request.user,
    )
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = {
                "activity": form.instance,
                "organizations": form.organizers(),
                "campaigns": form.cleaned_data.get("campaigns", []),
                "occurrences": activity_planned_dates(
                    activity=form.instance, today=timezone.localdate()
                ),
            }
        else:
            try:
                submission = _submit(request, organization, activity, form)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                _report(request, submission)
                return redirect("partners:activity_list", pk=organization.pk)
    upcoming = (
        list(
            activity.occurrences.filter(date__gte=timezone.localdate()).order_by(
                "start"
            )[:20]
        )
        if activity
        else []
    )
    waiting = (
        bool(activity)
        and activity.pending_changes.filter(status=ChangeStatus.PENDING).exists()
    )
    return render(
        request,
        "partners/activity_form.html",
        {
            "organization": organization,
            "activity": activity,
            "form": form,
            "preview": preview,
            "upcoming": upcoming,
            "waiting": waiting,
        },
    )


def _planned_date(request: HttpRequest, activity: Activity) -> Occurrence:
    """The date of ``activity`` named by the ``datum`` field (its id), or 404."""
    number = request.POST.get("datum") or request.GET.get("datum") or ""
    return get_object_or_404(
        Occurrence, pk=number if is_number(number) else 0, activity=activity
    )


def _date_in_words(occurrence: Occurrence) -> str:
    return formats.date_format(occurrence.local_start, "l j F Y")


@partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def activity_cancel_date(
    request: HttpRequest, pk: int, activity_pk: int
) -> HttpResponse:
    """Cancel one date of a series (the ``datum`` field is the date's id): GET
    asks for confirmation, POST cancels; the edit page offers to undo it."""
    organization = member_organization(request, pk)
    activity = _organization_activity(organization, activity_pk)
    if not (request.POST.get("datum") or request.GET.get("datum")):
        # No date chosen (an old bookmark): choose one on the edit page.
        return redirect(
            "partners:activity_edit", pk=organization.pk, activity_pk=activity.pk
        )
    occurrence = _planned_date(request, activity)
    if request.method != "POST":
        return render(
            request,
            "partners/activity_cancel_confirm.html",
            {
                "organization": organization,
                "activity": activity,
                "occurrence": occurrence,
            },
        )
    activity_partner_cancel_date(activity=activity, occurrence=occurrence)
    messages.success(
        request,
        _("De datum %(date)s vervalt.") % {"date": _date_in_words(occurrence)},
    )
    return redirect(
        "partners:activity_edit", pk=organization.pk, activity_pk=activity.pk
    )


@partner_required
@require_POST
def activity_restore_date(
    request: HttpRequest, pk: int, activity_pk: int
) -> HttpResponse:
    """Undo cancelling one date: it goes ahead again, on the site and in feeds."""
    organization = member_organization(request, pk)
    activity = _organization_activity(organization, activity_pk)
    occurrence = _planned_date(request, activity)
    activity_partner_restore_date(activity=activity, occurrence=occurrence)
    messages.success(
        request,
        _("De datum %(date)s gaat weer door.") % {"date": _date_in_words(occurrence)},
    )
    return redirect(
        "partners:activity_edit", pk=organization.pk, activity_pk=activity.pk
    )


@partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def activity_cancel(request: HttpRequest, pk: int, activity_pk: int) -> HttpResponse:
    """Cancel the whole activity: it stays visible as "gaat niet door". GET
    asks for confirmation (with a note for visitors), POST cancels."""
    organization = member_organization(request, pk)
    activity = _organization_activity(organization, activity_pk)
    if request.method != "POST":
        return render(
            request,
            "partners/activity_cancel_confirm.html",
            {"organization": organization, "activity": activity},
        )
    activity_partner_cancel(
        activity=activity, note=request.POST.get("toelichting", "")[:300]
    )
    messages.success(request, _("De activiteit gaat niet door. Dat staat op de site."))
    return redirect(
        "partners:activity_edit", pk=organization.pk, activity_pk=activity.pk
    )


@partner_required
@require_POST
def activity_restore(request: HttpRequest, pk: int, activity_pk: int) -> HttpResponse:
    """Undo cancelling the whole activity: it goes ahead as announced again."""
    organization = member_organization(request, pk)
    activity = _organization_activity(organization, activity_pk)
    activity_partner_restore(activity=activity)
    messages.success(request, _("De activiteit gaat weer door. Dat staat op de site."))
    return redirect(
        "partners:activity_edit", pk=organization.pk, activity_pk=activity.pk
    )


def _form_errors_message(request: HttpRequest, form: forms.Form) -> None:
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


@partner_required
@require_POST
def activity_sign_up(request: HttpRequest, pk: int, activity_pk: int) -> HttpResponse:
    """Aanmelden voor campagne: add an open campaign to an existing activity."""
    organization = member_organization(request, pk)
    activity = _organization_activity(organization, activity_pk)
    signup = CampaignSignUpForm(request.POST)
    if not signup.is_valid():
        _form_errors_message(request, signup)
        return redirect("partners:activity_list", pk=organization.pk)
    data = activity_form_data(activity, organization=organization)
    data["campaigns"] = [*data["campaigns"], signup.cleaned_data["campaign"].pk]
    form = PartnerActivityForm(
        data=data, instance=activity, organization=organization, member=request.user
    )
    if not form.is_valid():
        for error in form.errors.get("campaigns", []):
            messages.error(request, error)
        if set(form.errors) - {"campaigns"}:
            messages.error(
                request,
                _(
                    "Deze activiteit kan zo niet worden aangemeld. Open de activiteit "
                    "om te zien wat er nog mist."
                ),
            )
        return redirect("partners:activity_list", pk=organization.pk)
    try:
        submission = _submit(request, organization, activity, form)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        _report(request, submission)
    return redirect("partners:activity_list", pk=organization.pk)


@partner_required
@require_POST
def service_feature(request: HttpRequest, pk: int) -> HttpResponse:
    """Put one of the organisation's regular offers in a campaign."""
    organization = member_organization(request, pk)
    form = FeatureServiceForm(request.POST, organization=organization)
    if form.is_valid():
        try:
            activities, change = service_submit_feature(
                service=form.cleaned_data["service"],
                campaign=form.cleaned_data["campaign"],
                user=request.user,
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            if change is None:
                messages.success(
                    request,
                    _("Opgeslagen. Het aanbod staat in het programma van de campagne."),
                )
            else:
                messages.info(
                    request,
                    _(
                        "Opgeslagen. Een coördinator kijkt uw aanmelding van dit "
                        "aanbod na; daarna staat het in het programma."
                    ),
                )
    else:
        _form_errors_message(request, form)
    return redirect("partners:activity_list", pk=organization.pk)
