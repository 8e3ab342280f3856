"""Forms of the activities: the coordinators' side and the public proposal."""

import datetime

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Fieldset, Layout, Submit
from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.db.models import Exists, OuterRef
from django.urls import reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern
from lansingerland.filtering import WRONG_CHOICE
from lansingerland.sanitizing import sanitize_html
from lansingerland.validators import normalize_phone
from sociale_kaart.models import Service, ServiceSchedule

from .models import ActivityProposal

#: Fields the dates follow from (the partner form's too, and the rule's error,
#: which lands in the non-field errors there): campaigns are checked only when
#: these are valid.
DATE_FIELDS = (
    "start_date",
    "start_time",
    "end_time",
    "recurrence",
    "repeat",
    "repeat_until",
    NON_FIELD_ERRORS,
)


#: What a resident's activity proposal asks, in the order of the public form;
#: the coordinator's admin form corrects the same fields.
PROPOSAL_FIELDS = [
    "title",
    "description",
    "organizer_name",
    "repeat",
    "start_date",
    "start_time",
    "end_time",
    "repeat_until",
    "address",
    "kern",
    "target_group",
    "cost",
    "registration",
    "registration_contact",
    "contact_name",
    "contact_email",
    "contact_phone",
]


class CampaignDatesMixin:
    """For an activity ModelForm with a ``campaigns`` field: after the model's
    own checks, each chosen campaign needs a date of the activity
    (``Activity.validate_campaigns``); the error shows at the campaigns."""

    def _post_clean(self) -> None:
        super()._post_clean()
        if any(name in self.errors for name in DATE_FIELDS):
            return
        try:
            self.instance.validate_campaigns(self.cleaned_data.get("campaigns") or [])
        except forms.ValidationError as error:
            self._update_errors(error)


class ActivityAdminForm(CampaignDatesMixin, forms.ModelForm):
    """The coordinators' activity form: the model's rules plus the campaign
    dates (the admin builds it for ``Activity`` with its fieldsets)."""


