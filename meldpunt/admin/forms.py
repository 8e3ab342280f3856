"""Forms of the coordinators' back office; each one feeds one service."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lansingerland.constants import Kern
from sociale_kaart.models import Organization

from ..constants import (
    CancelReason,
    ConcernSign,
    KnowsAboutReport,
    ReportChannel,
    ReportKind,
    ReportOutcome,
    ReportStatus,
)
from ..models import Report
from ..notifications import referral_recipients
from ..validators import normalize_phone
from ..workflow import allowed_targets

_KERN = [("", "-"), *Kern.choices]


def report_by_reference(value: str) -> Report:
    """The report with reference ``value`` (dash and case ignored).

    Raises forms.ValidationError (Dutch) when there is none.
    """
    reference = value.strip().replace("-", "").upper()
    report = Report.objects.filter(reference=reference).first()
    if report is None:
        raise forms.ValidationError(_("Er is geen melding met dit kenmerk."))
    return report


class StatusForm(forms.Form):
    to_status = forms.ChoiceField(label=_("Nieuwe status"))
    note = forms.CharField(
        label=_("Toelichting"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Verplicht bij afsluiten en heropenen."),
    )
    outcome = forms.ChoiceField(
        label=_("Uitkomst (bij afsluiten)"),
        choices=[("", "-"), *ReportOutcome.choices],
        required=False,
    )
    cancel_reason = forms.ChoiceField(
        label=_("Reden (bij annuleren)"),
        choices=[("", "-"), *CancelReason.choices],
        required=False,
    )
    duplicate_reference = forms.CharField(
        label=_("Kenmerk van de eerdere melding (bij dubbel)"),
        required=False,
        max_length=20,
    )
    notify_reporter = forms.BooleanField(
        label=_("Stuur de melder een e-mail over deze wijziging"), required=False
    )
    reporter_message = forms.CharField(
        label=_("Bericht aan de melder"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Alleen als u hierboven 'stuur' aanvinkt. Bekijk eerst het voorbeeld."
        ),
    )

    def __init__(self, *args, report: Report, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = [
            (s, ReportStatus(s).label) for s in allowed_targets(report.status)
        ]

    def clean_duplicate_reference(self) -> Report | None:
        value = self.cleaned_data["duplicate_reference"]
        return report_by_reference(value) if value.strip() else None


class ReferForm(forms.Form):
    organization = forms.ModelChoiceField(
        label=_("Partner"), queryset=Organization.objects.published()
    )
    note = forms.CharField(
        label=_("Toelichting voor de partner"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Komt in de link voor de partner. Geen namen nodig."),
    )
    informed_in_person = forms.BooleanField(
        label=_("Ik heb de organisatie zelf ingelicht (bijvoorbeeld telefonisch)"),
        required=False,
        help_text=_(
            "Alleen nodig als de organisatie geen e-mailadres en geen "
            "doorverwijzers heeft: dan gaat er geen e-mail."
        ),
    )

    def clean(self) -> dict:
        """Refuse a referral nobody hears of: the organisation has no e-mail
        address and no referral handlers (``referral_recipients``), and the
        coordinator did not tick that they told it themselves."""
        data = super().clean()
        organization = data.get("organization")
        if (
            organization is not None
            and not referral_recipients(organization).addresses
            and not data.get("informed_in_person")
        ):
            self.add_error(
                "organization",
                _(
                    "%(partner)s heeft geen e-mailadres en geen doorverwijzers, "
                    "dus niemand krijgt bericht van deze doorverwijzing. Vul het "
                    "e-mailadres in bij de organisatie of nodig een doorverwijzer "
                    "uit en verwijs dan door. Hebt u de organisatie zelf "
                    "ingelicht, bijvoorbeeld telefonisch? Vink dat dan hieronder "
                    "aan."
                )
                % {"partner": organization.name},
            )
        return data


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Notitie"), widget=forms.Textarea(attrs={"rows": 4}))


class DuplicateForm(forms.Form):
    reference = forms.CharField(label=_("Kenmerk van de andere melding"), max_length=20)

    def clean_reference(self) -> Report:
        return report_by_reference(self.cleaned_data["reference"])


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("Coördinator"),
        queryset=get_user_model().objects.filter(is_staff=True, is_active=True),
        required=False,
    )


class PhoneReportForm(forms.Form):
    """A report taken by phone (or from a professional), entered by a coordinator."""

    channel = forms.ChoiceField(
        label=_("Kanaal"),
        choices=[
            (ReportChannel.PHONE, ReportChannel.PHONE.label),
            (ReportChannel.PROFESSIONAL, ReportChannel.PROFESSIONAL.label),
        ],
    )
    received_at = forms.DateTimeField(
        label=_("Ontvangen op"),
        initial=timezone.now,
        help_text=_("Datum en tijd van het gesprek (Nederlandse tijd)."),
    )
    kind = forms.ChoiceField(label=_("Soort"), choices=ReportKind.choices)
    message = forms.CharField(
        label=_("Bericht"), widget=forms.Textarea(attrs={"rows": 5})
    )
    kern = forms.ChoiceField(label=_("Kern"), choices=_KERN, required=False)
    signs = forms.MultipleChoiceField(
        label=_("Opgemerkte signalen"),
        choices=ConcernSign.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    person_name = forms.CharField(label=_("Naam betrokkene"), required=False)
    person_address = forms.CharField(label=_("Adres betrokkene"), required=False)
    person_kern = forms.ChoiceField(
        label=_("Kern betrokkene"), choices=_KERN, required=False
    )
    person_relation = forms.CharField(label=_("Relatie tot melder"), required=False)
    person_knows = forms.ChoiceField(
        label=_("Weet betrokkene van de melding?"),
        choices=KnowsAboutReport.choices,
        initial=KnowsAboutReport.UNKNOWN,
    )
    name = forms.CharField(label=_("Naam melder"), required=False, max_length=200)
    email = forms.EmailField(label=_("E-mailadres melder"), required=False)
    phone = forms.CharField(
        label=_("Telefoonnummer melder"), required=False, max_length=30
    )
    organisation = forms.CharField(
        label=_("Organisatie (professional)"), required=False
    )
    share_with_partner = forms.BooleanField(
        label=_("Melder geeft toestemming gegevens te delen met de partner"),
        required=False,
    )
    privacy_consent = forms.BooleanField(
        label=_("Melder is gewezen op de privacyverklaring en gaat akkoord"),
        error_messages={
            "required": _(
                "Zonder akkoord van de melder kan de melding niet worden opgeslagen."
            )
        },
    )

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"]
        return normalize_phone(phone) if phone.strip() else ""

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()


class PersonSearchForm(forms.Form):
    email = forms.EmailField(label=_("E-mailadres"), required=False)
    phone = forms.CharField(label=_("Telefoonnummer"), required=False, max_length=30)

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"]
        return normalize_phone(phone) if phone.strip() else ""

    def clean(self):
        data = super().clean()
        if not self.errors and not (data.get("email") or data.get("phone")):
            raise forms.ValidationError(_("Vul een e-mailadres of telefoonnummer in."))
        return data


class PeriodForm(forms.Form):
    start = forms.DateField(
        label=_("Van"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("Tot en met"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError(_("De begindatum ligt na de einddatum."))
        return data
