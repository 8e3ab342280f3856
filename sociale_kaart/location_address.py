"""The one rule for a location's address, shared by the partner form, the
partner services and the coordinators' admin: a location must be findable.

A location with any address part needs the whole address (street, house
number, postcode, place). Partners always give one. Coordinators may keep a
location without any address when it has a point on the map (an organisation
for a whole kern or "heel Lansingerland", as in the imported data); an empty
location without a point is refused.
"""

from collections.abc import Mapping
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .house_numbers import HouseNumber, HouseNumberField

#: The address parts that must all be filled in, with the message for each.
REQUIRED_ADDRESS = {
    "street": _("Vul de straat in."),
    "house_number": _("Vul een huisnummer in vanaf 1."),
    "postcode": _("Vul de postcode in, bijvoorbeeld 2665 AB."),
    "place": _("Vul de plaats in, bijvoorbeeld Bleiswijk."),
}
#: Every field that is part of the address.
ADDRESS_PARTS = (*REQUIRED_ADDRESS, "house_letter", "house_number_addition")
TWICE = _(
    "Het huisnummer heeft een andere letter of toevoeging dan de velden eronder. "
    "Vul ze op één plek in."
)
NO_ADDRESS_NO_POINT = _(
    "Vul het adres in. Een locatie zonder adres kan alleen als u de plek op de "
    "kaart aanwijst (bijvoorbeeld voor heel Lansingerland)."
)


def location_address_errors(
    *, values: Mapping[str, Any], point_may_replace_address: bool = False
) -> dict[str, list]:
    """Dutch messages by field name for what ``values`` lacks; empty when fine.

    ``values`` maps location field names (``street``, ``house_number``,
    ``postcode``, ``place``, optionally ``house_letter``,
    ``house_number_addition`` and ``point``) to their values; a missing key
    counts as empty. With ``point_may_replace_address`` (coordinators) a
    location without any address part is fine when ``values["point"]`` is
    set; without a point it also gets a message under ``None`` (the form).
    """
    if point_may_replace_address and not any(values.get(n) for n in ADDRESS_PARTS):
        if values.get("point"):
            return {}
        errors: dict[str, list] = {None: [NO_ADDRESS_NO_POINT]}
    else:
        errors = {}
    for name, message in REQUIRED_ADDRESS.items():
        value = values.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            errors[name] = [message]
    return errors


def check_location_address(
    *, values: Mapping[str, Any], point_may_replace_address: bool = False
) -> None:
    """Raise ValidationError (messages by field) when ``location_address_errors``
    finds something; for services that take a dict of values."""
    errors = location_address_errors(
        values=values, point_may_replace_address=point_may_replace_address
    )
    if errors:
        raise ValidationError(
            {(name or "__all__"): messages for name, messages in errors.items()}
        )


class LocationAddressFormMixin:
    """For a ModelForm of Location: applies ``location_address_errors``.

    Set ``point_may_replace_address = True`` on a coordinator's form. On a
    partner's form the address fields are marked required, so the labels
    say so. A field that already has an error (a wrong postcode) keeps only
    that error; what was typed stays in the form.
    """

    point_may_replace_address = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "house_number" in self.fields:
            number = self.fields["house_number"]
            self.fields["house_number"] = HouseNumberField(
                label=number.label,
                required=number.required,
                help_text=_("Met letter of toevoeging, bijvoorbeeld 12a of 14D-1."),
            )
        if not self.point_may_replace_address:
            for name, message in REQUIRED_ADDRESS.items():
                if name in self.fields:
                    self.fields[name].required = True
                    self.fields[name].error_messages["required"] = message

    def clean(self) -> dict:
        cleaned_data = super().clean()
        if getattr(self, "cleaned_data", None) is None:
            return cleaned_data
        self._split_house_number()
        if (
            self.point_may_replace_address
            and self.instance.pk is not None
            and not set(self.changed_data) & {*ADDRESS_PARTS, "point"}
        ):
            # A coordinator saving something else (a setting, a theme) is not
            # made to complete an address imported incomplete; changing the
            # address is checked.
            return cleaned_data
        values = dict(self.cleaned_data)
        if "point" not in self.fields and self.instance is not None:
            values["point"] = self.instance.point
        errors = location_address_errors(
            values=values, point_may_replace_address=self.point_may_replace_address
        )
        for name, messages in errors.items():
            if name is None or (name in self.fields and name not in self.errors):
                for message in messages:
                    self.add_error(name, message)
        return cleaned_data

    def _split_house_number(self) -> None:
        """Put "14D-1" in the number, letter and addition fields; a letter or
        addition typed in both places must agree."""
        parts = self.cleaned_data.get("house_number")
        if not isinstance(parts, HouseNumber):
            return
        self.cleaned_data["house_number"] = parts.number
        for name, value in (
            ("house_letter", parts.letter),
            ("house_number_addition", parts.addition),
        ):
            if not value:
                continue
            typed = str(self.cleaned_data.get(name) or "").strip()
            if name not in self.fields or (typed and typed.upper() != value.upper()):
                self.add_error("house_number", TWICE)
                return
            self.cleaned_data[name] = value


class LocationAdminForm(LocationAddressFormMixin, forms.ModelForm):
    """The coordinators' location form (admin page and organisation inline)."""

    point_may_replace_address = True
