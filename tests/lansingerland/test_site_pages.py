"""Home, manifesto, statements, health check and error pages."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.activiteiten.factories import CampaignFactory

pytestmark = pytest.mark.django_db


def test_home_leads_to_the_three_parts(client):
    html = client.get("/").content.decode()
    for url in ("/meldpunt/", "/sociale-kaart/", "/activiteiten/"):
        assert f'href="{url}"' in html
    assert '<html lang="nl">' in html


def test_home_names_the_running_campaign_before_the_next(client):
    today = timezone.localdate()
    CampaignFactory(
        title="Decembermaand", start_date=today - datetime.timedelta(days=1)
    )
    CampaignFactory(title="Zomer", start_date=today + datetime.timedelta(days=100))
    html = client.get("/").content.decode()
    assert "Nu bezig" in html and "Decembermaand" in html
    assert "Zomer" not in html


def test_home_names_the_next_campaign_when_none_runs(client):
    today = timezone.localdate()
    CampaignFactory(title="Zomer", start_date=today + datetime.timedelta(days=100))
    html = client.get("/").content.decode()
    assert "Binnenkort" in html and "Zomer" in html


def test_home_falls_back_to_the_latest_campaign(client):
    today = timezone.localdate()
    CampaignFactory(
        title="Week tegen Eenzaamheid vorig jaar",
        start_date=today - datetime.timedelta(days=400),
    )
    html = client.get("/").content.decode()
    assert "Laatste campagne" in html
    assert "Week tegen Eenzaamheid vorig jaar" in html


def test_manifesto_lists_the_partners(client, real_data):
    html = client.get("/manifest/").content.decode()
    assert "Wat we willen" in html
    assert "De Zonnebloem" in html and "Wijkagent" in html
    links = set(re.findall(r'href="/sociale-kaart/[a-z0-9-]+/"', html))
    assert len(links - {'href="/sociale-kaart/open-data/"'}) == 21


@pytest.mark.parametrize("url", ["/privacy/", "/toegankelijkheid/"])
def test_statements_exist(client, url):
    assert client.get(url).status_code == 200


def test_healthz_answers_ok_when_database_is_reachable(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_pages_load_no_asset_from_another_site(client, real_data):
    for url in ("/", "/meldpunt/", "/sociale-kaart/", "/activiteiten/", "/manifest/"):
        html = client.get(url).content.decode()
        assert 'src="http' not in html and 'href="https://cdn' not in html
        assert "/static/bootstrap/css/bootstrap.min" in html


def test_privacy_statement_tells_about_the_map_tiles_and_retention(client):
    html = client.get("/privacy/").content.decode()
    assert "PDOK" in html
    assert "Drie maanden nadat een melding is afgesloten" in html
    assert "(010) 800 40 00" in html
