"""Forms of a partner's answers to a referral (decline, contact, outcome),
shared by the signed link and the partner area."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..constants import ReportOutcome


class PartnerDeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Waarom kunt u de melding niet oppakken?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={
            "required": _("Schrijf waarom u de melding niet kunt oppakken.")
        },
    )


class PartnerContactForm(forms.Form):
    """Contact vastleggen: asked each time, so a handler can correct it later."""

    person_informed = forms.TypedChoiceField(
        label=_("Weet de persoon nu van de melding?"),
        choices=[("yes", _("ja")), ("no", _("nee, nog niet"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies of de persoon nu van de melding weet."),
            "invalid_choice": _("Kies of de persoon nu van de melding weet."),
        },
    )
    data_holder = forms.CharField(
        label=_("Wie heeft de gegevens van de persoon?"),
        required=False,
        max_length=200,
        help_text=_("Alleen als u het de persoon verteld hebt."),
    )


class PartnerOutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Uitkomst"),
        choices=[("", _("Kies een uitkomst")), *ReportOutcome.choices],
        error_messages={
            "required": _("Kies een uitkomst."),
            "invalid_choice": _("Kies een uitkomst uit de lijst."),
        },
    )
    note = forms.CharField(
        label=_("Korte toelichting"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": _("Schrijf een korte toelichting.")},
    )
