"""The organisation, location and offer forms check what a partner types with
the portal's rules and say in plain Dutch what is wrong; nothing is saved."""

import pytest

from partners.models import JoinRequest, Membership
from tests.partners.offer_forms import offer_post
from tests.partners.test_join_the_coalition import URL, _organization_request

pytestmark = pytest.mark.django_db

GENERIC = ("Zorg ervoor dat deze waarde", "Voer een geldige URL in", "URL")


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


def _organization_post(organization, **changes) -> dict:
    return {
        "name": organization.name,
        "description": organization.description,
        "website": organization.website,
        "email": organization.email,
        "phone": organization.phone,
        **changes,
    }


def _plain(html: str) -> None:
    for text in GENERIC:
        assert text not in html


def test_organisation_phone_abc_is_refused(partner_client, organization):
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        _organization_post(organization, phone="abc"),
    )
    html = response.content.decode()
    assert "Dit telefoonnummer klopt niet." in html
    assert 'value="abc"' in html
    organization.refresh_from_db()
    assert organization.phone != "abc"


def test_organisation_phone_is_stored_in_one_form(partner_client, organization):
    partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        _organization_post(organization, phone="010 - 521 34 56"),
    )
    organization.refresh_from_db()
    assert organization.phone == "+31105213456"


def test_organisation_website_message_needs_no_jargon(partner_client, organization):
    html = partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        _organization_post(organization, website="niet zomaar iets"),
    ).content.decode()
    assert "Vul een webadres in zoals https://www.voorbeeld.nl." in html
    _plain(html)


def test_negative_house_number_gets_a_clear_message(partner_client, organization):
    location = organization.locations.get()
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/locatie/{location.pk}/wijzigen/",
        {
            "name": location.name,
            "street": location.street,
            "house_number": "-5",
            "postcode": location.postcode,
            "place": location.place,
            "kern": location.kern,
        },
    )
    html = response.content.decode()
    assert "Vul een huisnummer in vanaf 1." in html
    _plain(html)
    location.refresh_from_db()
    assert location.house_number != -5


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"min_age": "-1"}, "Vul een leeftijd in van 0 tot en met 120 jaar."),
        ({"max_age": "150"}, "Vul een leeftijd in van 0 tot en met 120 jaar."),
        ({"min_age": "tien"}, "Vul een getal in, zoals 12."),
        ({"phone": "abc"}, "Dit telefoonnummer klopt niet."),
    ],
)
def test_offer_form_numbers_and_phone_get_clear_messages(
    partner_client, organization, changes, message
):
    html = partner_client.post(
        f"/partner/organisatie/{organization.pk}/aanbod/nieuw/",
        offer_post(name="Koffie-inloop", **changes),
    ).content.decode()
    assert message in html
    _plain(html)
    assert not organization.services.exists()


def test_join_request_phone_follows_the_same_rule(client):
    html = client.post(URL, _organization_request(phone="abc")).content.decode()
    assert "Dit telefoonnummer klopt niet." in html
    assert not JoinRequest.objects.exists()
