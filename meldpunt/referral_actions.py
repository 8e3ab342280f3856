"""The partner's answers to a referral, shared by the signed link
(``meldpunt.views.partner_referral``) and the partner area
(``meldpunt.partner.views``): the same forms, the same services."""

from dataclasses import dataclass, field

from django.http import QueryDict

from .constants import KnowsAboutReport, ReportStatus
from .models import Referral
from .partner.forms import (
    PartnerContactForm,
    PartnerDeclineForm,
    PartnerOutcomeForm,
)
from .services import (
    referral_accept,
    referral_decline,
    referral_record_contact,
    referral_report_outcome,
)
from .workflow import InvalidTransition

FORM_CLASSES = {
    "decline": PartnerDeclineForm,
    "contact": PartnerContactForm,
    "outcome": PartnerOutcomeForm,
}


@dataclass
class ReferralActions:
    """The forms to show, a message when the service refused, and whether an
    action was carried out (then the view redirects)."""

    forms: dict = field(default_factory=dict)
    error: str = ""
    done: bool = False

    @property
    def has_errors(self) -> bool:
        return bool(self.error) or any(f.errors for f in self.forms.values())


def _contact_recorded(referral: Referral) -> dict:
    """What the handler recorded before, to show when they update the contact;
    nothing before the first contact, so the question is answered on purpose."""
    concerned = getattr(referral.report, "person_concerned", None)
    if referral.report.status != ReportStatus.IN_CONTACT or concerned is None:
        return {}
    informed = concerned.knows_about_report == KnowsAboutReport.YES
    return {
        "person_informed": "yes" if informed else "no",
        "data_holder": concerned.data_holder,
    }


def referral_actions(
    *,
    referral: Referral,
    data: QueryDict | None = None,
    user=None,
    draft: dict | None = None,
) -> ReferralActions:
    """Unbound forms for a GET (``data`` None); for a POST, run the action named
    in ``data["action"]`` (accept, decline, contact, outcome) on ``referral``.

    ``draft`` (field names with their form's prefix, as sent: "outcome-note")
    fills the unbound forms, from ``lansingerland.drafts.draft_initial``.

    ``referral`` must already have been looked up safely by the caller (signed
    token, or the member's own organisations): no id is read from ``data``.
    ``user`` is the referral handler who acts, None for the signed link.
    An invalid form stays bound (errors shown, typed text kept); a service
    refusal (InvalidTransition) becomes ``error``.
    """
    draft = draft or {}
    initial = {
        name: {
            key.removeprefix(f"{name}-"): value
            for key, value in draft.items()
            if key.startswith(f"{name}-")
        }
        for name in FORM_CLASSES
    }
    initial["contact"] = _contact_recorded(referral) | initial["contact"]
    result = ReferralActions(
        forms={
            name: cls(prefix=name, initial=initial[name])
            for name, cls in FORM_CLASSES.items()
        }
    )
    if data is None:
        return result
    action = data.get("action")
    try:
        if action == "accept":
            referral_accept(referral_id=referral.pk, user=user)
            result.done = True
        elif action in FORM_CLASSES:
            form = FORM_CLASSES[action](data, prefix=action)
            result.forms[action] = form
            if form.is_valid():
                cleaned = form.cleaned_data
                if action == "decline":
                    referral_decline(
                        referral_id=referral.pk, reason=cleaned["reason"], user=user
                    )
                elif action == "contact":
                    referral_record_contact(
                        referral_id=referral.pk, user=user, **cleaned
                    )
                else:
                    referral_report_outcome(
                        referral_id=referral.pk, user=user, **cleaned
                    )
                result.done = True
    except InvalidTransition as exc:
        result.error = exc.message
    return result
