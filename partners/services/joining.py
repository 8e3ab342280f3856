"""Join requests ("aanhaken") from the manifesto page.

The sociale kaart registers, in its ``AppConfig.ready``, how an approved
organisation's request becomes a draft organisation
(``register_organization_draft``); this module knows no domain.
"""

from collections.abc import Callable

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import models, transaction
from django.utils import timezone

from ..constants import JoinRequestKind, JoinRequestStatus, MembershipRole
from ..models import JoinRequest, PartnerSettings
from .accounts import membership_invite

#: ``create(name=..., website=..., email=..., phone=..., user=...)``: saves
#: and returns a hidden draft organisation with history naming ``user``.
ORGANIZATION_DRAFT: list[Callable[..., models.Model]] = []


def register_organization_draft(create: Callable[..., models.Model]) -> None:
    """``create`` makes the draft organisation of an approved join request."""
    ORGANIZATION_DRAFT[:] = [create]


@transaction.atomic
def join_request_submit(
    *,
    kind: str,
    name: str,
    email: str,
    phone: str = "",
    organization_name: str = "",
    website: str = "",
    kern: str = "",
    message: str = "",
    privacy_consent: bool,
) -> JoinRequest:
    """Store a join request for coordinators to review in the admin.

    Raises ValueError without ``privacy_consent``, ValidationError for invalid
    values (an organisation request needs ``organization_name``).
    """
    if not privacy_consent:
        raise ValueError("A join request needs consent to the privacy statement.")
    join_request = JoinRequest(
        kind=kind,
        name=name,
        email=email,
        phone=phone,
        organization_name=organization_name
        if kind == JoinRequestKind.ORGANIZATION
        else "",
        website=website,
        kern=kern,
        message=message,
        privacy_consent_at=timezone.now(),
    )
    join_request.full_clean()
    join_request.save()
    return join_request


@transaction.atomic
def join_request_approve(
    *, join_request: JoinRequest, user: AbstractBaseUser
) -> JoinRequest:
    """Approve a new join request.

    For an organisation: create it hidden (a coordinator publishes it once
    its page is filled in), as coalition partner, and invite its contact
    person as editor (``membership_invite``). For a resident only the status
    changes; a coordinator gets in touch. Raises ValueError when the request
    was already decided.
    """
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if join_request.status != JoinRequestStatus.NEW:
        raise ValueError("This join request was already decided.")
    if join_request.kind == JoinRequestKind.ORGANIZATION:
        organization = ORGANIZATION_DRAFT[0](
            name=join_request.organization_name,
            website=join_request.website,
            email=join_request.email,
            phone=join_request.phone,
            user=user,
        )
        PartnerSettings.objects.create(organization=organization)
        membership_invite(
            email=join_request.email,
            organization=organization,
            role=MembershipRole.EDITOR,
            invited_by=user,
            name=join_request.name,
        )
        join_request.organization = organization
    join_request.status = JoinRequestStatus.APPROVED
    join_request.decided_by = user
    join_request.decided_at = timezone.now()
    join_request.save()
    return join_request


@transaction.atomic
def join_request_reject(
    *, join_request: JoinRequest, user: AbstractBaseUser
) -> JoinRequest:
    """Reject a new join request. Raises ValueError when already decided."""
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if join_request.status != JoinRequestStatus.NEW:
        raise ValueError("This join request was already decided.")
    join_request.status = JoinRequestStatus.REJECTED
    join_request.decided_by = user
    join_request.decided_at = timezone.now()
    join_request.save()
    return join_request
