"""A partner edits their organisation and locations, with a preview first."""

import pytest
from django.contrib.gis.geos import Point

from partners.models import Membership
from sociale_kaart.models import Location
from tests.partners.factories import MembershipFactory
from tests.sociale_kaart.factories import LocationFactory

pytestmark = pytest.mark.django_db


def _organization(partner):
    return Membership.objects.get(user=partner).organization


def _form_data(organization, **changes):
    data = {
        "name": organization.name,
        "description": organization.description,
        "website": organization.website,
        "email": organization.email,
        "phone": organization.phone,
    }
    return {**data, **changes}


def test_dashboard_lists_only_the_members_organisations(partner_client, partner):
    MembershipFactory(user=partner, organization__name="Koor De Lijster")
    MembershipFactory(organization__name="Tennisclub Het Net")
    html = partner_client.get("/partner/").content.decode()
    assert "Buurthuis De Linde" in html
    assert "Koor De Lijster" in html
    assert "Tennisclub Het Net" not in html


def test_dashboard_query_count_does_not_grow_with_organisations(
    partner_client, partner, django_assert_max_num_queries
):
    for _ in range(5):
        LocationFactory(organization=MembershipFactory(user=partner).organization)
    with django_assert_max_num_queries(12):
        response = partner_client.get("/partner/")
    assert response.content.decode().count('class="partner-organization"') == 6


def test_partner_saves_a_change_that_goes_live_at_once(partner_client, partner, client):
    organization = _organization(partner)
    url = f"/partner/organisatie/{organization.pk}/wijzigen/"
    response = partner_client.post(
        url, _form_data(organization, phone="010 765 43 21", save="1"), follow=True
    )
    assert "De wijziging staat op de site" in response.content.decode()
    organization.refresh_from_db()
    assert organization.phone == "+31107654321"
    # Shown the Dutch way, whatever way it was typed.
    assert (
        "010 765 4321" in client.get(organization.get_absolute_url()).content.decode()
    )


def test_preview_shows_the_page_without_saving(partner_client, partner):
    organization = _organization(partner)
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        _form_data(organization, name="Buurthuis De Nieuwe Linde", preview="1"),
    )
    html = response.content.decode()
    assert "Voorbeeld van de openbare pagina" in html
    assert "Buurthuis De Nieuwe Linde" in html
    organization.refresh_from_db()
    assert organization.name == "Buurthuis De Linde"


def test_invalid_input_gets_a_dutch_message_and_keeps_what_was_typed(
    partner_client, partner
):
    organization = _organization(partner)
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        _form_data(organization, name="", email="geen-adres", phone="010 1", save="1"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "error-summary" in html
    assert 'href="#id_email"' in html and 'href="#id_name"' in html
    assert 'value="geen-adres"' in html
    organization.refresh_from_db()
    assert organization.name == "Buurthuis De Linde"


def test_description_keeps_links_and_lists_and_loses_anything_else(
    partner_client, partner, client
):
    organization = _organization(partner)
    typed = (
        '<p>Koffie op dinsdag.</p><script>alert("x")</script>'
        '<ul><li onclick="steel()">Samen eten</li></ul>'
        '<a href="javascript:alert(1)">klik</a> '
        '<a href="https://www.voorbeeld.nl" style="color:red">site</a>'
        '<img src="x" onerror="steel()"><iframe src="https://kwaad.example"></iframe>'
    )
    partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        _form_data(organization, description=typed, save="1"),
    )
    organization.refresh_from_db()
    stored = organization.description
    assert "<p>Koffie op dinsdag.</p>" in stored
    assert "<ul><li>Samen eten</li></ul>" in stored
    assert 'href="https://www.voorbeeld.nl"' in stored
    for bad in (
        "<script",
        "alert",
        "onclick",
        "javascript:",
        "style=",
        "<img",
        "iframe",
    ):
        assert bad not in stored


