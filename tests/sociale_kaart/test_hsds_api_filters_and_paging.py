"""A harvester pages through the HSDS API and filters it as the HSDS OpenAPI
description says; a filter we do not support is refused, never ignored."""

import datetime

import pytest
from django.utils import timezone

from sociale_kaart.models import Organization, Service
from tests.sociale_kaart.factories import (
    OrganizationFactory,
    ServiceFactory,
    TargetGroupFactory,
    ThemeFactory,
)
from tests.sociale_kaart.hsds_rules import page_problems

pytestmark = pytest.mark.django_db

API = "/sociale-kaart/open-data/hsds"
PAGE_KEYS = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}


def test_pages_end_and_a_page_past_the_end_is_empty(client):
    OrganizationFactory.create_batch(5)
    pages = [
        client.get(f"{API}/organizations?per_page=2&page={n}").json() for n in (1, 2, 3)
    ]
    assert all(page.keys() == PAGE_KEYS for page in pages)
    assert [p["size"] for p in pages] == [2, 2, 1]
    assert [p["last_page"] for p in pages] == [False, False, True]
    assert [p["first_page"] for p in pages] == [True, False, False]
    assert {p["total_pages"] for p in pages} == {3}
    ids = [o["id"] for p in pages for o in p["contents"]]
    assert len(set(ids)) == 5
    past = client.get(f"{API}/organizations?per_page=2&page=9").json()
    assert past["contents"] == [] and past["size"] == 0 and past["page_number"] == 9


@pytest.mark.parametrize("number", [1, 2, 3, 4, 9])
def test_every_page_agrees_with_itself(client, number):
    """Was: a page past the end said ``"empty": false`` with no contents."""
    OrganizationFactory.create_batch(5)
    page = client.get(f"{API}/organizations?per_page=2&page={number}").json()
    assert page_problems(page, per_page=2) == []


def test_an_empty_directory_is_an_empty_page(client):
    page = client.get(f"{API}/services").json()
    assert page["empty"] and page["contents"] == [] and page["total_items"] == 0
    assert page_problems(page, per_page=100) == []


@pytest.mark.parametrize(
    "query",
    [
        "services?postcode=2651AB",
        "services?proximity=500",
        "services?format=ndjson",
        "services?minimal=true",
        "organizations?full_service=true",
        "organizations?organization_id=x",
        "services?sort=name",
        "services?page=x",
        "services?page=0",
        "services?per_page=100000",
        "services?organization_id=12",
        "services?modified_after=gisteren",
        "taxonomy_terms?top_only=true",
    ],
)
def test_unsupported_filters_and_bad_values_are_refused(client, query):
    response = client.get(f"{API}/{query}")
    assert response.status_code == 400
    assert response.json()["error"]


def test_services_filter_by_organisation_term_date_and_words(client):
    koffie = ServiceFactory(name="Koffieochtend")
    wandel = ServiceFactory(name="Wandelgroep", description="Samen de polder in")
    theme = ThemeFactory(name="bewegen", slug="bewegen")
    group = TargetGroupFactory(name="mantelzorgers", slug="mantelzorgers")
    wandel.themes.add(theme)
    koffie.target_groups.add(group)
    Service.objects.filter(pk=koffie.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=30)
    )

    def names(query):
        return [
            s["name"] for s in client.get(f"{API}/services?{query}").json()["contents"]
        ]

    assert names(f"organization_id={koffie.organization.uuid}") == ["Koffieochtend"]
    assert names(f"taxonomy_term_id={theme.uuid}") == ["Wandelgroep"]
    assert names(f"taxonomy_term_id={group.uuid}") == ["Koffieochtend"]
    since = (timezone.now() - datetime.timedelta(days=1)).date().isoformat()
    assert names(f"modified_after={since}") == ["Wandelgroep"]
    assert names("search=polder") == ["Wandelgroep"]
    assert names("search=koffie") == ["Koffieochtend"]
    links = client.get(
        f"{API}/service_at_locations?organization_id={wandel.organization.uuid}"
    ).json()["contents"]
    assert [link["service_id"] for link in links] == [str(wandel.uuid)]


def test_organisations_filter_by_words_and_date(client):
    OrganizationFactory(name="Stichting Welzijn")
    old = OrganizationFactory(name="Vrijwilligerspunt")
    Organization.objects.filter(pk=old.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=30)
    )
    found = client.get(f"{API}/organizations?search=welzijn").json()["contents"]
    assert [o["name"] for o in found] == ["Stichting Welzijn"]
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    recent = client.get(f"{API}/organizations", {"modified_after": since}).json()
    assert [o["name"] for o in recent["contents"]] == ["Stichting Welzijn"]


def test_unknown_ids_are_404(client):
    ServiceFactory()
    for path in ("services", "organizations", "service_at_locations", "taxonomy_terms"):
        for key in ("5f3e0c8e-8d0a-4f7a-9a44-3c9e1f0b7d21", "12"):
            assert client.get(f"{API}/{path}/{key}").status_code == 404


def test_hidden_offers_and_organisations_stay_out(client):
    from sociale_kaart.constants import OrganizationStatus, ServiceStatus

    stopped = ServiceFactory(status=ServiceStatus.INACTIVE)
    hidden = OrganizationFactory(status=OrganizationStatus.HIDDEN)
    assert client.get(f"{API}/services/{stopped.uuid}").status_code == 404
    assert client.get(f"{API}/organizations/{hidden.uuid}").status_code == 404
    assert client.get(f"{API}/services").json()["total_items"] == 0


def test_old_addresses_and_slashes_keep_working_for_anyone(client):
    ServiceFactory()
    for path in ("services/", "organizations/", "locations/", "services", "locations"):
        response = client.get(f"{API}/{path}")
        assert response.status_code == 200, path
        assert response["Access-Control-Allow-Origin"] == "*"
        assert response.json()["total_items"] == 1
    assert 'rel="license"' in client.get(f"{API}/services")["Link"]
    assert client.get(f"{API}/people/").status_code == 404
    assert client.get(f"{API}/").json()["version"] == "3.0"
