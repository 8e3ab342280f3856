"""Campaign images: checked by content, stored under a clean name, and served
(``make run``: Django with DEBUG; production: the documented nginx location)."""

import importlib
import io
import re
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import clear_url_caches
from PIL import Image

import lansingerland.urls
from tests.activiteiten.factories import CampaignFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def image_bytes(image_format: str = "JPEG", size=(800, 600)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, image_format)
    return buffer.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def debug_urls(settings):
    """The URLconf as ``make run`` (DEBUG on) builds it."""
    settings.DEBUG = True
    importlib.reload(lansingerland.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(lansingerland.urls)
    clear_url_caches()


def upload(name: str, content: bytes):
    campaign = CampaignFactory()
    campaign.image = SimpleUploadedFile(name, content)
    campaign.image_alt = "Bewoners drinken koffie in het buurthuis"
    campaign.full_clean()
    campaign.save()
    return campaign


def test_a_photo_with_spaces_in_its_name_is_stored_and_shown(client, media, debug_urls):
    campaign = upload(" Foto buurman.JPG ", image_bytes())
    assert campaign.image.name == "campagnes/foto-buurman.jpg"

    page = client.get(campaign.get_absolute_url()).content.decode()
    assert f'src="{campaign.image.url}"' in page
    response = client.get(campaign.image.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == image_bytes()
    assert response["Content-Type"] == "image/jpeg"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("affiche.jpg", b"<html><script>alert(1)</script></html>", "geen foto"),
        ("affiche.png", image_bytes("GIF"), "geen foto"),
        ("groot.png", image_bytes("PNG", size=(8000, 6000)), "te veel beeldpunten"),
        ("zwaar.jpg", b"\xff\xd8" + b"0" * (5 * 1024 * 1024 + 1), "te groot"),
    ],
)
def test_what_is_not_a_reasonable_image_gets_a_dutch_error(
    media, name, content, message
):
    with pytest.raises(ValidationError) as refused:
        upload(name, content)
    assert message in " ".join(refused.value.message_dict["image"])
    assert list(media.rglob("*")) == []


def test_production_nginx_serves_media_root_at_media():
    guide = (ROOT / "docs" / "deployment.md").read_text()
    location = re.search(r"location /media/ \{(.*?)\n    \}", guide, re.S)
    assert location, "docs/deployment.md has no nginx location for /media/"
    alias = re.search(r"alias (\S+);", location.group(1)).group(1)
    example = (ROOT / ".env.example").read_text()
    media_root = re.search(r"MEDIA_ROOT=(\S+)", example).group(1)
    assert alias == media_root.rstrip("/") + "/"
    assert "nosniff" in location.group(1)
