"""Texts and input checks shared by the partner area's forms.

A leaf module (no imports from the partner services), so every form module can
use it without import cycles.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from lansingerland.validators import normalize_phone

NUMBER_INVALID = _("Vul een getal in, zoals 12.")
#: What a description may hold (``lansingerland.sanitizing.description_html``
#: makes it true on the public page).
DESCRIPTION_HELP = _(
    "Schrijf gewone tekst. Een lege regel begint een nieuwe alinea. Een "
    "opsomming maakt u met een streepje (-) aan het begin van elke regel. Een "
    "webadres zoals https://www.voorbeeld.nl wordt vanzelf een link."
)


def checked_phone(value: str) -> str:
    """``value`` in the one stored form, E.164 (``+31101234567``), after the
    portal's one phone rule (``lansingerland.validators.normalize_phone``);
    empty stays empty.

    Pages show it the Dutch way (``010 123 4567``) as a ``tel:`` link. Raises
    ValidationError with a Dutch example when it is no phone number.
    """
    value = value.strip()
    return normalize_phone(value) if value else ""


def number_messages(field: forms.Field, message: str) -> None:
    """Give a number field one plain ``message`` for a value out of range (instead
    of Django's "Zorg ervoor dat deze waarde minstens 0 is.") and a clear
    one for text that is no number."""
    field.error_messages.update(
        {"min_value": message, "max_value": message, "invalid": NUMBER_INVALID}
    )
