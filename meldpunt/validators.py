"""Checks and clean-ups of what people type into the meldpunt form."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s\-./]")


def normalize_phone(value: str) -> str:
    """Return a phone number typed in any common Dutch way as ``+31…`` digits.

    Accepts ``06-12345678``, ``06 123 456 78``, ``+31 (0)6 12345678``,
    ``0031 6 12345678`` and ``010-1234567``; a foreign number starting with
    ``+`` or ``00`` keeps its country code (8–15 digits in all).

    Raises ValidationError (Dutch message) for anything else, such as ``12345``.
    """
    number = _SEPARATORS.sub("", value.strip()).replace("(0)", "")
    number = number.replace("(", "").replace(")", "")
    if number.startswith("00"):
        number = "+" + number[2:]
    if re.fullmatch(r"0\d{9}", number):
        number = "+31" + number[1:]
    if re.fullmatch(r"\+31\d{9}", number) or (
        re.fullmatch(r"\+[1-9]\d{7,14}", number) and not number.startswith("+31")
    ):
        return number
    raise ValidationError(
        _(
            "Dit telefoonnummer klopt niet. Vul een telefoonnummer in zoals "
            "06 12345678 of 010 1234567."
        ),
        code="invalid_phone",
    )
