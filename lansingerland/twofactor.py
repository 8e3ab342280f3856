"""Linking an authenticator app (TOTP, RFC 6238, 30-second steps) to an
account: one flow for staff (``lansingerland.staff_views``) and for partners
who see personal data (``partners.views``).

The app is linked by scanning a QR code of the device's ``config_url`` (or
typing its key over) and typing a first code; only then does the device count
for logging in.
"""

from base64 import b32encode

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice


def normalise_token(token: str) -> str:
    """A typed code without spaces, in lower case (``"123 456"`` → ``"123456"``)."""
    return "".join(token.split()).lower()


def totp_device_confirmed(*, user: AbstractBaseUser) -> TOTPDevice | None:
    """The user's confirmed authenticator app, or None."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


@transaction.atomic
def totp_device_start(*, user: AbstractBaseUser, name: str) -> TOTPDevice:
    """The user's unconfirmed TOTP device, created (named ``name``) if missing.

    Raises ValueError when the user already has a confirmed device: a new app
    can only be linked after a coordinator removed the old one in the admin,
    so a stolen password alone can never link an attacker's phone.
    """
    if totp_device_confirmed(user=user):
        raise ValueError("This user already has a confirmed authenticator app.")
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice(user=user, name=name, confirmed=False)
        device.full_clean()
        device.save()
    return device


def totp_device_confirm(
    *, user: AbstractBaseUser, device_id: int, token: str
) -> TOTPDevice:
    """Confirm the user's unconfirmed device ``device_id`` with a first code.

    Raises ValidationError (Dutch message) when the code is wrong (code
    "invalid_token"), when django-otp is throttling after recent wrong codes
    (1, 2, 4… seconds; code "throttled"), or when the device is not this
    user's unconfirmed one. A wrong code is recorded for the throttling.
    """
    with transaction.atomic():
        device = (
            TOTPDevice.objects.select_for_update()
            .filter(user=user, pk=device_id, confirmed=False)
            .first()
        )
        allowed = device is not None and device.verify_is_allowed()[0]
        verified = allowed and device.verify_token(normalise_token(token))
        if verified:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
    if device is not None and not allowed:
        raise ValidationError(
            _(
                "Te veel verkeerde codes achter elkaar. Wacht even en probeer "
                "het opnieuw."
            ),
            code="throttled",
        )
    if not verified:
        raise ValidationError(
            _(
                "Deze code klopt niet. Typ de 6 cijfers die de app nu laat "
                "zien; de code verandert elke 30 seconden."
            ),
            code="invalid_token",
        )
    return device


def totp_secret_groups(device: TOTPDevice) -> list[str]:
    """The device's secret in base32, in groups of four, to type over by hand
    when scanning the QR code fails."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return [secret[i : i + 4] for i in range(0, len(secret), 4)]
