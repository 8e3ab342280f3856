"""Writes to the meldpunt: every change goes in through these functions."""

from .intake import new_submission_token, report_submit
from .privacy import (
    log_personal_data_access,
    person_erase,
    person_export,
    report_anonymise,
    report_delete_keeping_statistic,
    retention_run,
)
from .referral import (
    referral_accept,
    referral_decline,
    referral_is_usable,
    referral_record_contact,
    referral_report_outcome,
    report_refer,
)
from .workflow import (
    report_add_note,
    report_assign,
    report_link_duplicate,
    report_record_first_contact,
    report_transition,
)

__all__ = [
    "log_personal_data_access",
    "new_submission_token",
    "person_erase",
    "person_export",
    "referral_accept",
    "referral_decline",
    "referral_is_usable",
    "referral_record_contact",
    "referral_report_outcome",
    "report_add_note",
    "report_anonymise",
    "report_assign",
    "report_delete_keeping_statistic",
    "report_link_duplicate",
    "report_record_first_contact",
    "report_refer",
    "report_submit",
    "report_transition",
    "retention_run",
]
