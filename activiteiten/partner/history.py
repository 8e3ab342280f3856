"""The activities part of the partner history page
(``sociale_kaart.partner.history``)."""

from activiteiten.models import Activity


def activity_history_sources(organization) -> list:
    """History rows of the activities ``organization`` takes part in, labelled
    with the activity's title."""
    activities = Activity.history.filter(
        id__in=Activity.objects.filter(organizations=organization).values("pk")
    )
    return [(activities, lambda record: record.title, ())]
