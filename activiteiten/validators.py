"""Rules shared by an activity and a resident's proposal of one."""

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext_lazy as _

from lansingerland.validators import normalize_phone

from .constants import RegistrationMethod


def registration_errors(*, method: str, contact: str) -> str | None:
    """The Dutch message when ``contact`` does not fit how people sign up
    (``method``, a ``RegistrationMethod``), else None."""
    contact = contact.strip()
    if method != RegistrationMethod.NONE and not contact:
        return _("Vul in waar mensen zich kunnen aanmelden.")
    if not contact:
        return None
    try:
        if method == RegistrationMethod.EMAIL:
            EmailValidator()(contact)
        elif method == RegistrationMethod.LINK:
            URLValidator(schemes=["https", "http"])(contact)
        elif method == RegistrationMethod.PHONE:
            normalize_phone(contact)
    except ValidationError:
        return {
            RegistrationMethod.EMAIL: _(
                "Vul een e-mailadres in, zoals naam@voorbeeld.nl."
            ),
            RegistrationMethod.LINK: _("Vul een webadres in dat begint met https://."),
            RegistrationMethod.PHONE: _(
                "Vul een telefoonnummer in, zoals 010 123 45 67."
            ),
        }[method]
    return None


def cost_error(*, is_free: bool, cost: str) -> str | None:
    """The Dutch message when an activity is ticked free and has a cost typed.

    The cost is shown as typed, so "gratis" ticked with "€ 2,50" typed would
    tell residents two things; neither is dropped silently.
    """
    if is_free and cost.strip():
        return _(
            "U vinkte 'gratis' aan en vulde ook kosten in. Haal het vinkje weg als "
            "er kosten zijn, of maak het veld kosten leeg als het gratis is."
        )
    return None
