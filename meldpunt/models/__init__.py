"""Meldpunt: questions, worries, ideas and offers about loneliness."""

from .handling import (
    Note,
    PersonalDataAccess,
    Referral,
    ReportStatistic,
    StatusChange,
)
from .reports import PersonConcerned, Report, Reporter, ReportQuerySet

__all__ = [
    "Note",
    "PersonConcerned",
    "PersonalDataAccess",
    "Referral",
    "Report",
    "ReportQuerySet",
    "ReportStatistic",
    "Reporter",
    "StatusChange",
]
