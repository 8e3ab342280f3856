"""The public sociale kaart follows the partner's checks: an old listing says it
may be outdated, and the offers of a listing left unchecked too long go."""

import datetime

import pytest
from django.utils import timezone

from sociale_kaart.models import Organization
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db

NOTICE = "deze gegevens zijn misschien niet meer actueel"


def _checked_days_ago(organization, days):
    Organization.objects.filter(pk=organization.pk).update(
        last_verified_at=timezone.localdate() - datetime.timedelta(days=days)
    )


def test_description_on_the_organisation_page_keeps_links_and_drops_scripts(client):
    organization = OrganizationFactory(
        description=(
            '<p>Kom langs in <a href="https://voorbeeld.nl/linde">De Linde</a>.</p>'
            '<script>alert(1)</script><p onclick="alert(2)">Koffie</p>'
        )
    )
    html = client.get(organization.get_absolute_url()).content.decode()
    assert '<a href="https://voorbeeld.nl/linde" rel="noopener noreferrer">' in html
    assert "alert(" not in html
    assert "<p>Koffie</p>" in html


def test_recently_checked_listing_has_no_outdated_notice(client):
    organization = OrganizationFactory()
    _checked_days_ago(organization, 30)
    html = client.get(organization.get_absolute_url()).content.decode()
    assert NOTICE not in html


def test_listing_unchecked_for_long_says_it_may_be_outdated(client):
    organization = OrganizationFactory()
    _checked_days_ago(organization, 250)
    html = client.get(organization.get_absolute_url()).content.decode()
    assert NOTICE in html


def test_offers_of_a_listing_unchecked_too_long_are_no_longer_listed(client):
    fresh = OrganizationFactory()
    ServiceFactory(organization=fresh, name="Koffieochtend De Linde")
    expired = OrganizationFactory()
    ServiceFactory(organization=expired, name="Wandelgroep Oude Gegevens")
    _checked_days_ago(fresh, 30)
    _checked_days_ago(expired, 400)
    html = client.get("/sociale-kaart/").content.decode()
    assert "Koffieochtend De Linde" in html
    assert "Wandelgroep Oude Gegevens" not in html
    page = client.get(expired.get_absolute_url()).content.decode()
    assert NOTICE in page
    assert "Wandelgroep Oude Gegevens" not in page


def test_leaving_out_expired_offers_keeps_the_query_count_constant(
    client, django_assert_max_num_queries
):
    def add(days):
        organization = OrganizationFactory()
        LocationFactory(organization=organization)
        ServiceFactory(organization=organization)
        _checked_days_ago(organization, days)

    for days in (30, 400):
        add(days)
    with django_assert_max_num_queries(30) as few:
        client.get("/sociale-kaart/")
    for _ in range(10):
        add(30)
        add(400)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/sociale-kaart/")


@pytest.mark.parametrize(
    ("checked", "days", "listed"),
    [
        (True, 182 + 90, True),
        (True, 182 + 91, False),
        (False, 182 + 90, True),
        (False, 182 + 91, False),
    ],
)
def test_offers_leave_the_list_on_the_day_the_listing_expires(
    client, checked, days, listed
):
    """Counted from the last check, or from the day the listing was made when
    it was never checked."""
    organization = OrganizationFactory()
    ServiceFactory(organization=organization, name="Breiclub De Steek")
    day = timezone.localdate() - datetime.timedelta(days=days)
    if checked:
        _checked_days_ago(organization, days)
    else:
        made = datetime.datetime.combine(day, datetime.time(12))
        Organization.objects.filter(pk=organization.pk).update(
            last_verified_at=None,
            created_at=timezone.make_aware(made),
        )
    html = client.get("/sociale-kaart/", {"q": "breiclub"}).content.decode()
    assert ("Breiclub De Steek" in html) is listed