class FeatureServiceAdminForm(forms.Form):
    """A coordinator picks a regular offer (with weekly times) for a campaign."""

    service = forms.ModelChoiceField(
        label=_("Vast aanbod"),
        queryset=Service.objects.none(),
        help_text=_(
            "Alleen aanbod met vaste dagen en tijden. Elke vaste dag wordt een "
            "wekelijkse activiteit in de campagne; sluitingen vallen weg."
        ),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = (
            Service.objects.published()
            .filter(Exists(ServiceSchedule.objects.filter(service=OuterRef("pk"))))
            .select_related("organization")
            .order_by("organization__name", "name")
        )
        self.fields["service"].label_from_instance = lambda service: (
            f"{service.organization.name}: {service.name}"
        )


class ProposalForm(forms.ModelForm):
    """Anyone proposes an activity, without an account (the public form).

    The model's rules apply (``ActivityProposal.clean``); on top: the date is
    not over (``today``, a local date), consent to the privacy statement is
    checked here, on the server; ``website`` is a honeypot people never see
    and ``submission_token`` recognises a form sent twice.
    """

    privacy_consent = forms.BooleanField(
        label=_("Ik ga akkoord met de privacyverklaring."),
        error_messages={
            "required": _(
                "U moet akkoord gaan met de privacyverklaring om uw voorstel te "
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

    class Meta:
        model = ActivityProposal
        fields = PROPOSAL_FIELDS
        labels = {
            "title": _("Wat organiseert u?"),
            "description": _("Vertel er iets meer over"),
            "organizer_name": _("Wie organiseert het?"),
            "repeat": _("Hoe vaak?"),
            "start_date": _("Datum (de eerste keer)"),
            "start_time": _("Begintijd"),
            "end_time": _("Eindtijd"),
            "repeat_until": _("Elke week tot en met"),
            "address": _("Adres"),
            "kern": _("Of alleen het dorp"),
            "target_group": _("Voor wie is het?"),
            "cost": _("Wat kost meedoen?"),
            "registration": _("Hoe doen mensen mee?"),
            "registration_contact": _("Aanmelden bij"),
            "contact_name": _("Uw naam"),
            "contact_email": _("Uw e-mailadres"),
            "contact_phone": _("Uw telefoonnummer (niet verplicht)"),
        }
        help_texts = {
            "title": _(
                "Bijvoorbeeld: koffieochtend, samen wandelen, spelletjesmiddag."
            ),
            "description": _(
                "Wat gaan mensen doen? Wat moeten ze weten? Dit komt op de website."
            ),
            "organizer_name": _(
                "De naam van uw vereniging, kerk, winkel of buurtgroep, of uw "
                "eigen naam."
            ),
            "repeat_until": _("Alleen nodig als het elke week is."),
            "address": _("Straat en huisnummer, of de naam van de plek."),
            "kern": _("Als er nog geen adres is."),
            "cost": _(
                "Schrijf het zoals het op de website moet staan, bijvoorbeeld: "
                "gratis, of € 2,50 inclusief koffie."
            ),
            "registration_contact": _(
                "Telefoonnummer, e-mailadres of webadres, als mensen zich moeten "
                "aanmelden."
            ),
            "contact_email": _(
                "Hierop hoort u of uw activiteit in de agenda komt. Alleen de "
                "coördinator ziet het."
            ),
            "contact_phone": _("Alleen de coördinator ziet het."),
        }
        widgets = {
            "repeat": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 5}),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "repeat_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_phone": forms.TextInput(
                attrs={"autocomplete": "tel", "inputmode": "tel"}
            ),
        }
        error_messages = {
            "title": {"required": _("Vul in wat u organiseert.")},
            "description": {"required": _("Vertel kort wat mensen gaan doen.")},
            "organizer_name": {"required": _("Vul in wie het organiseert.")},
            "start_date": {
                "required": _("Vul de datum in."),
                "invalid": _("Vul een datum in, zoals 12-12-2026."),
            },
            "start_time": {
                "required": _("Vul de begintijd in."),
                "invalid": _("Vul een tijd in, zoals 14:00."),
            },
            "end_time": {
                "required": _("Vul de eindtijd in."),
                "invalid": _("Vul een tijd in, zoals 16:00."),
            },
            "repeat_until": {"invalid": _("Vul een datum in, zoals 12-12-2026.")},
            "cost": {
                "required": _(
                    "Vul in wat meedoen kost. Is het gratis, schrijf dan: gratis."
                )
            },
            "contact_name": {"required": _("Vul uw naam in.")},
            "contact_email": {
                "required": _(
                    "Vul uw e-mailadres in, zodat u hoort of uw activiteit in de "
                    "agenda komt."
                ),
                "invalid": _("Vul een e-mailadres in zoals naam@voorbeeld.nl."),
            },
        }

    def __init__(self, *args, today: datetime.date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["kern"].choices = [("", _("Weet ik niet")), *Kern.choices]
        for name in ("start_date", "repeat_until"):
            self.fields[name].input_formats = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]
        for name in ("repeat", "target_group", "kern", "registration"):
            self.fields[name].error_messages["invalid_choice"] = WRONG_CHOICE
        # The error summary names the field briefly: "Privacyverklaring: U moet…".
        self.fields["privacy_consent"].summary_label = _("Privacyverklaring")
        self.fields["privacy_consent"].help_text = format_html(
            '{} <a href="{}">{}</a>.',
            _(
                "Wij gebruiken uw naam, e-mailadres en telefoonnummer alleen om "
                "over dit voorstel contact met u op te nemen."
            ),
            reverse_lazy("privacy"),
            _("Lees de privacyverklaring"),
        )
        self.helper = FormHelper()
        # GOV.UK order (hint and error above the input), optional fields marked.
        self.helper.field_template = "includes/resident_field.html"
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Fieldset(_("Wat"), "title", "description", "organizer_name"),
            Fieldset(
                _("Wanneer"),
                "repeat",
                "start_date",
                "start_time",
                "end_time",
                "repeat_until",
            ),
            Fieldset(_("Waar"), "address", "kern"),
            Fieldset(
                _("Voor wie en hoe"),
                "target_group",
                "cost",
                "registration",
                "registration_contact",
            ),
            Fieldset(
                _("Contact met de coördinator"),
                HTML(
                    format_html(
                        '<p class="form-text">{}</p>',
                        _(
                            "Deze gegevens komen niet op de website. De "
                            "coördinator gebruikt ze alleen voor vragen over "
                            "uw voorstel."
                        ),
                    )
                ),
                "contact_name",
                "contact_email",
                "contact_phone",
            ),
            Fieldset(_("Privacy"), "privacy_consent"),
            Div("website", css_class="form-hp", aria_hidden="true"),
            "submission_token",
            Submit("submit", _("Voorstel versturen")),
        )

    def clean_description(self) -> str:
        return sanitize_html(self.cleaned_data["description"])

    def clean_contact_email(self) -> str:
        return self.cleaned_data["contact_email"].strip().lower()

    def clean_contact_phone(self) -> str:
        phone = self.cleaned_data["contact_phone"]
        return normalize_phone(phone) if phone.strip() else ""

    def clean_start_date(self) -> datetime.date:
        start_date = self.cleaned_data["start_date"]
        if start_date < self.today:
            raise forms.ValidationError(
                _("Deze datum is al voorbij. Kies een datum vanaf vandaag.")
            )
        return start_date
