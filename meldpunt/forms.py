"""The public meldpunt form."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Fieldset, Layout, Submit
from django import forms
from django.urls import reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern

from .constants import ReportKind
from .validators import normalize_phone


class ReportForm(forms.Form):
    """Everything a resident can send; contact details optional, consent required."""

    kind = forms.ChoiceField(
        label=_("Waar gaat uw melding over?"),
        choices=ReportKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies waar uw melding over gaat.")},
    )
    message = forms.CharField(
        label=_("Uw bericht"),
        help_text=_("Vertel in uw eigen woorden wat er is. Wat u weet, is genoeg."),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        error_messages={"required": _("Schrijf hier uw vraag, zorg of idee.")},
    )
    kern = forms.ChoiceField(
        label=_("Over welke kern gaat het?"),
        choices=[("", _("Weet ik niet of maakt niet uit")), *Kern.choices],
        required=False,
    )
    name = forms.CharField(
        label=_("Uw naam"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Vul een e-mailadres in zoals naam@voorbeeld.nl.")
        },
    )
    phone = forms.CharField(
        label=_("Uw telefoonnummer"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    privacy_consent = forms.BooleanField(
        label=_("Ik ga akkoord met de privacyverklaring."),
        error_messages={
            "required": _(
                "U moet akkoord gaan met de privacyverklaring om de melding te "
                "versturen."
            )
        },
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        privacy_url = reverse_lazy("privacy")
        self.fields["privacy_consent"].help_text = format_html(
            '{} <a href="{}">{}</a>.',
            _("Wij gebruiken uw gegevens alleen om uw melding op te volgen."),
            privacy_url,
            _("Lees de privacyverklaring"),
        )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Fieldset(_("Uw melding"), "kind", "message", "kern"),
            Fieldset(
                _("Uw contactgegevens (niet verplicht)"),
                HTML(
                    format_html(
                        '<p class="form-text">{}</p>',
                        _(
                            "Laat u geen gegevens achter, dan kunnen wij u niet "
                            "terugbellen of mailen. Wij lezen uw melding wel en "
                            "doen er iets mee. Vul in wat u wilt."
                        ),
                    )
                ),
                "name",
                "email",
                "phone",
            ),
            Fieldset(_("Privacy"), "privacy_consent"),
            Submit("submit", _("Melding versturen")),
        )

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"]
        return normalize_phone(phone) if phone.strip() else ""
