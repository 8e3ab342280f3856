"""Validators shared by the models of several apps."""

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
