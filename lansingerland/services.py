"""Writes for the site as a whole: the meldpunt's contact details, and staff
accounts' second factor (django-otp devices).

Staff log in with a password plus a code: a 6-digit code from an
authenticator app (TOTP, RFC 6238, 30-second steps) or a one-time backup
code (8 characters) from the list shown when the app was set up.
"""

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .digits import is_number
from .loading import LoadResult
from .models import SiteContact
from .selectors import site_contact_forget
from .twofactor import normalise_token, totp_device_confirm, totp_device_start

TOTP_DEVICE_NAME = "Authenticator-app"
BACKUP_DEVICE_NAME = "Reservecodes"
BACKUP_TOKEN_COUNT = 10


def staff_device_verify(*, user: AbstractBaseUser, token: str) -> Device | None:
    """The user's confirmed device that accepts ``token``, else ``None``.

    Six digits are checked against the authenticator app, anything else
    against the backup codes (a used backup code is deleted). Only the device
    the code's shape points to is tried, so a typo never counts as a failed
    attempt against the other device (django-otp throttles per device).
    """
    token = normalise_token(token)
    if is_number(token) and len(token) == 6:
        devices = TOTPDevice.objects.devices_for_user(user, confirmed=True)
    else:
        devices = StaticDevice.objects.devices_for_user(user, confirmed=True)
    with transaction.atomic():
        for device in devices.select_for_update():
            if device.verify_token(token):
                return device
    return None


def staff_totp_device_start(*, user: AbstractBaseUser) -> TOTPDevice:
    """The user's unconfirmed authenticator-app device, created if missing
    (``lansingerland.twofactor.totp_device_start``)."""
    return totp_device_start(user=user, name=TOTP_DEVICE_NAME)


def staff_totp_device_confirm(
    *, user: AbstractBaseUser, device_id: int, token: str
) -> tuple[TOTPDevice, list[str]]:
    """Confirm the app with a first code; returns the device and new backup codes.

    Raises ValidationError as ``lansingerland.twofactor.totp_device_confirm``.
    Earlier backup codes are replaced.
    """
    device = totp_device_confirm(user=user, device_id=device_id, token=token)
    return device, staff_backup_tokens_reset(user=user)


def staff_backup_tokens_reset(
    *, user: AbstractBaseUser, count: int = BACKUP_TOKEN_COUNT
) -> list[str]:
    """Replace the user's backup codes with ``count`` new ones and return them.

    Each code works once. They are stored as given (django-otp's static
    tokens), so show them only to the user they belong to.
    """
    with transaction.atomic():
        device, _created = StaticDevice.objects.get_or_create(
            user=user, name=BACKUP_DEVICE_NAME, defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        tokens = [StaticToken.random_token() for _ in range(count)]
        StaticToken.objects.bulk_create(
            StaticToken(device=device, token=token) for token in tokens
        )
    return tokens


@transaction.atomic
def site_contact_load(*, email: str) -> LoadResult:
    """Create the meldpunt's contact details when there are none yet.

    ``email`` is the coalition's public mailbox (from the partner list);
    the phone starts as ``settings.COALITION_PHONE`` (may be empty). An
    existing row is never changed, so a coordinator's number survives every
    load. Raises ValidationError for an invalid address or phone setting.
    """
    if SiteContact.objects.exists():
        return LoadResult(created=0, unchanged=1)
    contact = SiteContact(email=email, phone=settings.COALITION_PHONE)
    contact.full_clean()
    contact.save()
    site_contact_forget()
    return LoadResult(created=1, unchanged=0)
