"""The public page where anyone proposes an activity, and its thank-you page."""

import secrets

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from lansingerland import ratelimit

from .forms import ProposalForm
from .proposals import proposal_submit

RATE_SCOPE = "activiteit-voorstel"


def _per_hour() -> int:
    return settings.ACTIVITEITEN_PROPOSALS_PER_HOUR


@never_cache
def proposal_create(request: HttpRequest) -> HttpResponse:
    """GET: the empty form (with a one-time token); POST: check and store.

    Works without JavaScript. What was typed comes back with every error. A
    filled-in honeypot is thanked and dropped; more than
    ``ACTIVITEITEN_PROPOSALS_PER_HOUR`` proposals from one visitor (the real
    client address) in an hour are refused with 429 and a Dutch message.
    """
    today = timezone.localdate()
    if request.method != "POST":
        form = ProposalForm(
            today=today, initial={"submission_token": secrets.token_urlsafe(24)}
        )
        return render(request, "activiteiten/proposal_form.html", {"form": form})
    form = ProposalForm(request.POST, today=today)
    if not form.is_valid():
        return render(request, "activiteiten/proposal_form.html", {"form": form})
    if form.cleaned_data["website"]:
        # A bot filled in the hidden field: act as if all went well, store nothing.
        return redirect(reverse("activiteiten:proposal_received"))
    if ratelimit.is_limited(request, scope=RATE_SCOPE, per_hour=_per_hour()):
        form.add_error(
            None,
            _(
                "Er zijn vanaf dit adres veel voorstellen verstuurd. Probeer het "
                "over een uur opnieuw, of mail uw voorstel naar %(email)s."
            )
            % {"email": settings.COALITION_EMAIL},
        )
        return render(
            request, "activiteiten/proposal_form.html", {"form": form}, status=429
        )
    ratelimit.count_submission(request, scope=RATE_SCOPE)
    proposal = form.save(commit=False)
    proposal.submission_token = form.cleaned_data["submission_token"][:64]
    proposal_submit(proposal=proposal)
    return redirect(reverse("activiteiten:proposal_received"))


def proposal_received(request: HttpRequest) -> HttpResponse:
    """Thank you: what happens next, and how to reach the coalition."""
    return render(
        request,
        "activiteiten/proposal_received.html",
        {"coalition_email": settings.COALITION_EMAIL},
    )
