"""The partner's plain recurrence choice ("één keer", "elke week tot en met")
and its rules, shared by the partner form and the services that check a
submitted or approved activity."""

import datetime

from django.utils.translation import gettext_lazy as _

from activiteiten.services import weekly_rule

ONCE = "once"
WEEKLY = "weekly"
KEEP = "keep"


def repeat_errors(
    *,
    repeat: str | None,
    start_date: datetime.date | None,
    until: datetime.date | None,
    is_new: bool,
    today: datetime.date,
) -> dict[str, str]:
    """Dutch messages by field name: "elke week" needs a last date on or
    after the first; a new activity cannot start before ``today`` (local)."""
    errors = {}
    if repeat == WEEKLY:
        if not until:
            errors["repeat_until"] = _(
                "Vul in tot en met welke datum het elke week is."
            )
        elif start_date and until < start_date:
            errors["repeat_until"] = _("Deze datum ligt voor de eerste datum.")
    if is_new and start_date and start_date < today:
        errors["start_date"] = _("Deze datum is al voorbij.")
    return errors


def recurrence_for(
    *,
    repeat: str | None,
    start_date: datetime.date | None,
    until: datetime.date | None,
    current: str,
) -> str:
    """The RRULE of the choice: "" for once, weekly on the first date's weekday
    up to ``until`` (inclusive), else ``current`` (kept as the coordinator set
    it, or left for the model's checks when the choice is incomplete)."""
    if repeat == ONCE:
        return ""
    if repeat == WEEKLY and start_date and until and until >= start_date:
        return weekly_rule(weekday=start_date.isoweekday(), until=until)
    return current
