"""Helpers for tests of the staff login: devices and codes."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


def add_authenticator_app(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator-app")


def current_code(device: TOTPDevice) -> str:
    """The 6 digits the user's app shows right now."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return f"{code:06d}"


def login_form(username: str, password: str, code: str = "") -> dict[str, str]:
    return {
        "username": username,
        "password": password,
        "otp_token": code,
        "next": "/admin/",
    }
