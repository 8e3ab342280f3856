"""The meldpunt's status workflow: the one table every status change must follow.

``meldpunt.services.report_transition`` is the only code that changes
``Report.status``; it refuses any pair not listed here (InvalidTransition).
"""

from django.utils.translation import gettext_lazy as _

from .constants import ReportStatus as S

TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.NEW: (S.TRIAGE, S.CANCELLED),
    S.TRIAGE: (S.WAITING_FOR_REPORTER, S.REFERRED, S.IN_CONTACT, S.CLOSED, S.CANCELLED),
    S.WAITING_FOR_REPORTER: (S.TRIAGE, S.CLOSED, S.CANCELLED),
    # Back to triage when the partner declines, or a coordinator takes it back.
    # A reporter may withdraw at any open stage (cancelled, reason "withdrawn").
    S.REFERRED: (S.IN_CONTACT, S.TRIAGE, S.CLOSED, S.CANCELLED),
    S.IN_CONTACT: (S.CLOSED, S.TRIAGE, S.CANCELLED),
    S.CLOSED: (S.REOPENED,),
    S.CANCELLED: (S.REOPENED,),
    S.REOPENED: (S.TRIAGE,),
}

# Referring a report that is not in triage yet takes it into triage first (two
# status changes): the coordinator who refers it has looked at it. A report
# with a partner (referred, in contact) is not re-referred in one step: taking
# it back to triage withdraws the partner's referral, which is a choice of its own.
REFER_VIA_TRIAGE: frozenset[str] = frozenset(
    {S.NEW, S.WAITING_FOR_REPORTER, S.REOPENED}
)

# Changes that must be explained in a note.
NOTE_REQUIRED: frozenset[str] = frozenset({S.CLOSED, S.REOPENED})


class InvalidTransition(Exception):
    """A status change the workflow does not allow; ``message`` is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def allowed_targets(status: str) -> tuple[str, ...]:
    """The statuses a report in ``status`` may move to, in workflow order."""
    return TRANSITIONS.get(status, ())


def referral_steps(status: str) -> tuple[str, ...]:
    """The statuses referring a report in ``status`` passes, in order; empty
    when it can't be referred (then the admin offers no "Doorverwijzen")."""
    if S.REFERRED in allowed_targets(status):
        return (S.REFERRED,)
    if status in REFER_VIA_TRIAGE and S.TRIAGE in allowed_targets(status):
        return (S.TRIAGE, S.REFERRED)
    return ()


def check_transition(from_status: str, to_status: str) -> None:
    """Raise InvalidTransition unless the table allows ``from_status → to_status``."""
    if to_status not in allowed_targets(from_status):
        raise InvalidTransition(
            _(
                "Een melding met status '%(from)s' kan niet naar '%(to)s'. "
                "Mogelijk: %(allowed)s."
            )
            % {
                "from": S(from_status).label,
                "to": S(to_status).label if to_status in S.values else to_status,
                "allowed": ", ".join(
                    str(S(s).label) for s in allowed_targets(from_status)
                )
                or "-",
            }
        )
