"""Invitations and memberships of partner staff."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone

from ..constants import MembershipRole
from ..models import Invitation, Membership
from .mail import absolute_url, new_token, send_after_commit, token_hash


class InvitationError(Exception):
    """An invitation link that can't be used; ``reason`` is "expired" or "used"."""

    def __init__(self, reason: str, invitation: Invitation | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.invitation = invitation


@transaction.atomic
def membership_invite(
    *,
    email: str,
    organization: models.Model,
    role: str = MembershipRole.EDITOR,
    invited_by: AbstractBaseUser | None = None,
    end_date: datetime.date | None = None,
    name: str = "",
) -> Membership:
    """Give the person with ``email`` access to ``organization`` and mail them.

    A new person gets an inactive account (username = e-mail, lower case) and
    a one-time link to set a password, valid ``PARTNERS_INVITATION_DAYS``
    days; an earlier unused link of the same membership stops working. A
    person who already has a password gets a mail that they can log in.
    The mail leaves after commit. Raises django.core.exceptions.ValidationError
    for an invalid e-mail address or role.
    """
    email = get_user_model().objects.normalize_email(email).strip().lower()
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        first_name, _, last_name = name.strip().partition(" ")
        user = User(
            username=email,
            email=email,
            first_name=first_name[:150],
            last_name=last_name[:150],
            is_active=False,
        )
        user.set_unusable_password()
        user.full_clean()
        user.save()
    membership = Membership.objects.filter(
        user=user, organization=organization, role=role
    ).first()
    if membership is None:
        membership = Membership(
            user=user, organization=organization, role=role, invited_by=invited_by
        )
    membership.end_date = end_date
    membership.full_clean()
    membership.save()
    context = {"organization": organization, "membership": membership}
    if user.has_usable_password():
        context["login_url"] = absolute_url(reverse("partners:login"))
        send_after_commit(
            template="membership_added", context=context, recipients=[email]
        )
        return membership
    now = timezone.now()
    membership.invitations.filter(used_at__isnull=True, expires_at__gt=now).update(
        expires_at=now
    )
    token, hashed = new_token()
    invitation = Invitation.objects.create(
        membership=membership,
        email=email,
        token_hash=hashed,
        expires_at=now + datetime.timedelta(days=settings.PARTNERS_INVITATION_DAYS),
    )
    context["invitation"] = invitation
    context["url"] = absolute_url(reverse("partners:invitation", args=[token]))
    send_after_commit(template="invitation", context=context, recipients=[email])
    return membership


def invitation_for_token(*, token: str) -> Invitation:
    """The usable invitation for ``token``.

    Raises Invitation.DoesNotExist for an unknown token, InvitationError
    ("used" or "expired") for one that can no longer be used.
    """
    invitation = Invitation.objects.select_related(
        "membership__organization", "membership__user"
    ).get(token_hash=token_hash(token))
    if invitation.used_at:
        raise InvitationError("used", invitation)
    if invitation.is_expired():
        raise InvitationError("expired", invitation)
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, password: str) -> AbstractBaseUser:
    """Set the invited person's password once, activate and return their account.

    ``password`` must already have passed the password validators (the form
    does that). Raises Invitation.DoesNotExist or InvitationError like
    ``invitation_for_token``; the row is locked so a double submit can't use
    the link twice.
    """
    invitation_for_token(token=token)
    invitation = Invitation.objects.select_for_update().get(
        token_hash=token_hash(token)
    )
    if invitation.used_at:
        raise InvitationError("used", invitation)
    if invitation.is_expired():
        raise InvitationError("expired", invitation)
    user = invitation.membership.user
    user.set_password(password)
    user.is_active = True
    user.save(update_fields=["password", "is_active"])
    invitation.used_at = timezone.now()
    invitation.save(update_fields=["used_at"])
    return user
