"""Forms of the sociale kaart's partner pages: the model's own validation,
as in the admin."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lansingerland.sanitizing import sanitize_html
from partners.form_texts import DESCRIPTION_HELP, checked_phone
from sociale_kaart.location_address import LocationAddressFormMixin
from sociale_kaart.models import Location, Organization

from .editing import LOCATION_FIELDS, ORGANIZATION_FIELDS


class OrganizationForm(forms.ModelForm):
    """What a partner may change about their organisation."""

    class Meta:
        model = Organization
        fields = list(ORGANIZATION_FIELDS)
        widgets = {"description": forms.Textarea(attrs={"rows": 8})}
        help_texts = {"description": DESCRIPTION_HELP}

    def clean_description(self) -> str:
        return sanitize_html(self.cleaned_data["description"])

    def clean_phone(self) -> str:
        return checked_phone(self.cleaned_data["phone"])


class LocationForm(LocationAddressFormMixin, forms.ModelForm):
    """A location's name and address; the point follows from the address.

    Street, house number, postcode and place are required (new and changed
    locations alike): visitors must be able to find the place.
    """

    class Meta:
        model = Location
        fields = list(LOCATION_FIELDS)
        labels = {"house_number": _("Huisnummer")}
