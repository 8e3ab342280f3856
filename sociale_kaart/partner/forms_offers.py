"""Forms for a partner's offers (aanbod): the offer, its weekly periods and closures.

The same forms validate what a partner types and, later, what a coordinator
approves (``sociale_kaart.partner.offers``), so both see the same Dutch messages.
They work without JavaScript: the formsets have empty rows to fill in and a
"verwijderen" checkbox per row.
"""

from django import forms
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _

from lansingerland.sanitizing import sanitize_html
from partners.form_texts import DESCRIPTION_HELP, checked_phone, number_messages
from sociale_kaart.models import (
    Organization,
    Service,
    ServiceClosure,
    ServiceSchedule,
    TargetGroup,
    Theme,
)

#: What a partner may change about an offer; the rest is for coordinators.
SERVICE_FIELDS = (
    "name",
    "description",
    "locations",
    "themes",
    "target_groups",
    "min_age",
    "max_age",
    "is_free",
    "cost_description",
    "how_to_join",
    "email",
    "phone",
    "status",
)
SCHEDULE_FIELDS = ("weekday", "opens_at", "closes_at")
CLOSURE_FIELDS = ("start_date", "end_date", "reason")
SCHEDULE_PREFIX = "openingstijden"
CLOSURE_PREFIX = "sluitingen"
MAX_AGE = 120


