"""security.txt, robots.txt and sitemap.xml tell machines what they may do."""

import datetime
import re

import pytest
from django.test import override_settings
from django.utils import timezone

from activiteiten.models import Campaign
from sociale_kaart.constants import OrganizationStatus
from tests.activiteiten.factories import CampaignFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def _fields(text: str) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line:
            name, value = line.split(": ", 1)
            fields.setdefault(name, []).append(value)
    return fields


@override_settings(
    SECURITY_CONTACT=["mailto:beveiliging@example.org", "https://example.org/cvd"],
    SECURITY_POLICY_URL="https://example.org/beleid",
)
def test_security_txt_names_the_contacts_and_expires_in_the_future(client):
    response = client.get("/.well-known/security.txt", secure=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = _fields(response.content.decode())
    assert fields["Contact"] == [
        "mailto:beveiliging@example.org",
        "https://example.org/cvd",
    ]
    assert fields["Policy"] == ["https://example.org/beleid"]
    assert fields["Canonical"] == ["https://testserver/.well-known/security.txt"]
    assert fields["Preferred-Languages"] == ["nl, en"]
    (expires,) = fields["Expires"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", expires)
    expiry = datetime.datetime.fromisoformat(expires.replace("Z", "+00:00"))
    ahead = expiry - timezone.now()
    assert datetime.timedelta(days=179) < ahead < datetime.timedelta(days=366)


def test_security_txt_expiry_moves_with_the_clock(client, monkeypatch):
    later = timezone.now() + datetime.timedelta(days=400)
    monkeypatch.setattr(timezone, "now", lambda: later)
    (expires,) = _fields(client.get("/.well-known/security.txt").content.decode())[
        "Expires"
    ]
    assert expires.startswith(str((later + datetime.timedelta(days=180)).year))


def test_robots_keeps_crawlers_out_of_the_admin_and_receipts(client):
    text = client.get("/robots.txt").content.decode()
    assert "User-agent: *" in text
    assert "Disallow: /admin/" in text
    assert "Disallow: /meldpunt/ontvangen/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /\n" not in text


def test_sitemap_lists_public_pages_published_organisations_and_campaigns(
    client, django_assert_max_num_queries
):
    shown = OrganizationFactory(slug="de-zonnebloem")
    hidden = OrganizationFactory(slug="verborgen", status=OrganizationStatus.HIDDEN)
    CampaignFactory(slug="week-tegen-eenzaamheid-2026")
    with django_assert_max_num_queries(8):  # per model: count + items
        xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>http://testserver([^<]*)</loc>", xml)
    for path in (
        "/",
        "/meldpunt/",
        "/sociale-kaart/",
        "/activiteiten/",
        "/manifest/",
        "/privacy/",
        "/toegankelijkheid/",
        shown.get_absolute_url(),
        "/activiteiten/week-tegen-eenzaamheid-2026/",
    ):
        assert path in locations
    assert hidden.get_absolute_url() not in locations
    assert "/admin/" not in xml and "/meldpunt/ontvangen/" not in xml
    assert Campaign.objects.count() == 1


def test_favicon_ico_leads_to_the_site_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert "max-age=86400" in response["Cache-Control"]
    icon = client.get(response["Location"])
    assert icon.status_code == 200
    assert b"<svg" in b"".join(
        icon.streaming_content if icon.streaming else [icon.content]
    )
