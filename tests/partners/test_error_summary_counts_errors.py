"""The error summary above every partner form counts the errors (not the
fields) and names the field of each error; errors about the whole form have
no name."""

import pytest

from partners.models import Membership
from tests.partners.offer_forms import SCHEDULES, add_row, offer_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


def test_offer_form_summary_counts_errors_of_the_form_and_its_rows(
    partner_client, organization
):
    data = add_row(
        offer_post(name="", min_age="70", max_age="12"),
        SCHEDULES,
        weekday="2",
        opens_at="10:00",
        closes_at="09:15",
    )
    html = partner_client.post(
        f"/partner/organisatie/{organization.pk}/aanbod/nieuw/", data
    ).content.decode()
    assert "Er zijn 3 dingen die u moet verbeteren" in html
    assert "Naam: Vul de naam van het aanbod in." in html
    assert "Maximumleeftijd: De maximumleeftijd is lager" in html
    assert "Openingstijd 1, Tot: De eindtijd moet na de begintijd" in html
    assert 'href="#id_openingstijden-0-closes_at"' in html


def test_organisation_form_summary_names_the_field(partner_client, organization):
    html = partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        {"name": "", "description": "", "website": "", "email": "x", "phone": ""},
    ).content.decode()
    assert "Er zijn 2 dingen die u moet verbeteren" in html
    assert "Naam: " in html
    assert "E-mailadres: " in html


def test_login_error_about_the_whole_form_has_no_field_name(client, partner):
    html = client.post(
        "/partner/inloggen/", {"username": partner.email, "password": "fout"}
    ).content.decode()
    words = " ".join(html.split())
    assert "Er is 1 ding dat u moet verbeteren" in words
    assert "<li> Dit e-mailadres en wachtwoord horen niet bij elkaar" in words
