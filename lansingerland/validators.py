"""Validators shared by the models and forms of several apps."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .plain_text import plain_text

#: The longest description (of an organisation, offer or activity) in
#: characters a reader sees: markup such as links and lists does not count.
DESCRIPTION_MAX_LENGTH = 5000


def validate_description_length(value: str) -> None:
    """Refuse a description longer than :data:`DESCRIPTION_MAX_LENGTH`.

    Counts the characters of :func:`~lansingerland.sanitizing.plain_text`, so
    sanitising (``&`` becomes ``&amp;``, links get ``rel``) never tips a text
    over the limit. Raises ValidationError (code ``max_length``) with a Dutch
    message that gives the limit and the length typed.
    """
    length = len(plain_text(value or ""))
    if length > DESCRIPTION_MAX_LENGTH:
        raise ValidationError(
            _(
                "Deze tekst is te lang: hoogstens %(limit)s tekens, u typte er "
                "%(length)s. Maak de tekst korter."
            ),
            code="max_length",
            params={"limit": DESCRIPTION_MAX_LENGTH, "length": length},
        )


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
