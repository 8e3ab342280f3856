"""The public meldpunt forms: choose a kind, fill in, review, send."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Fieldset, Layout
from django import forms
from django.urls import reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern
from lansingerland.filtering import WRONG_CHOICE
from lansingerland.mail import validate_deliverable_email
from lansingerland.validators import phone_for_display

from .constants import (
    CallbackDaypart,
    ConcernSign,
    KnowsAboutReport,
    ReportKind,
)
from .validators import normalize_phone

KERN_CHOICES = [("", _("Weet ik niet of maakt niet uit")), *Kern.choices]

MESSAGE_HELP = {
    ReportKind.QUESTION: _("Stel uw vraag in uw eigen woorden."),
    ReportKind.CONCERN: _(
        "Vertel wat u zorgen geeft. Wat u weet, is genoeg. Namen en adres van de "
        "persoon vult u hieronder apart in."
    ),
    ReportKind.SUGGESTION: _(
        "Beschrijf uw idee. Ook een klein plan voor uw buurt of straat is welkom."
    ),
    ReportKind.OFFER: _("Vertel hoe u wilt helpen en wanneer u tijd heeft."),
}


class TickBoxInput(forms.CheckboxInput):
    """A check box that reads as ticked only for what a ticked box sends.

    Django's CheckboxInput reads any text but ``false`` (``nee``, ``no``) as
    ticked; for an explicit choice such as consent only a real tick may count.
    A browser sends ``on``; the review step sends the field back as ``True``.
    """

    TICKED = frozenset({"on", "true", "1"})

    def value_from_datadict(self, data, files, name) -> bool:
        value = data.get(name)
        return isinstance(value, str) and value.strip().lower() in self.TICKED


class CheckboxField(forms.BooleanField):
    """A yes/no choice made with a tick box (see TickBoxInput)."""

    widget = TickBoxInput


class KindForm(forms.Form):
    """Step 1: what the report is about (sent with GET, works without JavaScript)."""

    soort = forms.ChoiceField(
        label=_("Waar gaat uw melding over?"),
        choices=ReportKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies waar uw melding over gaat."),
            "invalid_choice": _(
                "Deze keuze bestaat niet. Kies waar uw melding over gaat."
            ),
        },
    )


class ReportForm(forms.Form):
    """Step 2: the report itself; the fields shown depend on ``kind``.

    Contact details are optional; consent is required and checked here, on the
    server. ``website`` is a honeypot that people never see.
    """

    kind = forms.ChoiceField(
        label=_("Waar gaat uw melding over?"),
        choices=ReportKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies waar uw melding over gaat."),
            "invalid_choice": _(
                "Deze keuze bestaat niet. Kies waar uw melding over gaat."
            ),
        },
    )
    message = forms.CharField(
        label=_("Uw bericht"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        error_messages={
            "required": _("Schrijf hier uw vraag, zorg of idee."),
            "max_length": _(
                "Uw bericht is te lang. Gebruik niet meer dan %(limit_value)d "
                "tekens (nu %(show_value)d)."
            ),
        },
    )
    kern = forms.ChoiceField(
        label=_("Over welke woonplaats gaat het?"),
        choices=KERN_CHOICES,
        required=False,
        error_messages={"invalid_choice": WRONG_CHOICE},
    )
    person_name = forms.CharField(
        label=_("Naam van de persoon"), required=False, max_length=200
    )
    person_address = forms.CharField(
        label=_("Adres of straat van de persoon"),
        help_text=_("Alleen als u het weet. Een straat is ook goed."),
        required=False,
        max_length=200,
    )
    person_kern = forms.ChoiceField(
        label=_("In welke woonplaats woont de persoon?"),
        choices=KERN_CHOICES,
        required=False,
        error_messages={"invalid_choice": WRONG_CHOICE},
    )
    person_relation = forms.CharField(
        label=_("Hoe kent u deze persoon?"),
        help_text=_("Bijvoorbeeld: buurvrouw, vader, klant."),
        required=False,
        max_length=200,
    )
    person_knows = forms.ChoiceField(
        label=_("Weet de persoon dat u dit meldt?"),
        choices=KnowsAboutReport.choices,
        initial=KnowsAboutReport.UNKNOWN,
        widget=forms.RadioSelect,
        required=False,
    )
    signs = forms.MultipleChoiceField(
        label=_("Wat heeft u gemerkt?"),
        help_text=_("Kies wat past. U kunt meer kiezen."),
        choices=ConcernSign.choices,
        widget=forms.CheckboxSelectMultiple,
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
        validators=[validate_deliverable_email],
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
    callback_daypart = forms.ChoiceField(
        label=_("Bel mij terug"),
        help_text=_("Wij bellen u terug. Een e-mailadres is dan niet nodig."),
        choices=[("", _("Nee, bel mij niet terug")), *CallbackDaypart.choices],
        widget=forms.RadioSelect,
        required=False,
        error_messages={"invalid_choice": WRONG_CHOICE},
    )
    is_professional = CheckboxField(
        label=_("Ik meld dit als professional, namens iemand anders."),
        required=False,
    )
    organisation = forms.CharField(
        label=_("Uw organisatie (als professional)"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    share_with_partner = CheckboxField(
        label=_(
            "De organisatie die mijn melding oppakt, mag mijn naam en "
            "contactgegevens krijgen."
        ),
        help_text=_(
            "Niet verplicht. Zonder dit vinkje geven wij uw gegevens niet door; "
            "de organisatie hoort dan alleen waar de melding over gaat."
        ),
        required=False,
    )
    privacy_consent = CheckboxField(
        label=_("Ik ga akkoord met de privacyverklaring."),
        error_messages={
            "required": _(
                "U moet akkoord gaan met de privacyverklaring om de melding te "
                "versturen."
            )
        },
    )
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    submission_token = forms.CharField(widget=forms.HiddenInput, required=False)

    PERSON_FIELDS = (
        "person_name",
        "person_address",
        "person_kern",
        "person_relation",
        "person_knows",
        "signs",
    )

    def __init__(self, *args, kind: str | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind or (self.data.get("kind") if self.is_bound else None)
        if self.kind not in ReportKind.values:
            self.kind = None
        is_concern = self.kind == ReportKind.CONCERN
        if self.kind:
            self.fields["kind"].widget = forms.HiddenInput()
            self.fields["kind"].initial = self.kind
            self.fields["message"].help_text = MESSAGE_HELP[self.kind]
        if not is_concern:
            for name in self.PERSON_FIELDS:
                del self.fields[name]
        # The error summary names the field briefly: "Privacyverklaring: U moet…".
        self.fields["privacy_consent"].summary_label = _("Privacyverklaring")
        privacy_url = reverse_lazy("privacy")
        self.fields["privacy_consent"].help_text = format_html(
            '{} <a href="{}">{}</a>.',
            _("Wij gebruiken uw gegevens alleen om uw melding op te volgen."),
            privacy_url,
            _("Lees de privacyverklaring"),
        )
        # No maxlength in the page: a browser would cut a pasted text silently;
        # the server says how long it is instead (and keeps all of it).
        self.fields["message"].widget.attrs.pop("maxlength", None)
        self.helper = FormHelper()
        # GOV.UK order (hint and error above the input), optional fields marked.
        self.helper.field_template = "includes/resident_field.html"
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the template has its own token
        parts = [Fieldset(_("Uw melding"), "kind", "message", "kern")]
        if is_concern:
            parts.append(
                Fieldset(
                    _("Over de persoon om wie u zich zorgen maakt"),
                    HTML(
                        format_html(
                            '<p class="form-text">{}</p>',
                            _(
                                "Vul alleen in wat u weet en wat nodig is om de "
                                "persoon te bereiken. Geen van deze vragen is "
                                "verplicht."
                            ),
                        )
                    ),
                    "person_name",
                    "person_address",
                    "person_kern",
                    "person_relation",
                    "person_knows",
                    "signs",
                )
            )
        parts += [
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
                "callback_daypart",
                "is_professional",
                "organisation",
            ),
            Fieldset(_("Privacy"), "share_with_partner", "privacy_consent"),
            Div("website", css_class="meldpunt-hp", aria_hidden="true"),
            "submission_token",
        ]
        self.helper.layout = Layout(*parts)

    @property
    def kind_label(self) -> str:
        """The chosen kind in words, for the headings of steps 2 and 3."""
        return str(ReportKind(self.kind).label) if self.kind else ""

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"]
        return normalize_phone(phone) if phone.strip() else ""

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

    def clean(self) -> dict:
        data = super().clean()
        if data.get("callback_daypart") and not data.get("phone", "invalid"):
            self.add_error("phone", _("Vul uw telefoonnummer in, dan bellen wij u."))
        return data

    def person_data(self) -> dict | None:
        """PersonConcerned fields from a valid concern form, else None."""
        if self.cleaned_data.get("kind") != ReportKind.CONCERN:
            return None
        data = self.cleaned_data
        return {
            "name": data.get("person_name", ""),
            "address": data.get("person_address", ""),
            "kern": data.get("person_kern", ""),
            "relation": data.get("person_relation", ""),
            "knows_about_report": data.get("person_knows") or KnowsAboutReport.UNKNOWN,
        }

    def review_items(self) -> list[tuple[str, str, str]]:
        """(label, shown value, input id) triples for the review step, in form
        order; the id is where its "Wijzigen" button leads; the phone number
        the Dutch way (``06 12345678``, not as stored)."""
        items = []
        for name, field in self.fields.items():
            if name in ("website", "submission_token", "kind"):
                continue
            value = self.cleaned_data.get(name)
            if isinstance(field, forms.BooleanField):
                shown = _("ja") if value else _("nee")
            elif isinstance(field, forms.MultipleChoiceField):
                labels = dict(field.choices)
                shown = ", ".join(str(labels[v]) for v in value) if value else ""
            elif isinstance(field, forms.ChoiceField):
                shown = str(dict(field.choices).get(value, "")) if value else ""
            elif name == "phone":
                shown = phone_for_display(value) if value else ""
            else:
                shown = value or ""
            # Radio buttons have no element with the field's own id.
            anchor = self[name].id_for_label or f"{self[name].auto_id}_0"
            items.append((field.label, shown or _("(niet ingevuld)"), anchor))
        return items


class WithdrawForm(forms.Form):
    """The reporter withdraws their report from the status page."""

    confirm = CheckboxField(
        label=_("Ja, ik wil mijn melding intrekken."),
        error_messages={"required": _("Vink aan dat u de melding wilt intrekken.")},
    )
