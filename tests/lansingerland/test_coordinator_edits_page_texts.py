"""Coordinators edit the home, manifesto, privacy and accessibility texts."""

import pytest
from django.test import Client

from lansingerland.models import SiteText
from tests.activiteiten.factories import CampaignFactory
from tests.conftest import otp_verify
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "seeded"),
    [
        ("/", "ruim twintig organisaties samen"),
        ("/manifest/", "Wat we willen"),
        ("/privacy/", "Welke gegevens wij bewaren"),
        ("/toegankelijkheid/", "WCAG 2.1 niveau AA"),
    ],
)
def test_pages_show_the_seeded_texts(client, url, seeded):
    assert seeded in client.get(url).content.decode()


def test_coordinator_edit_appears_on_the_page_without_the_script(coordinator_client):
    text = SiteText.objects.get(slug="privacy")
    response = coordinator_client.post(
        f"/admin/lansingerland/sitetext/{text.pk}/change/",
        {
            "body": (
                "<h2>Bewaartermijn</h2><p>Wij bewaren gegevens <em>kort</em>."
                '<script>alert("x")</script></p>'
                '<p><a href="javascript:alert(1)" onclick="x()">meer</a></p>'
            )
        },
    )
    assert response.status_code == 302
    html = Client().get("/privacy/").content.decode()
    assert "<h2>Bewaartermijn</h2><p>Wij bewaren gegevens <em>kort</em>.</p>" in html
    assert "alert" not in html and "onclick" not in html
    assert "Welke gegevens wij bewaren" not in html


def test_staff_without_the_permission_cannot_edit(client, django_user_model):
    clerk = django_user_model.objects.create_user(
        username="anna", password="a-long-test-password", is_staff=True
    )
    client.force_login(clerk)
    otp_verify(client, clerk)
    text = SiteText.objects.get(slug="privacy")
    response = client.post(
        f"/admin/lansingerland/sitetext/{text.pk}/change/", {"body": "<p>weg</p>"}
    )
    assert response.status_code == 403
    text.refresh_from_db()
    assert "Welke gegevens" in text.body


def test_texts_cannot_be_added_or_deleted(coordinator_client):
    text = SiteText.objects.get(slug="home")
    assert (
        coordinator_client.get("/admin/lansingerland/sitetext/add/").status_code == 403
    )
    response = coordinator_client.get(
        f"/admin/lansingerland/sitetext/{text.pk}/delete/"
    )
    assert response.status_code == 403


def test_manifesto_queries_stay_constant_as_partners_grow(
    client, django_assert_num_queries
):
    OrganizationFactory(is_coalition_partner=True)
    with django_assert_num_queries(2):
        client.get("/manifest/")
    OrganizationFactory.create_batch(15, is_coalition_partner=True)
    with django_assert_num_queries(2):
        assert client.get("/manifest/").content.decode().count("partner-list") == 1


@pytest.mark.parametrize("url", ["/privacy/", "/toegankelijkheid/"])
def test_statement_pages_take_one_query(client, url, django_assert_num_queries):
    with django_assert_num_queries(1):
        client.get(url)


def test_home_queries_stay_constant_as_campaigns_grow(
    client, django_assert_max_num_queries
):
    CampaignFactory()
    # Five for the page, one for the content version the page cache checks.
    with django_assert_max_num_queries(6):
        client.get("/")
    CampaignFactory.create_batch(10)
    with django_assert_max_num_queries(6):
        assert "ruim twintig organisaties" in client.get("/").content.decode()
