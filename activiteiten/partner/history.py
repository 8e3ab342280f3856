"""The activities part of the partner history page
(``sociale_kaart.partner.history``) and of the coordinators' digest."""

from django.utils.translation import gettext

from activiteiten.models import Activity


def activity_history_sources(organization) -> list:
    """History rows of the activities ``organization`` takes part in, labelled
    with the activity's title."""
    activities = Activity.history.filter(
        id__in=Activity.objects.filter(organizations=organization).values("pk")
    )
    return [(activities, lambda record: record.title, ())]


def activity_digest_label(record) -> str:
    """ "activiteit <title>" for a history row in the coordinators' digest."""
    return gettext("activiteit %(title)s") % {"title": record.title}
