"""Workflow pages of the back office: thin views that call one service each."""

import copy
import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from lansingerland.csv_export import csv_response
from lansingerland.drafts import draft_initial

from ..models import Report
from ..notifications import referral_recipients, status_mail_parts
from ..selectors import masked, report_figures, reports_of_person
from ..services import (
    person_erase,
    person_export,
    report_add_note,
    report_link_duplicate,
    report_record_first_contact,
    report_refer,
    report_submit,
    report_transition,
)
from ..workflow import InvalidTransition
from .forms import (
    DuplicateForm,
    NoteForm,
    PeriodForm,
    PersonSearchForm,
    PhoneReportForm,
    ReferForm,
    StatusForm,
)

PERSONAL = "meldpunt.view_personal_data"


def _require(request, *perms: str) -> None:
    if not all(request.user.has_perm(p) for p in perms):
        raise PermissionDenied


def _posted(request):
    """POST data to bind a form to, or None on GET (an empty POST still binds)."""
    return request.POST if request.method == "POST" else None


def _page(model_admin, request, template: str, context: dict) -> TemplateResponse:
    return TemplateResponse(
        request,
        f"admin/meldpunt/report/{template}",
        {
            **model_admin.admin_site.each_context(request),
            "opts": Report._meta,
            **context,
        },
    )


def _change_url(report: Report) -> str:
    return reverse("admin:meldpunt_report_change", args=[report.pk])


def _form_page(model_admin, request, report, form, title, **extra):
    return _page(
        model_admin,
        request,
        "action_form.html",
        {"title": title, "form": form, "report": report, "original": report, **extra},
    )


def change_status(model_admin, request, pk: int):
    """Change the status (with preview of the optional mail to the reporter)."""
    _require(request, "meldpunt.change_report")
    report = get_object_or_404(Report, pk=pk)
    form = StatusForm(_posted(request), report=report, initial=draft_initial(request))
    preview = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if "preview" in request.POST:
            # The mail tells the new status: preview it on an unsaved copy.
            upcoming = copy.copy(report)
            upcoming.status = data["to_status"]
            preview = status_mail_parts(upcoming, data["reporter_message"])
        else:
            try:
                report_transition(
                    report_id=report.pk,
                    to_status=data["to_status"],
                    user=request.user,
                    note=data["note"],
                    outcome=data["outcome"],
                    cancel_reason=data["cancel_reason"],
                    duplicate_of=data["duplicate_reference"],
                    notify_reporter=data["notify_reporter"],
                    reporter_message=data["reporter_message"],
                )
            except InvalidTransition as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("De status is gewijzigd."))
                return redirect(_change_url(report))
    return _form_page(
        model_admin,
        request,
        report,
        form,
        _("Status wijzigen"),
        preview=preview,
        show_preview=True,
    )


def refer(model_admin, request, pk: int):
    _require(request, "meldpunt.change_report")
    report = get_object_or_404(Report, pk=pk)
    form = ReferForm(_posted(request), initial=draft_initial(request))
    if request.method == "POST" and form.is_valid():
        try:
            report_refer(report_id=report.pk, user=request.user, **form.cleaned_data)
        except InvalidTransition as exc:
            form.add_error(None, exc.message)
        else:
            _report_referral_mail(request, form.cleaned_data["organization"])
            return redirect(_change_url(report))
    return _form_page(
        model_admin, request, report, form, _("Doorverwijzen naar een partner")
    )


def _report_referral_mail(request, partner) -> None:
    """Tell the coordinator who gets the referral mail (``referral_recipients``,
    as ``notify_partner_referral`` sends it), or that nobody was mailed because
    the coordinator told the organisation themselves (``ReferForm``)."""
    recipients = referral_recipients(partner)
    names = {
        "partner": partner.name,
        "handlers": ", ".join(recipients.handlers),
        "email": recipients.organization,
    }
    if recipients.handlers and recipients.organization:
        text = _(
            "Doorverwezen. Een e-mail met een link naar de partneromgeving gaat "
            "naar de doorverwijzers van %(partner)s (%(handlers)s) en naar "
            "%(email)s."
        )
    elif recipients.handlers:
        text = _(
            "Doorverwezen. Een e-mail met een link naar de partneromgeving gaat "
            "naar de doorverwijzers van %(partner)s (%(handlers)s). De organisatie "
            "zelf heeft geen e-mailadres."
        )
    elif recipients.organization:
        text = _("Doorverwezen. %(email)s krijgt een e-mail met de link.")
    else:
        text = _(
            "Doorverwezen. Er is geen e-mail verstuurd: u hebt %(partner)s zelf "
            "ingelicht."
        )
    messages.success(request, text % names)


def _act_on_report(model_admin, request, pk: int, form_class, title, act, field):
    """Form page for one report: on a valid POST call ``act(report, data)``.

    An InvalidTransition from the service is shown at ``field``; success leads
    back to the report.
    """
    _require(request, "meldpunt.change_report")
    report = get_object_or_404(Report, pk=pk)
    form = form_class(_posted(request), initial=draft_initial(request))
    if request.method == "POST" and form.is_valid():
        try:
            act(report, form.cleaned_data)
        except InvalidTransition as exc:
            form.add_error(field, exc.message)
        else:
            return redirect(_change_url(report))
    return _form_page(model_admin, request, report, form, title)


