"""Dutch house numbers as people type them: "12", "12a", "12-1", "14D-1".

The BAG (and PDOK's Locatieserver) keeps three parts: the number (1-99999),
a house letter (one letter) and an addition (up to four letters or digits).
People type them as one text; a browser's number box silently drops the
letter, so the form takes text and splits it here.
"""

import re
from typing import NamedTuple

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HOUSE_NUMBER_INVALID = _(
    "Vul een huisnummer in zoals 12, 12a, 12-1 of 14D-1: eerst het nummer, dan "
    "eventueel een letter en een toevoeging."
)
HOUSE_NUMBER_TOO_LOW = _("Vul een huisnummer in vanaf 1.")

# The letter is one letter standing on its own ("12a", "12 a-1"), so that
# "12hs" reads as number 12 with addition "hs", not letter "h" plus "s".
_PATTERN = re.compile(
    r"(?P<number>\d{1,5})"
    r"(?:\s*(?P<letter>[a-z])(?=$|[\s/-]))?"
    r"(?:\s*[\s/-]?\s*(?P<addition>[a-z0-9]{1,4}))?",
    re.IGNORECASE,
)


class HouseNumber(NamedTuple):
    """A house number in the BAG's three parts; ``letter`` is upper case."""

    number: int
    letter: str = ""
    addition: str = ""


def split_house_number(text: str) -> HouseNumber:
    """Split ``text`` ("14D-1", "12 a", "3-bis") into a HouseNumber.

    Raises ValidationError with a Dutch message when it is no house number
    ("a12", "12-", "0", "twaalf").
    """
    text = text.strip()
    match = _PATTERN.fullmatch(text)
    if match is None and re.fullmatch(r"-\s*\d+", text):
        raise ValidationError(HOUSE_NUMBER_TOO_LOW, code="min_value")
    if match is None:
        raise ValidationError(HOUSE_NUMBER_INVALID, code="invalid")
    number = int(match["number"])
    if number < 1:
        raise ValidationError(HOUSE_NUMBER_TOO_LOW, code="min_value")
    return HouseNumber(number, (match["letter"] or "").upper(), match["addition"] or "")


class HouseNumberField(forms.CharField):
    """A text box for the whole house number; cleans to a HouseNumber (or
    None when empty and not required)."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("max_length", 20)
        super().__init__(**kwargs)

    def to_python(self, value) -> HouseNumber | None:
        text = super().to_python(value)
        return split_house_number(text) if text else None

    def validate(self, value) -> None:
        if value is None and self.required:
            raise ValidationError(self.error_messages["required"], code="required")

    def has_changed(self, initial, data) -> bool:
        """Unchanged when ``data`` is the stored number (``initial``, an int)
        without letter or addition: "12" for 12."""
        try:
            parts = self.to_python(data)
        except ValidationError:
            return True
        if parts is None:
            return initial not in (None, "")
        return parts != HouseNumber(initial) if isinstance(initial, int) else True

    def run_validators(self, value) -> None:
        # The max_length validator applies to the text, checked by to_python.
        return None
