"""Forms of the coordinators' side of the activities."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from sociale_kaart.models import Service, ServiceSchedule

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