def test_preview_of_a_description_never_runs_script(partner_client, partner):
    organization = _organization(partner)
    html = partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        _form_data(
            organization,
            description=(
                '<a href="javascript:alert(1)" onclick="x()">hoi</a>'
                "<script>x()</script>"
            ),
            preview="1",
        ),
    ).content.decode()
    preview = html.split("Voorbeeld van de openbare pagina")[1].split("</section>")[0]
    assert "<script" not in preview and "javascript:" not in preview
    assert "onclick" not in preview


def test_partner_edits_a_location_and_the_old_point_is_marked_approximate(
    partner_client, partner
):
    organization = _organization(partner)
    location = organization.locations.get()
    old_point = Point(4.5, 52.0, srid=4326)
    Location.objects.filter(pk=location.pk).update(point=old_point)
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/locatie/{location.pk}/wijzigen/",
        {
            "name": "Hoofdgebouw",
            "street": "Dorpsstraat",
            "house_number": "12",
            "house_letter": "a",
            "house_number_addition": "",
            "postcode": "2661 AB",
            "place": "Bergschenhoek",
            "kern": "bergschenhoek",
        },
    )
    assert response.status_code == 302
    location.refresh_from_db()
    assert location.address == "Dorpsstraat 12A, 2661 AB, Bergschenhoek"
    assert location.point.equals(old_point)
    assert location.point_is_approximate


def test_location_house_number_must_be_a_number(partner_client, partner):
    organization = _organization(partner)
    location = organization.locations.get()
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/locatie/{location.pk}/wijzigen/",
        {"street": "Dorpsstraat", "house_number": "twaalf", "kern": "bergschenhoek"},
    )
    assert response.status_code == 200
    assert 'href="#id_house_number"' in response.content.decode()
    assert 'value="twaalf"' in response.content.decode()


def test_address_change_is_geocoded_at_pdok_after_commit(
    partner_client, partner, pdok, django_capture_on_commit_callbacks
):
    pdok.answers["Dorpsstraat 12"] = "dorpsstraat_bleiswijk.json"
    organization = _organization(partner)
    location = organization.locations.get()
    with django_capture_on_commit_callbacks(execute=True):
        partner_client.post(
            f"/partner/organisatie/{organization.pk}/locatie/{location.pk}/wijzigen/",
            {
                "street": "Dorpsstraat",
                "house_number": "12",
                "postcode": "2665 BJ",
                "place": "Bleiswijk",
                "kern": "bleiswijk",
            },
        )
    location.refresh_from_db()
    assert (location.point.x, location.point.y) == (4.53211, 52.01102)
    assert not location.point_is_approximate


def test_address_change_when_pdok_is_down_keeps_the_edit_and_flags_it(
    partner_client, partner, pdok, django_capture_on_commit_callbacks
):
    pdok.down = True
    organization = _organization(partner)
    location = organization.locations.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = partner_client.post(
            f"/partner/organisatie/{organization.pk}/locatie/{location.pk}/wijzigen/",
            {
                "street": "Dorpsstraat",
                "house_number": "12",
                "postcode": "2665 BJ",
                "place": "Bleiswijk",
                "kern": "bleiswijk",
            },
        )
    assert response.status_code in (200, 302)
    location.refresh_from_db()
    assert location.street == "Dorpsstraat" and location.house_number == 12
    assert location.geocode_status == "failed"


def test_a_name_change_does_not_touch_the_point(partner_client, partner):
    organization = _organization(partner)
    location = organization.locations.get()
    data = {
        field: getattr(location, field) or ""
        for field in ("street", "house_number", "postcode", "place", "kern")
    }
    partner_client.post(
        f"/partner/organisatie/{organization.pk}/locatie/{location.pk}/wijzigen/",
        {**data, "name": "Zaal 2"},
    )
    location.refresh_from_db()
    assert location.name == "Zaal 2"
    assert not location.point_is_approximate
