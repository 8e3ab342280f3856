"""Forms of the coordinators' side of the activities."""

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from sociale_kaart.models import Service, ServiceSchedule


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
