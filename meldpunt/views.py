"""Public pages of the meldpunt: the form and its confirmation."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.generic import FormView

from .forms import ReportForm
from .models import Report
from .services import report_submit

_SESSION_KEY = "meldpunt_last_reference"


class ReportCreateView(FormView):
    """GET shows an empty form; POST stores a valid report or shows what to fix."""

    form_class = ReportForm
    template_name = "meldpunt/report_form.html"

    def form_valid(self, form: ReportForm):
        data = form.cleaned_data
        report = report_submit(
            kind=data["kind"],
            message=data["message"],
            kern=data["kern"],
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            privacy_consent=data["privacy_consent"],
        )
        self.request.session[_SESSION_KEY] = report.reference
        return redirect(reverse("meldpunt:report_received"))


report_create = never_cache(ReportCreateView.as_view())


@never_cache
def report_received(request):
    """Confirmation with the reference, shown only in the sender's own session."""
    reference = request.session.get(_SESSION_KEY)
    report = Report.objects.filter(reference=reference).first() if reference else None
    if report is None:
        return redirect(reverse("meldpunt:report_create"))
    return render(
        request,
        "meldpunt/report_received.html",
        {
            "report": report,
            "working_days": settings.MELDPUNT_FIRST_CONTACT_WORKING_DAYS,
        },
    )