def add_note(model_admin, request, pk: int):
    return _act_on_report(
        model_admin,
        request,
        pk,
        NoteForm,
        _("Interne notitie toevoegen"),
        lambda report, data: report_add_note(
            report_id=report.pk, text=data["text"], user=request.user
        ),
        "text",
    )


def link_duplicate(model_admin, request, pk: int):
    return _act_on_report(
        model_admin,
        request,
        pk,
        DuplicateForm,
        _("Koppelen als dubbele melding"),
        lambda report, data: report_link_duplicate(
            report_id=report.pk, duplicate_of=data["reference"], user=request.user
        ),
        "reference",
    )


def first_contact(model_admin, request, pk: int):
    """Confirm on GET, record on POST that first contact with the reporter was made."""
    _require(request, "meldpunt.change_report")
    report = get_object_or_404(Report, pk=pk)
    if request.method == "POST":
        report_record_first_contact(report_id=report.pk, user=request.user)
        messages.success(request, _("Eerste contact vastgelegd."))
        return redirect(_change_url(report))
    return _form_page(
        model_admin, request, report, forms.Form(), _("Eerste contact vastleggen")
    )


def phone_report(model_admin, request):
    """A coordinator enters a report taken by phone or from a professional."""
    _require(request, "meldpunt.add_report")
    form = PhoneReportForm(_posted(request), initial=draft_initial(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        person = {
            "name": data["person_name"],
            "address": data["person_address"],
            "kern": data["person_kern"],
            "relation": data["person_relation"],
            "knows_about_report": data["person_knows"],
        }
        report = report_submit(
            kind=data["kind"],
            message=data["message"],
            kern=data["kern"],
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            organisation=data["organisation"],
            channel=data["channel"],
            privacy_consent=data["privacy_consent"],
            share_with_partner=data["share_with_partner"],
            signs=data["signs"],
            person=person,
            received_at=data["received_at"],
            entered_by=request.user,
        )
        messages.success(
            request,
            _("Melding %(reference)s opgeslagen.")
            % {"reference": report.formatted_reference},
        )
        return redirect(_change_url(report))
    return _page(
        model_admin,
        request,
        "action_form.html",
        {"title": _("Telefonische melding invoeren"), "form": form},
    )


def person_search(model_admin, request):
    """AVG access and erasure: find reports by e-mail or phone, export or erase."""
    _require(request, PERSONAL, "meldpunt.change_report")
    form = PersonSearchForm(request.POST or request.GET or None)
    reports = []
    if form.is_bound and form.is_valid():
        reports = list(reports_of_person(**form.cleaned_data))
        action = request.POST.get("action")
        if request.method == "POST" and reports and action == "export":
            rows = person_export(reports=reports, user=request.user)
            response = HttpResponse(
                json.dumps(rows, ensure_ascii=False, indent=2),
                content_type="application/json; charset=utf-8",
            )
            response["Content-Disposition"] = 'attachment; filename="inzage.json"'
            return response
        if request.method == "POST" and reports and action == "erase":
            if request.POST.get("confirm") != "on":
                form.add_error(None, _("Vink aan dat u de gegevens echt wilt wissen."))
            else:
                count = person_erase(reports=reports, user=request.user)
                messages.success(
                    request,
                    _("Gegevens gewist uit %(count)s melding(en).") % {"count": count},
                )
                return redirect(reverse("admin:meldpunt_report_persons"))
    return _page(
        model_admin,
        request,
        "person_search.html",
        {"title": _("Inzage en verwijdering (AVG)"), "form": form, "reports": reports},
    )


def _period(request) -> tuple[PeriodForm, dict]:
    form = PeriodForm(request.GET or None)
    period = form.cleaned_data if form.is_bound and form.is_valid() else {}
    return form, {"start": period.get("start"), "end": period.get("end")}


def figures(model_admin, request):
    """The working group's report page: tables, charts and the CSV link."""
    _require(request, "meldpunt.view_statistics")
    form, period = _period(request)
    return _page(
        model_admin,
        request,
        "figures.html",
        {
            "title": _("Rapportage voor de werkgroep"),
            "form": form,
            "figures": report_figures(**period),
            "query": request.GET.urlencode(),
        },
    )


def figures_csv(model_admin, request):
    """The same figures as CSV for Dutch Excel (``lansingerland.csv_export``);
    no personal data."""
    _require(request, "meldpunt.view_statistics")
    _form, period = _period(request)
    data = report_figures(**period)
    response, writer = csv_response("meldpunt-rapportage.csv")
    writer.writerow([_("indeling"), _("waarde"), _("aantal")])
    for table in data["tables"]:
        for row in table.rows:
            writer.writerow([table.key, row.label, row.shown])
    writer.writerow(["totaal", "", masked(data["total"])])
    writer.writerow(["te laat", "", masked(data["overdue"])])
    median = data["median_days"]
    writer.writerow(["mediaan dagen tot eerste contact", "", median])
    writer.writerow(["gemaakt op", "", timezone.now()])
    return response
