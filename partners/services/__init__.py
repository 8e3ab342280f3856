"""Writes of the partner area; every change goes through these functions."""

from . import activities as activities  # registers the activity applier
from .accounts import (
    InvitationError,
    invitation_accept,
    invitation_for_token,
    membership_invite,
)
from .editing import (
    location_on_address_change,
    location_submit_change,
    location_submit_new,
    organization_submit_change,
    pending_change_approve,
    pending_change_reject,
)
from .joining import join_request_approve, join_request_reject, join_request_submit
from .offers import service_submit
from .verification import (
    VerificationError,
    organization_confirm_verified,
    verification_request_confirm,
    verification_request_for_token,
    verification_requests_send,
)

__all__ = [
    "InvitationError",
    "VerificationError",
    "invitation_accept",
    "invitation_for_token",
    "join_request_approve",
    "join_request_reject",
    "join_request_submit",
    "location_on_address_change",
    "location_submit_change",
    "location_submit_new",
    "membership_invite",
    "organization_confirm_verified",
    "organization_submit_change",
    "pending_change_approve",
    "pending_change_reject",
    "service_submit",
    "verification_request_confirm",
    "verification_request_for_token",
    "verification_requests_send",
]
