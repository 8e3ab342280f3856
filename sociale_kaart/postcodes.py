"""Dutch postcodes: ``1234 AB``, four digits (no leading zero) and two letters."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

POSTCODE_RE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")


def normalize_postcode(value: str) -> str:
    """Return ``value`` as ``1234 AB`` when it is a postcode; else unchanged.

    ``2665ab``, ``2665 ab`` and `` 2665  AB `` all become ``2665 AB``.
    """
    match = POSTCODE_RE.match(value or "")
    if not match:
        return (value or "").strip()
    return f"{match[1]} {match[2].upper()}"


def validate_postcode(value: str) -> None:
    """Raise ValidationError (Dutch message) unless ``value`` is a Dutch postcode."""
    if value and not POSTCODE_RE.match(value):
        raise ValidationError(
            _("Vul een postcode in als 1234 AB: vier cijfers en twee letters."),
            code="invalid_postcode",
        )
