"""Validators shared by the models and forms of several apps."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .plain_text import plain_text

#: The longest description (of an organisation, offer or activity) in
#: characters a reader sees: markup such as links and lists does not count.
DESCRIPTION_MAX_LENGTH = 5000

#: Numbers without a country code are read as Dutch.
PHONE_REGION = "NL"


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


def normalize_phone(value: str) -> str:
    """Return a phone number typed in any common way in its stored form, E.164.

    The portal's one phone rule, for every form (the admin's included, through
    :class:`lansingerland.fields.PhoneNumberAdminMixin`). Google's libphonenumber
    (``phonenumbers``) reads the number as Dutch unless it starts with ``+`` or
    ``00``: ``06-12345678``, ``+31 (0)6 12345678``, ``(010) 800 40 00``, free
    and paid service numbers (``0800 1234``, ``0900 1234567``) and the
    municipal ``14 010`` are all accepted; a foreign number keeps its country
    code. The result is E.164 (``+31612345678``; ``14 010`` becomes
    ``+3114010``, which libphonenumber reads back as ``14 010``).

    Raises ValidationError (code ``invalid_phone``, Dutch message) for a number
    that does not exist in the numbering plan, such as ``12345``.
    """
    text = value.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, PHONE_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _(
                "Dit telefoonnummer klopt niet. Vul een telefoonnummer in zoals "
                "06 12345678 of 010 1234567."
            ),
            code="invalid_phone",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_for_display(value: str) -> str:
    """A stored number the Dutch way: ``+31612345678`` as ``06 12345678``,
    ``+31108004000`` as ``010 800 4000``, a foreign one internationally
    (``+44 20 7946 0958``). Text that is no number comes back unchanged."""
    try:
        number = phonenumbers.parse(value, PHONE_REGION)
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(number):
        return value
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == PHONE_REGION
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)
