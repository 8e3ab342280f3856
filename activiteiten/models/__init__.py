"""Activiteiten: the coalition's seasonal campaigns, their activities and dates."""

from .activity import Activity, ActivityException, Occurrence, OccurrenceQuerySet
from .campaign import Campaign, CampaignQuerySet
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
