"""Rules shared by an activity and a resident's proposal of one."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext_lazy as _

from lansingerland.validators import normalize_phone

from .constants import RegistrationMethod

#: An activity past midnight that lasts longer than this is more likely a typing
#: error in the end time (14:00-13:00) than a night activity (23:00-01:00).
MAX_OVERNIGHT = datetime.timedelta(hours=12)


def end_time_error(
    start: datetime.time | None, end: datetime.time | None
) -> str | None:
    """The Dutch message when ``end`` (local wall-clock time) cannot be the end
    of an activity starting at ``start`` on one day: equal to it, or before it
    so that it runs past midnight for longer than ``MAX_OVERNIGHT``; else None
    (also when either is missing)."""
    if not start or not end:
        return None
    if start == end:
        return _("De eindtijd moet anders zijn dan de begintijd.")
    day = datetime.date.min
    length = datetime.datetime.combine(day, end) - datetime.datetime.combine(day, start)
    if end < start and length + datetime.timedelta(days=1) > MAX_OVERNIGHT:
        return _(
            "Eindigt de activiteit echt de volgende dag om %(time)s? Controleer "
            "de eindtijd."
        ) % {"time": end.strftime("%H:%M")}
    return None


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
