"""Sociale kaart: organisations, locations and offers, after Open Referral HSDS 3.0."""

from .organizations import (
    Location,
    Organization,
    OrganizationQuerySet,
    WebsiteField,
)
from .search import OrganizationSearch, ServiceSearch
from .services import Service, ServiceClosure, ServiceQuerySet, ServiceSchedule
from .taxonomy import TargetGroup, Theme

__all__ = [
    "Location",
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
    "WebsiteField",
]
