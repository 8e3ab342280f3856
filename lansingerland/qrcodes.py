"""QR codes as SVG made here: paths only (no raster, no PIL, no CDN).

One rule for every QR code of the portal: the campaign print, the
sociale kaart's shortlist, and linking an authenticator app (partners and
staff). Box size 10, a quiet zone of 4 modules (the QR standard's).
"""

import base64

import qrcode
import qrcode.image.svg
from django.utils.safestring import SafeString, mark_safe


def qr_code_svg(data: str) -> SafeString:
    """``data`` (a URL or an ``otpauth://`` URL) as an inline ``<svg>`` QR code,
    without XML prolog, hidden from screen readers: every page that shows one
    also gives the link or key as text."""
    image = qrcode.make(
        data, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=4
    )
    svg = image.to_string(encoding="unicode")
    svg = svg[svg.index("<svg") :]
    svg = svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)
    return mark_safe(svg)  # noqa: S308 - generated here, no user text in the markup


def qr_code_data_uri(data: str) -> str:
    """``data`` as a QR code in an SVG ``data:`` URI, for an ``<img>`` (allowed
    by the content security policy)."""
    svg = qr_code_svg(data).encode()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
