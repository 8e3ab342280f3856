"""The partner's activity form: the admin's fields and model rules, with choices
limited to what the member may use.

Its choices come from ``selectors`` and its recurrence rules from ``rules``,
which ``activiteiten.partner.services.activity_check`` applies again to the
submitted values and when a coordinator approves them, so a choice that
became invalid meanwhile (a campaign that ended, a membership that stopped)
is caught there too.
"""

import datetime
from typing import Any

from django import forms
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import QuerySet
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from activiteiten.forms import CampaignDatesMixin
from activiteiten.models import Activity, Campaign
from activiteiten.services import weekly_rule
from lansingerland.sanitizing import sanitize_html
from partners.form_texts import DESCRIPTION_HELP, number_messages
from sociale_kaart.models import Organization, Service

from .rules import KEEP, ONCE, WEEKLY, recurrence_for, repeat_errors
from .selectors import co_organizer_choices, location_choices

#: Model fields the partner fills in directly; the rest is set by the form.
ACTIVITY_FIELDS = (
    "title",
    "description",
    "start_date",
    "start_time",
    "end_time",
    "location",
    "address",
    "target_group",
    "is_free",
    "cost",
    "registration",
    "registration_contact",
    "max_participants",
    "wheelchair_accessible",
    "accessibility",
)


FIELD_ORDER = [
    "title",
    "description",
    "co_organizers",
    "campaigns",
    "start_date",
    "start_time",
    "end_time",
    "repeat",
    "repeat_until",
    "location",
    "address",
]


def open_campaigns(today: datetime.date | None = None) -> QuerySet[Campaign]:
    """Campaigns a partner may still join: not ended on ``today`` (local date)."""
    today = today or timezone.localdate()
    return Campaign.objects.filter(end_date__gte=today).order_by("start_date")


def campaign_label(campaign: Campaign) -> str:
    """ "Week tegen Eenzaamheid 2026 (24 september 2026 tot en met 1 oktober 2026)"."""
    return _("%(title)s (%(start)s tot en met %(end)s)") % {
        "title": campaign.title,
        "start": formats.date_format(campaign.start_date, "j F Y"),
        "end": formats.date_format(campaign.end_date, "j F Y"),
    }


class CampaignChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Campaign) -> str:
        return campaign_label(obj)


class OpenCampaignField(forms.ModelChoiceField):
    """One campaign that has not ended, shown with its dates."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            queryset=Campaign.objects.none(),
            label=_("Campagne"),
            empty_label=_("Kies een campagne"),
            error_messages={
                "required": _("Kies een campagne."),
                "invalid_choice": _("Kies een campagne die nog niet voorbij is."),
            },
            **kwargs,
        )

    def label_from_instance(self, obj: Campaign) -> str:
        return campaign_label(obj)


class CampaignSignUpForm(forms.Form):
    """Aanmelden voor campagne: an existing activity joins an open campaign."""

    campaign = OpenCampaignField()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["campaign"].queryset = open_campaigns()


class FeatureServiceForm(forms.Form):
    """One of the organisation's regular offers into an open campaign."""

    service = forms.ModelChoiceField(
        label=_("Vast aanbod"),
        queryset=Service.objects.none(),
        empty_label=_("Kies een aanbod"),
        error_messages={
            "required": _("Kies een aanbod."),
            "invalid_choice": _("Kies een aanbod van uw organisatie."),
        },
    )
    campaign = OpenCampaignField()

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = Service.objects.filter(
            organization=organization
        ).order_by("name")
        self.fields["campaign"].queryset = open_campaigns()


