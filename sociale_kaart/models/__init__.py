"""Sociale kaart: organisations, locations and offers, after Open Referral HSDS 3.0."""

from .open_data import OpenDataSettings
from .organizations import Location, Organization, OrganizationQuerySet
from .search import OrganizationSearch, ServiceSearch
from .services import (
    LoadedService,
    Service,
    ServiceClosure,
    ServiceQuerySet,
    ServiceSchedule,
)
from .taxonomy import TargetGroup, Theme

# The change history is registered on import, after the models it follows.
from . import history  # noqa: E402, F401  isort: skip

__all__ = [
    "LoadedService",
    "Location",
    "OpenDataSettings",
    "Organization",
    "OrganizationQuerySet",
    "OrganizationSearch",
    "Service",
    "ServiceClosure",
    "ServiceQuerySet",
    "ServiceSearch",
    "ServiceSchedule",
    "TargetGroup",
    "Theme",
]
