"""Reads of the sociale kaart's partner pages."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Prefetch, QuerySet

from partners.constants import ChangeStatus
from partners.models import PendingChange
from partners.selectors import organizations_for_member
from sociale_kaart.models import Location, Organization, Service


def organizations_for_dashboard(user: AbstractBaseUser) -> QuerySet[Organization]:
    """The member's organisations with locations, offers and open pending
    changes prefetched (a constant number of queries)."""
    return organizations_for_member(user).prefetch_related(
        Prefetch("locations", queryset=Location.objects.order_by("pk")),
        Prefetch("services", queryset=Service.objects.order_by("name", "pk")),
        Prefetch(
            "pending_changes",
            queryset=PendingChange.objects.filter(status=ChangeStatus.PENDING),
            to_attr="open_changes",
        ),
    )
