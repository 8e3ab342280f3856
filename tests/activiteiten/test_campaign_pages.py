"""Visitors see the campaigns: running now, coming up and past."""

import datetime

import pytest
from django.utils import timezone

from tests.activiteiten.factories import CampaignFactory

pytestmark = pytest.mark.django_db


def section(html: str, heading_id: str) -> str:
    return html.split(f'id="{heading_id}"')[1].split("</section>")[0]


def test_campaigns_are_split_by_date(client):
    today = timezone.localdate()
    CampaignFactory(title="Loopt nu", start_date=today - datetime.timedelta(days=2))
    CampaignFactory(title="Komt nog", start_date=today + datetime.timedelta(days=20))
    CampaignFactory(
        title="Was eerder",
        start_date=today - datetime.timedelta(days=60),
        end_date=today - datetime.timedelta(days=1),
    )
    html = client.get("/activiteiten/").content.decode()
    assert "Loopt nu" in section(html, "nu")
    assert "Komt nog" in section(html, "binnenkort")
    assert "Was eerder" in section(html, "eerder")


def test_campaign_that_ends_today_is_still_running(client):
    today = timezone.localdate()
    CampaignFactory(
        title="Laatste dag",
        start_date=today - datetime.timedelta(days=6),
        end_date=today,
    )
    assert "Laatste dag" in section(client.get("/activiteiten/").content.decode(), "nu")


def test_real_weeks_are_listed_with_dates_and_approximate_mark(client, real_data):
    html = client.get("/activiteiten/").content.decode()
    assert "Week tegen Eenzaamheid 2024" in html
    detail = client.get("/activiteiten/week-tegen-eenzaamheid-2026/").content.decode()
    assert "24 september 2026" in detail and "30 september 2026" in detail
    assert "datums bij benadering" in detail
    exact = client.get("/activiteiten/week-tegen-eenzaamheid-2024/").content.decode()
    assert "datums bij benadering" not in exact


def test_unknown_campaign_is_404(client):
    assert client.get("/activiteiten/bestaat-niet/").status_code == 404


def test_campaign_image_is_shown_with_its_description(client, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    CampaignFactory(
        slug="met-beeld",
        image=SimpleUploadedFile("affiche.png", b"\x89PNG"),
        image_alt="Buren drinken koffie aan een lange tafel",
    )
    html = client.get("/activiteiten/met-beeld/").content.decode()
    assert 'alt="Buren drinken koffie aan een lange tafel"' in html
    assert 'src="/media/campagnes/affiche' in html