class PartnerActivityForm(CampaignDatesMixin, forms.ModelForm):
    """An activity of ``organization`` entered by ``member`` (an editor).

    ``organization`` always organises it; co-organisers can only be other
    organisations the member edits. The location is one of the organisation's
    locations (or the one it already has), else a one-off address. Campaigns
    are those that have not ended, and each needs a date of the activity.
    Recurrence is chosen without RRULE syntax: once, or weekly on the first
    date's weekday up to a date.
    """

    co_organizers = forms.ModelMultipleChoiceField(
        label=_("Samen met"),
        queryset=Organization.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Andere organisaties waarvoor u werkt en die meedoen."),
    )
    campaigns = CampaignChoiceField(
        label=_("Aanmelden voor campagne"),
        queryset=Campaign.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "De activiteit komt in het programma van de campagne die u aanvinkt."
        ),
    )
    repeat = forms.ChoiceField(
        label=_("Hoe vaak"),
        choices=[(ONCE, _("Eén keer")), (WEEKLY, _("Elke week op dezelfde dag"))],
        initial=ONCE,
        widget=forms.RadioSelect,
    )
    repeat_until = forms.DateField(
        label=_("Elke week tot en met"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Alleen nodig bij elke week. De laatste datum telt mee."),
    )

    class Meta:
        model = Activity
        fields = list(ACTIVITY_FIELDS)
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
        labels = {"start_date": _("Datum (bij elke week: de eerste datum)")}
        help_texts = {
            "description": DESCRIPTION_HELP,
            "location": _("Of vul hieronder een los adres in."),
        }
        error_messages = {
            "title": {"required": _("Vul een titel in.")},
            "start_date": {
                "required": _("Vul de datum in."),
                "invalid": _("Vul een datum in zoals 6-10-2026."),
            },
            "start_time": {
                "required": _("Vul de begintijd in."),
                "invalid": _("Vul een tijd in zoals 10:00."),
            },
            "end_time": {
                "required": _("Vul de eindtijd in."),
                "invalid": _("Vul een tijd in zoals 12:00."),
            },
        }

    def __init__(
        self,
        *args: Any,
        organization: Organization,
        member: AbstractBaseUser,
        today: datetime.date | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.organization = organization
        self.today = today or timezone.localdate()
        number_messages(
            self.fields["max_participants"], _("Vul een aantal in vanaf 1.")
        )
        activity = self.instance
        self.fields["co_organizers"].queryset = co_organizer_choices(
            organization=organization, member=member, activity=activity
        )
        location_field = self.fields["location"]
        location_field.queryset = location_choices(
            organization=organization, activity=activity
        )
        location_field.empty_label = _("Geen: een los adres")
        if not activity.pk:
            location_field.initial = location_field.queryset.values_list(
                "pk", flat=True
            ).first()
        self.fields["campaigns"].queryset = open_campaigns(self.today)
        if activity.pk:
            self.fields["co_organizers"].initial = [
                org.pk
                for org in activity.organizations.all()
                if org.pk != organization.pk
            ]
            self.fields["campaigns"].initial = [
                c.pk for c in activity.campaigns.all() if c.end_date >= self.today
            ]
            rule = activity.recurrence
            until = _simple_weekly_until(activity)
            if not rule:
                self.fields["repeat"].initial = ONCE
            elif until:
                self.fields["repeat"].initial = WEEKLY
                self.fields["repeat_until"].initial = until
            else:
                self.fields["repeat"].choices = [
                    *self.fields["repeat"].choices,
                    (
                        KEEP,
                        _("Zoals de coördinator het heeft ingesteld: %(rule)s")
                        % {"rule": rule},
                    ),
                ]
                self.fields["repeat"].initial = KEEP
        self.order_fields(FIELD_ORDER)
        # Nothing to choose from: leave the question out of the page (a value
        # sent anyway is still checked, and refused).
        for name in ("co_organizers", "campaigns"):
            if not self.fields[name].queryset.exists():
                self.fields[name].widget = forms.MultipleHiddenInput()
        for field in self.fields.values():
            if isinstance(field.widget, forms.DateInput):
                field.input_formats = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]

    def clean_description(self) -> str:
        return sanitize_html(self.cleaned_data["description"])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        errors = repeat_errors(
            repeat=cleaned.get("repeat"),
            start_date=cleaned.get("start_date"),
            until=cleaned.get("repeat_until"),
            is_new=not self.instance.pk,
            today=self.today,
        )
        for name, message in errors.items():
            self.add_error(name, message)
        return cleaned

    def _post_clean(self) -> None:
        # Turn the plain choices into the RRULE before the model's own clean()
        # checks it, as it does in the admin.
        self.instance.recurrence = recurrence_for(
            repeat=self.cleaned_data.get("repeat"),
            start_date=self.cleaned_data.get("start_date"),
            until=self.cleaned_data.get("repeat_until"),
            current=self.instance.recurrence,
        )
        super()._post_clean()

    def organizers(self) -> list[Organization]:
        """The organisation and the chosen co-organisers (after is_valid())."""
        return [self.organization, *self.cleaned_data.get("co_organizers", [])]

    def campaigns_to_keep(self) -> list[Campaign]:
        """Chosen campaigns plus the ended ones the activity already had: an
        ended campaign can't be chosen but is not taken away either."""
        ended = (
            [c for c in self.instance.campaigns.all() if c.end_date < self.today]
            if self.instance.pk
            else []
        )
        return [*self.cleaned_data.get("campaigns", []), *ended]

    def to_json(self) -> dict[str, Any]:
        """The valid form's values as JSON-ready data (ids for objects, ISO
        strings for dates and times), to be fed to this form again later."""
        data: dict[str, Any] = {}
        for name in self.fields:
            value = self.cleaned_data.get(name)
            if isinstance(value, (list, tuple, QuerySet)):
                value = [item.pk for item in value]
            elif hasattr(value, "pk"):
                value = value.pk
            elif isinstance(value, (datetime.date, datetime.time)):
                value = value.isoformat()
            data[name] = value
        return data


def _simple_weekly_until(activity: Activity) -> datetime.date | None:
    """UNTIL of a rule the form can show as "elke week tot en met", else None."""
    rule = activity.recurrence
    if not rule or not activity.start_date:
        return None
    parts = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
    until = parts.get("UNTIL", "")
    if set(parts) != {"FREQ", "BYDAY", "UNTIL"} or len(until) != 8:
        return None
    day = datetime.datetime.strptime(until, "%Y%m%d").date()
    if rule != weekly_rule(weekday=activity.start_date.isoweekday(), until=day):
        return None
    return day


def activity_form_data(
    activity: Activity,
    *,
    organization: Organization,
    today: datetime.date | None = None,
) -> dict[str, Any]:
    """The form's data for ``activity`` as it is now (JSON-ready), seen from
    ``organization``, for a change that only adds a campaign."""
    today = today or timezone.localdate()
    data: dict[str, Any] = {}
    for name in ACTIVITY_FIELDS:
        value = activity.location_id if name == "location" else getattr(activity, name)
        if isinstance(value, (datetime.date, datetime.time)):
            value = value.isoformat()
        data[name] = value
    until = _simple_weekly_until(activity)
    data["repeat"] = ONCE if not activity.recurrence else (WEEKLY if until else KEEP)
    data["repeat_until"] = until.isoformat() if until else None
    data["campaigns"] = [c.pk for c in activity.campaigns.all() if c.end_date >= today]
    data["co_organizers"] = [
        o.pk for o in activity.organizations.all() if o.pk != organization.pk
    ]
    return data
