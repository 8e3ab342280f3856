"""A partner cancels an activity or one of its dates, and undoes it: live at
once (nobody should come for nothing), never waiting for approval. Feeds carry
the change as STATUS:CANCELLED / CONFIRMED with a new SEQUENCE."""

from django.db import transaction

from activiteiten.constants import ActivityStatus
from activiteiten.models import Activity, Occurrence
from activiteiten.services import (
    activity_bump_sequence,
    activity_cancel,
    occurrence_cancel,
    occurrence_restore,
)


@transaction.atomic
def activity_partner_cancel_date(
    *, activity: Activity, occurrence: Occurrence, reason: str = ""
) -> Occurrence:
    """Cancel one date of the partner's activity (live at once, see above).

    Raises ValueError when ``occurrence`` is not a date of ``activity``.
    """
    if occurrence.activity_id != activity.pk:
        raise ValueError("The date belongs to another activity.")
    return occurrence_cancel(occurrence=occurrence, reason=reason)


def activity_partner_cancel(*, activity: Activity, note: str = "") -> Activity:
    """Cancel the whole activity (live at once): "gaat niet door" with ``note``."""
    return activity_cancel(activity=activity, note=note)


@transaction.atomic
def activity_partner_restore_date(
    *, activity: Activity, occurrence: Occurrence
) -> Occurrence:
    """Undo ``activity_partner_cancel_date``: the date goes ahead again (live at
    once; the feeds say CONFIRMED with a new SEQUENCE). Safe to repeat.

    Raises ValueError when ``occurrence`` is not a date of ``activity``.
    """
    if occurrence.activity_id != activity.pk:
        raise ValueError("The date belongs to another activity.")
    if not occurrence.is_cancelled:
        return occurrence
    return occurrence_restore(occurrence=occurrence)


@transaction.atomic
def activity_partner_restore(*, activity: Activity) -> Activity:
    """Undo ``activity_partner_cancel``: the activity goes ahead as announced
    (live at once), its cancellation note is dropped and the feeds say
    CONFIRMED again with a new SEQUENCE. Dates cancelled one by one stay
    cancelled. Safe to repeat."""
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    if activity.status != ActivityStatus.CANCELLED:
        return activity
    activity.status = ActivityStatus.SCHEDULED
    activity.status_note = ""
    activity.full_clean()
    activity.save(update_fields=["status", "status_note", "updated_at"])
    activity_bump_sequence(activity_id=activity.pk)
    return activity
