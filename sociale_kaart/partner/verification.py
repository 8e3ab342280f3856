"""The verification loop: "klopt dit nog?" mails and confirmations."""

import datetime

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from partners.models import VerificationRequest
from partners.selectors import organization_editors_emails
from partners.services.mail import (
    absolute_url,
    new_token,
    send_after_commit,
    token_hash,
)
from sociale_kaart.models import Organization
from sociale_kaart.verification import (
    VerificationState,
    organization_verification_state,
    organizations_stale,
    verification_dates,
)


class VerificationError(Exception):
    """A confirmation link that can't be used; ``reason`` is "expired" or "used"."""

    def __init__(self, reason: str, request: VerificationRequest) -> None:
        super().__init__(reason)
        self.reason = reason
        self.request = request


def verification_requests_send(
    *, today: datetime.date | None = None, dry_run: bool = False
) -> list[Organization]:
    """Mail the editors of every organisation that is due for a check.

    One request per organisation per cycle (the day it became due), so
    running this daily or twice sends nothing twice; an organisation without
    active editors is skipped until it has one. Returns the organisations
    mailed (or that would be, with ``dry_run``).
    """
    today = today or timezone.localdate()
    sent = []
    for organization in organizations_stale(today):
        if (
            organization_verification_state(organization, today)
            == VerificationState.FRESH
        ):
            continue
        cycle_start = verification_dates(organization)["due"]
        if VerificationRequest.objects.filter(
            organization=organization, cycle_start=cycle_start
        ).exists():
            continue
        recipients = organization_editors_emails(organization)
        if not recipients:
            continue
        sent.append(organization)
        if dry_run:
            continue
        with transaction.atomic():
            token, hashed = new_token()
            request = VerificationRequest.objects.create(
                organization=organization,
                cycle_start=cycle_start,
                token_hash=hashed,
                expires_at=timezone.now()
                + datetime.timedelta(days=settings.PARTNERS_VERIFICATION_EXPIRY_DAYS),
            )
            send_after_commit(
                template="verification",
                context={
                    "organization": organization,
                    "request": request,
                    "url": absolute_url(reverse("partners:verify", args=[token])),
                    "edit_url": absolute_url(
                        reverse("partners:organization_edit", args=[organization.pk])
                    ),
                },
                recipients=recipients,
            )
    return sent


def verification_request_for_token(*, token: str) -> VerificationRequest:
    """The request for ``token``; raises VerificationRequest.DoesNotExist, or
    VerificationError ("used"/"expired") when it can't be used any more."""
    request = VerificationRequest.objects.select_related("organization").get(
        token_hash=token_hash(token)
    )
    if request.confirmed_at:
        raise VerificationError("used", request)
    if timezone.now() >= request.expires_at:
        raise VerificationError("expired", request)
    return request


@transaction.atomic
def organization_confirm_verified(
    *, organization: Organization, user: AbstractBaseUser | None
) -> Organization:
    """Record that the organisation's information is still right, today.

    Sets ``last_verified_at`` (Europe/Amsterdam date, with history naming
    ``user``) and closes open verification requests.
    """
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    organization.last_verified_at = timezone.localdate()
    organization._history_user = user
    organization._change_reason = _("gegevens bevestigd")
    organization.save()
    organization.verification_requests.filter(confirmed_at__isnull=True).update(
        confirmed_at=timezone.now(), confirmed_by=user
    )
    return organization


@transaction.atomic
def verification_request_confirm(
    *, token: str, user: AbstractBaseUser | None = None
) -> Organization:
    """Confirm from a mailed link (POST only). Raises like
    ``verification_request_for_token``; the row is locked so a double submit
    confirms once."""
    verification_request_for_token(token=token)
    request = VerificationRequest.objects.select_for_update().get(
        token_hash=token_hash(token)
    )
    if request.confirmed_at:
        raise VerificationError("used", request)
    organization = organization_confirm_verified(
        organization=request.organization,
        user=user if user and user.is_authenticated else None,
    )
    return organization
