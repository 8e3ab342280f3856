"""QR codes for linking an authenticator app, as inline SVG (no images, no CDN)."""

from base64 import b32encode

import qrcode
import qrcode.image.svg
from django.utils.safestring import SafeString, mark_safe
from django_otp.plugins.otp_totp.models import TOTPDevice


def qr_code_svg(data: str) -> SafeString:
    """``data`` (an ``otpauth://`` URL) as an SVG QR code for inline HTML."""
    image = qrcode.make(
        data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2
    )
    svg = image.to_string(encoding="unicode")
    svg = svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)
    return mark_safe(svg)  # noqa: S308 - generated here, no user text in the markup


def totp_secret_groups(device: TOTPDevice) -> str:
    """The device's secret in base32, in groups of four, to type over by hand."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
