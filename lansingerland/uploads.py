"""Uploaded images: checked by their content, stored under a clean name.

A coordinator's photo or poster (campaign image) is accepted when Pillow reads
it as JPEG, PNG or WebP, it is at most :data:`IMAGE_MAX_BYTES` bytes and
:data:`IMAGE_MAX_PIXELS` pixels. The name a computer gave it (spaces, capitals,
accents, " foto buurman.jpg ") is cleaned, never a reason to refuse it.
"""

from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image

IMAGE_MAX_BYTES = 5 * 1024 * 1024
#: 40 megapixels: any phone photo; far below what would exhaust memory.
IMAGE_MAX_PIXELS = 40_000_000
IMAGE_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}


def clean_upload_name(name: str, *, fallback: str = "afbeelding") -> str:
    """``" Foto Buurman (1).JPG "`` → ``"foto-buurman-1.jpg"``: lower-case
    ASCII letters, digits and hyphens, the extension kept (lower-case)."""
    path = PurePath(name.strip().replace("\\", "/"))
    stem = slugify(path.stem.strip()) or fallback
    return stem + path.suffix.strip().lower()


@deconstructible
class CleanUploadPath:
    """``upload_to`` that stores a file under ``folder`` with a clean name."""

    def __init__(self, folder: str) -> None:
        self.folder = folder.rstrip("/")

    def __call__(self, instance, filename: str) -> str:
        return f"{self.folder}/{clean_upload_name(filename)}"

    def __eq__(self, other) -> bool:
        return isinstance(other, CleanUploadPath) and other.folder == self.folder


def validate_image_upload(file) -> None:
    """Refuse a file that is not a JPEG, PNG or WebP image by its content, is
    larger than IMAGE_MAX_BYTES or has more than IMAGE_MAX_PIXELS pixels.

    ``file``: a Django File (upload or stored). Raises ValidationError with a
    Dutch message (codes ``file_too_large``, ``not_an_image``,
    ``too_many_pixels``).
    """
    if file.size > IMAGE_MAX_BYTES:
        raise ValidationError(
            _(
                "Dit bestand is te groot (%(size)s). Een afbeelding mag hoogstens "
                "%(limit)s zijn; maak de foto kleiner en probeer het opnieuw."
            ),
            code="file_too_large",
            params={
                "size": filesizeformat(file.size),
                "limit": filesizeformat(IMAGE_MAX_BYTES),
            },
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with Image.open(file) as image:
            width, height = image.size
            image_format = image.format
            if width * height <= IMAGE_MAX_PIXELS:
                image.verify()
    except Image.DecompressionBombError:
        # Pillow refuses to even open an image this size.
        width, height, image_format = IMAGE_MAX_PIXELS + 1, 1, "JPEG"
    except Exception:  # noqa: BLE001 (Pillow raises many kinds for bad files)
        raise ValidationError(
            _(
                "Dit bestand is geen foto of afbeelding die wij kunnen tonen. "
                "Kies een JPG-, PNG- of WebP-bestand."
            ),
            code="not_an_image",
        ) from None
    finally:
        file.seek(position)
    if image_format not in IMAGE_FORMATS:
        raise ValidationError(
            _(
                "Dit bestand is geen foto of afbeelding die wij kunnen tonen. "
                "Kies een JPG-, PNG- of WebP-bestand."
            ),
            code="not_an_image",
        )
    if width * height > IMAGE_MAX_PIXELS:
        raise ValidationError(
            _(
                "Deze afbeelding heeft te veel beeldpunten (hoogstens 40 "
                "miljoen). Maak hem kleiner, bijvoorbeeld 2000 beeldpunten breed."
            ),
            code="too_many_pixels",
        )
