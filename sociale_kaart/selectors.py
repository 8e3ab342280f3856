"""Reads of the sociale kaart for the public pages (constant query counts)."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.http import QueryDict

from .filters import OrganizationFilter, ServiceFilter
from .models import Location, Organization, Service
from .verification import not_expired

#: What a list item (``includes/service_summary.html``, the bewaarlijst
#: button) shows of an offer; other fields are loaded on first use, one query
#: per offer, so a template that shows more must add its field here.
SERVICE_ITEM_FIELDS = (
    "name",
    "slug",
    "description",
    "min_age",
    "max_age",
    "is_free",
    "cost_description",
    "status",
    "organization__name",
)
#: What the list of organisations shows of one (``organization_list.html``).
ORGANIZATION_ITEM_FIELDS = ("name", "slug", "description")


def organizations_published() -> QuerySet[Organization]:
    """Published organisations by name, with themes and locations prefetched."""
    return Organization.objects.published().prefetch_related(
        "themes", Prefetch("locations", queryset=Location.objects.order_by("pk"))
    )


@dataclass
class Finding:
    """What one set of search parameters finds: the bound ``filterset`` (its
    form shows the errors), the matching ``services`` and ``organizations``."""

    filterset: ServiceFilter
    services: QuerySet[Service]
    organizations: QuerySet[Organization]

    @property
    def near_place(self):
        return self.filterset.near_place


def find(params: QueryDict) -> Finding:
    """Apply the URL's search parameters (see ``filters.ServiceFilter``) to the
    published offers and organisations. The querysets are lazy; they carry
    ``rank`` when searched on words and ``distance`` (metres) when near a place.
    A place typed for "near" is resolved through the cache (may ask PDOK once).
    """
    services = ServiceFilter(params, queryset=services_listed())
    organizations = OrganizationFilter(
        params, queryset=organizations_published().only(*ORGANIZATION_ITEM_FIELDS)
    )
    organizations._form = services.form  # one form, validated (and resolved) once
    organization_qs = organizations.qs
    if services.service_only_active:
        organization_qs = organization_qs.filter(
            pk__in=services.qs.order_by().values("organization")
        )
    return Finding(
        filterset=services, services=services.qs, organizations=organization_qs
    )


def services_published() -> QuerySet[Service]:
    """Published offers with organisation, taxonomies, locations, schedules and
    closures fetched in a fixed number of queries.

    Offers of organisations whose information has not been checked for too
    long (verification EXPIRED, see ``sociale_kaart.verification``) are left out, by a
    condition on the joined organisation, so the number of queries stays the same.
    """
    return (
        Service.objects.published()
        .filter(not_expired(prefix="organization__"))
        .select_related("organization")
        .prefetch_related(
            "themes",
            "target_groups",
            Prefetch("locations", queryset=Location.objects.order_by("pk")),
            "schedules",
            "closures",
        )
    )


def services_listed() -> QuerySet[Service]:
    """Published offers with what a list item shows (organisation, target
    groups, locations, weekly periods): four queries for a page of them.
    Only the fields of ``SERVICE_ITEM_FIELDS`` are read: a page of 20 is
    counted among thousands of matches, and narrow rows make that cheap."""
    return (
        services_published()
        .only(*SERVICE_ITEM_FIELDS)
        .prefetch_related(None)
        .prefetch_related(
            "target_groups",
            Prefetch("locations", queryset=Location.objects.order_by("pk")),
            "schedules",
        )
    )
