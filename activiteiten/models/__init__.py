"""Activiteiten: the coalition's seasonal campaigns, their activities and dates."""

from .activity import Activity
from .campaign import Campaign, CampaignQuerySet
from .occurrence import ActivityException, Occurrence, OccurrenceQuerySet
from .proposal import ActivityProposal
from .yearly import CampaignRuleRecord, SummerPeriod

__all__ = [
    "Activity",
    "ActivityException",
    "ActivityProposal",
    "Campaign",
    "CampaignQuerySet",
    "CampaignRuleRecord",
    "Occurrence",
    "OccurrenceQuerySet",
    "SummerPeriod",
]