class ServiceForm(forms.ModelForm):
    """An offer of ``organization``: its locations can only be the organisation's
    own; themes and target groups come from the sociale kaart's taxonomy."""

    class Meta:
        model = Service
        fields = list(SERVICE_FIELDS)
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "how_to_join": forms.Textarea(attrs={"rows": 3}),
            "locations": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "email": forms.EmailInput(attrs={"autocomplete": "off"}),
            "phone": forms.TextInput(attrs={"inputmode": "tel"}),
        }
        help_texts = {
            "description": DESCRIPTION_HELP,
            "how_to_join": _(
                "Aanmelden nodig? Gewoon binnenlopen? Wie belt u? Een opsomming "
                "maakt u met een streepje (-) aan het begin van elke regel."
            ),
            "locations": _(
                "Geen locatie gekozen: het aanbod is in heel Lansingerland."
            ),
            "email": _("Leeg: het e-mailadres van de organisatie."),
            "phone": _("Leeg: het telefoonnummer van de organisatie."),
        }
        error_messages = {
            "name": {"required": _("Vul de naam van het aanbod in.")},
            "email": {"invalid": _("Vul een e-mailadres in zoals naam@voorbeeld.nl.")},
        }

    def __init__(self, *args, organization: Organization, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.organization = organization
        self.fields["locations"].queryset = organization.locations.order_by("pk")
        self.fields["themes"].queryset = Theme.objects.order_by("name")
        self.fields["target_groups"].queryset = TargetGroup.objects.order_by("name")
        self.fields["locations"].error_messages["invalid_choice"] = _(
            "Kies alleen locaties van uw eigen organisatie."
        )
        for name in ("themes", "target_groups"):
            self.fields[name].error_messages["invalid_choice"] = _(
                "Deze keuze bestaat niet (meer). Kies uit de lijst."
            )
        for name in ("locations", "themes", "target_groups"):
            self.fields[name].error_messages["invalid_pk_value"] = _(
                "Deze keuze bestaat niet. Kies uit de lijst."
            )
        for name in ("min_age", "max_age"):
            # The model's own limit, checked here so its message is ours too.
            self.fields[name].validators.append(MaxValueValidator(MAX_AGE))
            self.fields[name].widget.attrs["max"] = MAX_AGE
            number_messages(
                self.fields[name], _("Vul een leeftijd in van 0 tot en met 120 jaar.")
            )

    def clean_description(self) -> str:
        return sanitize_html(self.cleaned_data["description"])

    def clean_how_to_join(self) -> str:
        return sanitize_html(self.cleaned_data["how_to_join"])

    def clean_phone(self) -> str:
        return checked_phone(self.cleaned_data["phone"])

    def clean(self) -> dict:
        cleaned = super().clean()
        low, high = cleaned.get("min_age"), cleaned.get("max_age")
        if low is not None and high is not None and low > high:
            self.add_error(
                "max_age",
                _("De maximumleeftijd is lager dan de minimumleeftijd."),
            )
        return cleaned


class ScheduleForm(forms.ModelForm):
    """One weekly period; a day with a break has two rows."""

    class Meta:
        model = ServiceSchedule
        fields = list(SCHEDULE_FIELDS)
        widgets = {
            "opens_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "closes_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
        error_messages = {
            "weekday": {"required": _("Kies een dag.")},
            "opens_at": {
                "required": _("Vul de begintijd in, bijvoorbeeld 10:00."),
                "invalid": _("Vul een tijd in zoals 10:00."),
            },
            "closes_at": {
                "required": _("Vul de eindtijd in, bijvoorbeeld 12:00."),
                "invalid": _("Vul een tijd in zoals 12:00."),
            },
        }

    def clean(self) -> dict:
        cleaned = super().clean()
        opens, closes = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", _("De eindtijd moet na de begintijd liggen."))
        return cleaned


class ClosureForm(forms.ModelForm):
    """Dates on which the offer does not take place (both days included)."""

    class Meta:
        model = ServiceClosure
        fields = list(CLOSURE_FIELDS)
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        error_messages = {
            "start_date": {
                "required": _("Vul de eerste dag in."),
                "invalid": _("Vul een datum in zoals 2026-07-01."),
            },
            "end_date": {
                "required": _("Vul de laatste dag in."),
                "invalid": _("Vul een datum in zoals 2026-08-31."),
            },
        }


class OwnRowsFormSet(forms.BaseInlineFormSet):
    """Rows of this offer only: a changed row id in the POST (another offer's
    period or closure) is a form error, never a change to that row."""

    def add_fields(self, form, index) -> None:
        super().add_fields(form, index)
        # Django accepts any existing id here and then treats the row as new.
        id_field = form.fields[self._pk_field.name]
        id_field.queryset = self.get_queryset()
        id_field.error_messages["invalid_choice"] = _(
            "Deze regel hoort niet bij dit aanbod. Laad de pagina opnieuw."
        )


class ScheduleRows(OwnRowsFormSet):
    #: How the error summary names a row ("Openingstijd 2: …").
    row_label = _("Openingstijd %(number)s")


class ClosureRows(OwnRowsFormSet):
    row_label = _("Sluiting %(number)s")


ScheduleFormSet = forms.inlineformset_factory(
    Service,
    ServiceSchedule,
    form=ScheduleForm,
    formset=ScheduleRows,
    fields=list(SCHEDULE_FIELDS),
    extra=2,
    can_delete=True,
    # A huge TOTAL_FORMS is a form error, never thousands of forms built.
    max_num=50,
    absolute_max=50,
    validate_max=True,
)
ClosureFormSet = forms.inlineformset_factory(
    Service,
    ServiceClosure,
    form=ClosureForm,
    formset=ClosureRows,
    fields=list(CLOSURE_FIELDS),
    extra=1,
    can_delete=True,
    max_num=50,
    absolute_max=50,
    validate_max=True,
)


def kept_rows(formset: OwnRowsFormSet) -> list[dict]:
    """Cleaned rows of a valid formset that stay: not deleted, not left empty."""
    return [
        form.cleaned_data
        for form in formset.forms
        if form.cleaned_data
        and not formset._should_delete_form(form)
        and (form.instance.pk is not None or form.has_changed())
    ]


def offer_forms(
    *, organization: Organization, service: Service | None, data=None
) -> tuple[ServiceForm, ScheduleFormSet, ClosureFormSet]:
    """The offer form and its two formsets, bound to ``data`` when given.

    ``service`` None means a new offer of ``organization`` (nothing saved).
    """
    instance = service or Service(organization=organization)
    return (
        ServiceForm(data, instance=instance, organization=organization),
        ScheduleFormSet(data, instance=instance, prefix=SCHEDULE_PREFIX),
        ClosureFormSet(data, instance=instance, prefix=CLOSURE_PREFIX),
    )
