"""Two-factor authentication (TOTP app) for partners who see personal data."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "partneromgeving"


def totp_device_confirmed(*, user: AbstractBaseUser) -> TOTPDevice | None:
    """The user's confirmed authenticator app, or None."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


@transaction.atomic
def totp_device_start(*, user: AbstractBaseUser) -> TOTPDevice:
    """The user's unconfirmed TOTP device, created on first use.

    Raises ValueError when the user already has a confirmed device: a new app
    can only be linked after a coordinator removed the old one in the admin,
    so a stolen password alone can never link an attacker's phone.
    """
    if totp_device_confirmed(user=user):
        raise ValueError("This user already has a confirmed authenticator app.")
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": DEVICE_NAME}
    )
    return device


@transaction.atomic
def totp_device_confirm(*, device: TOTPDevice, token: str) -> bool:
    """Confirm ``device`` when ``token`` (6 digits from the app) is right.

    Returns False for a wrong code (django-otp slows repeated failures down).
    """
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
    if device.confirmed or not device.verify_token(token):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return True
