"""Writes of the partner area; every change goes through these functions."""

from .accounts import (
    InvitationError,
    invitation_accept,
    invitation_for_token,
    membership_invite,
)
from .approval import pending_change_approve, pending_change_reject
from .joining import join_request_approve, join_request_reject, join_request_submit

__all__ = [
    "InvitationError",
    "invitation_accept",
    "invitation_for_token",
    "join_request_approve",
    "join_request_reject",
    "join_request_submit",
    "membership_invite",
    "pending_change_approve",
    "pending_change_reject",
]
