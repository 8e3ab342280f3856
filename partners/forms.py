"""Forms of the partner area: the model's own validation, as in the admin."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Fieldset, Layout, Submit
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm
from django.urls import reverse_lazy
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from lansingerland.digits import is_number
from lansingerland.mail import validate_deliverable_email

from .constants import JoinRequestKind, MembershipRole
from .form_texts import checked_phone
from .models import JoinRequest
from .selectors import organization_model


class PartnerAuthenticationForm(AuthenticationForm):
    """Login with e-mail address and password (the username is the address)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("E-mailadres")
        self.fields["username"].widget.attrs.update(
            {"autocomplete": "username", "inputmode": "email"}
        )
        self.error_messages["invalid_login"] = _(
            "Dit e-mailadres en wachtwoord horen niet bij elkaar. Let op "
            "hoofdletters. Na een paar mislukte pogingen wordt inloggen een tijd "
            "geblokkeerd."
        )
        self.error_messages["inactive"] = _("Dit account is niet actief.")

    def clean_username(self) -> str:
        return self.cleaned_data["username"].strip().lower()


class PartnerSetPasswordForm(SetPasswordForm):
    """Choose a password (invitation, forgotten password) with Dutch texts.

    The validators' own messages come from
    ``lansingerland.password_validation``; this adds the mismatch message
    and the labels, which Django's catalogue words less plainly.
    """

    error_messages = {
        "password_mismatch": _(
            "De twee wachtwoorden zijn niet hetzelfde. Typ twee keer hetzelfde "
            "wachtwoord."
        ),
    }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = _("Nieuw wachtwoord")
        self.fields["new_password2"].label = _("Herhaal het nieuwe wachtwoord")
        self.fields["new_password2"].help_text = _(
            "Typ hetzelfde wachtwoord nog een keer, om tikfouten te voorkomen."
        )
        for field in self.fields.values():
            field.error_messages["required"] = _("Vul een wachtwoord in.")


class JoinRequestForm(forms.ModelForm):
    """Aanhaken: join the coalition as an organisation or as a resident."""

    privacy_consent = forms.BooleanField(
        label=_("Ik ga akkoord met de privacyverklaring."),
        error_messages={
            "required": _(
                "U moet akkoord gaan met de privacyverklaring om u aan te melden."
            )
        },
    )

    class Meta:
        model = JoinRequest
        fields = [
            "kind",
            "name",
            "email",
            "phone",
            "organization_name",
            "website",
            "kern",
            "message",
        ]
        labels = {
            "kind": _("Hoe wilt u meedoen?"),
            "name": _("Uw naam"),
            "email": _("Uw e-mailadres"),
            "phone": _("Uw telefoonnummer (niet verplicht)"),
            "organization_name": _("Naam van uw organisatie"),
            "website": _("Website van uw organisatie (niet verplicht)"),
            "kern": _("In welke kern bent u actief? (niet verplicht)"),
            "message": _("Wat wilt u doen of bijdragen? (niet verplicht)"),
        }
        help_texts = {
            "organization_name": _("Alleen nodig als u meedoet als organisatie."),
        }
        widgets = {
            "kind": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 5}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }
        error_messages = {
            "kind": {
                "required": _("Kies of u meedoet als organisatie of als inwoner.")
            },
            "name": {"required": _("Vul uw naam in.")},
            "email": {
                "required": _("Vul uw e-mailadres in, zodat wij u kunnen antwoorden."),
                "invalid": _("Vul een e-mailadres in zoals naam@voorbeeld.nl."),
            },
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = JoinRequestKind.choices
        self.fields["kern"].choices = [
            ("", _("Maakt niet uit")),
            *self.fields["kern"].choices[1:],
        ]
        # The error summary names the field briefly: "Privacyverklaring: U moet…".
        self.fields["privacy_consent"].summary_label = _("Privacyverklaring")
        self.fields["privacy_consent"].help_text = format_html(
            '{} <a href="{}">{}</a>.',
            _("Wij gebruiken uw gegevens alleen om contact met u op te nemen."),
            reverse_lazy("privacy"),
            _("Lees de privacyverklaring"),
        )
        self.helper = FormHelper()
        # GOV.UK order (hint and error above the input), optional fields marked.
        self.helper.field_template = "includes/resident_field.html"
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Fieldset(_("Meedoen"), "kind", "message", "kern"),
            Fieldset(
                _("Over u"),
                HTML(
                    format_html(
                        '<p class="form-text">{}</p>',
                        _("Een coördinator neemt contact met u op."),
                    )
                ),
                "name",
                "email",
                "phone",
            ),
            Fieldset(
                _("Als u meedoet als organisatie"), "organization_name", "website"
            ),
            Fieldset(_("Privacy"), "privacy_consent"),
            Submit("submit", _("Aanmelding versturen")),
        )

    def clean(self) -> dict:
        cleaned = super().clean()
        if (
            cleaned.get("kind") == JoinRequestKind.ORGANIZATION
            and not cleaned.get("organization_name", "").strip()
        ):
            self.add_error(
                "organization_name",
                _("Vul de naam van uw organisatie in, of kies 'Als inwoner'."),
            )
        return cleaned

    def clean_phone(self) -> str:
        return checked_phone(self.cleaned_data["phone"])


class InviteForm(forms.Form):
    """A coordinator invites a person to an organisation's partner area."""

    email = forms.EmailField(
        label=_("E-mailadres"), validators=[validate_deliverable_email]
    )
    name = forms.CharField(label=_("Naam"), max_length=300, required=False)
    organization = forms.ModelChoiceField(label=_("Organisatie"), queryset=None)
    role = forms.ChoiceField(
        label=_("Rol"), choices=MembershipRole.choices, initial=MembershipRole.EDITOR
    )
    end_date = forms.DateField(
        label=_("Einddatum (niet verplicht)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = organization_model().objects.order_by(
            "name"
        )

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(email__iexact=email, is_staff=True).exists():
            raise forms.ValidationError(
                _("Dit is een coördinator; coördinatoren werken in het beheer.")
            )
        return email


class OTPTokenForm(forms.Form):
    """The six-digit code from the authenticator app."""

    token = forms.CharField(
        label=_("Code uit uw app"),
        help_text=_(
            "Zes cijfers, bijvoorbeeld 123456. De code verandert elke 30 seconden."
        ),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
        error_messages={
            "required": _("Vul de code uit uw app in."),
            "min_length": _("De code heeft zes cijfers."),
            "max_length": _("De code heeft zes cijfers."),
        },
    )

    def clean_token(self) -> str:
        token = "".join(self.cleaned_data["token"].split())
        if not is_number(token):
            raise forms.ValidationError(_("De code bestaat alleen uit cijfers."))
        return token
