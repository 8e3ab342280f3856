"""What a partner may choose for an activity: read by the partner form for its
choices and by the services, which check submitted values against them."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Q, QuerySet

from activiteiten.models import Activity
from partners.selectors import organizations_for_member
from sociale_kaart.models import Location, Organization


def co_organizer_choices(
    *, organization: Organization, member: AbstractBaseUser, activity: Activity | None
) -> QuerySet[Organization]:
    """Other organisations ``member`` edits, and those already organising
    ``activity`` (kept or removed, not added by someone outside them); never
    ``organization`` itself. By name."""
    current = (
        Q(pk__in=activity.organizations.values("pk"))
        if activity is not None and activity.pk
        else Q(pk=None)
    )
    return (
        Organization.objects.filter(
            Q(pk__in=organizations_for_member(member).values("pk")) | current
        )
        .exclude(pk=organization.pk)
        .order_by("name")
    )


def location_choices(
    *, organization: Organization, activity: Activity | None
) -> QuerySet[Location]:
    """``organization``'s locations, and the one ``activity`` already has."""
    current = (
        Q(pk=activity.location_id)
        if activity is not None and activity.location_id
        else Q()
    )
    return Location.objects.filter(Q(organization=organization) | current).order_by(
        "name", "pk"
    )
