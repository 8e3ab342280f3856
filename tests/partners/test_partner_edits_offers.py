"""A partner edits their organisation's offers, weekly periods and closures;
the public offer page shows the result at once (no approval setting)."""

import pytest

from partners.models import Membership, PendingChange
from sociale_kaart.models import Service, ServiceSchedule
from tests.partners.offer_forms import CLOSURES, SCHEDULES, add_row, offer_post
from tests.sociale_kaart.factories import (
    ServiceFactory,
    ServiceScheduleFactory,
    TargetGroupFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def organization(partner):
    return Membership.objects.get(user=partner).organization


@pytest.fixture
def service(organization):
    service = ServiceFactory(
        organization=organization,
        name="Koffie-inloop",
        locations=[organization.locations.get()],
    )
    ServiceScheduleFactory(service=service, weekday=3)
    return service


def _edit_url(service):
    return (
        f"/partner/organisatie/{service.organization_id}/aanbod/{service.pk}/wijzigen/"
    )


def test_partner_adds_a_tuesday_period_and_the_public_page_shows_it(
    partner_client, service, client
):
    data = add_row(
        offer_post(service, how_to_join="Gewoon binnenlopen."),
        SCHEDULES,
        weekday="2",
        opens_at="10:00",
        closes_at="12:00",
    )
    response = partner_client.post(_edit_url(service), data, follow=True)
    assert "De wijziging staat op de site" in response.content.decode()
    html = client.get(service.get_absolute_url()).content.decode()
    assert "dinsdag: 10:00–12:00" in html
    assert "woensdag: 09:00–12:00" in html
    assert "Gewoon binnenlopen." in html


def test_partner_changes_and_deletes_periods(partner_client, service):
    ServiceScheduleFactory(service=service, weekday=5)
    data = offer_post(service)
    wednesday = 0 if data[f"{SCHEDULES}-0-weekday"] == 3 else 1
    friday = 1 - wednesday
    data[f"{SCHEDULES}-{wednesday}-opens_at"] = "13:30"
    data[f"{SCHEDULES}-{wednesday}-closes_at"] = "16:00"
    data[f"{SCHEDULES}-{friday}-DELETE"] = "on"
    partner_client.post(_edit_url(service), data)
    assert [str(s) for s in service.schedules.all()] == ["woensdag 13:30–16:00"]


def test_two_periods_on_one_day_give_a_day_with_a_break(partner_client, service):
    data = add_row(
        offer_post(service), SCHEDULES, weekday="3", opens_at="13:30", closes_at="16:00"
    )
    partner_client.post(_edit_url(service), data)
    assert service.weekly_hours() == [("woensdag", ["09:00–12:00", "13:30–16:00"])]


def test_a_period_that_ends_before_it_starts_is_refused_and_kept_in_the_form(
    partner_client, service
):
    data = add_row(
        offer_post(service, name="Koffie-inloop met taart"),
        SCHEDULES,
        weekday="2",
        opens_at="10:00",
        closes_at="09:15",
    )
    response = partner_client.post(_edit_url(service), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "De eindtijd moet na de begintijd liggen." in html
    assert 'value="09:15"' in html and 'value="Koffie-inloop met taart"' in html
    assert 'href="#id_openingstijden-1-closes_at"' in html
    service.refresh_from_db()
    assert service.name == "Koffie-inloop"
    assert service.schedules.count() == 1


def test_a_closure_that_ends_before_it_starts_is_refused(partner_client, service):
    data = add_row(
        offer_post(service),
        CLOSURES,
        start_date="2026-08-31",
        end_date="2026-07-01",
        reason="zomerstop",
    )
    html = partner_client.post(_edit_url(service), data).content.decode()
    assert "De einddatum ligt voor de begindatum." in html
    assert not service.closures.exists()


def test_partner_adds_a_summer_break(partner_client, service, client):
    data = add_row(
        offer_post(service),
        CLOSURES,
        start_date="2099-07-01",
        end_date="2099-08-31",
        reason="zomerstop",
    )
    partner_client.post(_edit_url(service), data)
    html = client.get(service.get_absolute_url()).content.decode()
    assert "Gesloten van 1 juli 2099 tot en met 31 augustus 2099: zomerstop" in html


def test_themes_target_groups_and_ages_come_from_the_form(partner_client, service):
    theme = ThemeFactory(name="Ontmoeten")
    group = TargetGroupFactory(name="Ouderen")
    data = offer_post(
        service, themes=[str(theme.pk)], target_groups=[str(group.pk)], min_age="55"
    )
    partner_client.post(_edit_url(service), data)
    assert list(service.themes.all()) == [theme]
    assert list(service.target_groups.all()) == [group]
    service.refresh_from_db()
    assert service.min_age == 55


def test_minimum_age_above_maximum_age_is_refused(partner_client, service):
    data = offer_post(service, min_age="70", max_age="55")
    html = partner_client.post(_edit_url(service), data).content.decode()
    assert "De maximumleeftijd is lager dan de minimumleeftijd." in html
    service.refresh_from_db()
    assert service.min_age is None


def test_description_keeps_links_and_lists_but_loses_scripts(
    partner_client, service, client
):
    description = (
        '<p>Koffie <a href="https://voorbeeld.nl" onclick="steel()">meer</a></p>'
        "<ul><li>elke week</li></ul><script>alert(1)</script>"
    )
    partner_client.post(
        _edit_url(service),
        offer_post(
            service, description=description, how_to_join="<b onclick=x>Bel</b>"
        ),
    )
    service.refresh_from_db()
    assert "<script" not in service.description and "onclick" not in service.description
    assert '<a href="https://voorbeeld.nl"' in service.description
    assert "<ul><li>elke week</li></ul>" in service.description
    assert "onclick" not in service.how_to_join
    html = client.get(service.get_absolute_url()).content.decode()
    assert '<a href="https://voorbeeld.nl" rel="noopener noreferrer">meer</a>' in html
    assert "alert(1)" not in html


def test_preview_shows_the_offer_without_saving(partner_client, service):
    data = add_row(
        offer_post(service, name="Koffie-inloop XL"),
        SCHEDULES,
        weekday="2",
        opens_at="10:00",
        closes_at="12:00",
    )
    data.pop("save")
    data["preview"] = "1"
    html = partner_client.post(_edit_url(service), data).content.decode()
    assert "Voorbeeld van de openbare pagina" in html
    assert "Koffie-inloop XL" in html and "dinsdag: 10:00–12:00" in html
    assert "Koffie-inloop wijzigen" in html  # the title keeps the saved name
    assert "Koffie-inloop XL wijzigen" not in html
    service.refresh_from_db()
    assert service.name == "Koffie-inloop"
    assert service.schedules.count() == 1


def test_history_names_the_partner(partner_client, partner, service):
    data = add_row(
        offer_post(service, phone="010 222 33 44"),
        SCHEDULES,
        weekday="2",
        opens_at="10:00",
        closes_at="12:00",
    )
    partner_client.post(_edit_url(service), data)
    record = service.history.first()
    assert record.history_user == partner
    assert record.history_change_reason == "gewijzigd door partner"
    added = ServiceSchedule.history.filter(service_id=service.pk, history_type="+")
    assert added.get(weekday=2).history_user == partner
    page = partner_client.get(
        f"/partner/organisatie/{service.organization_id}/geschiedenis/"
    ).content.decode()
    assert "Koffie-inloop: dinsdag 10:00–12:00" in page and "Anna de Vries" in page


def test_saving_an_unchanged_offer_records_nothing(partner_client, service):
    before = service.history.count()
    partner_client.post(_edit_url(service), offer_post(service))
    assert service.history.count() == before


def test_partner_adds_a_new_offer(partner_client, organization, client):
    location = organization.locations.get()
    data = add_row(
        offer_post(name="Samen wandelen", locations=[str(location.pk)]),
        SCHEDULES,
        weekday="2",
        opens_at="10:00",
        closes_at="11:30",
    )
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/aanbod/nieuw/", data, follow=True
    )
    assert "De wijziging staat op de site" in response.content.decode()
    service = Service.objects.get(name="Samen wandelen")
    assert service.organization == organization
    assert service.slug == "samen-wandelen"
    assert list(service.locations.all()) == [location]
    assert service.history.get().history_type == "+"
    html = client.get("/sociale-kaart/aanbod/samen-wandelen/").content.decode()
    assert "dinsdag: 10:00–11:30" in html


def test_a_new_offer_with_a_taken_name_gets_its_own_address(
    partner_client, organization
):
    ServiceFactory(name="Samen wandelen", slug="samen-wandelen")
    partner_client.post(
        f"/partner/organisatie/{organization.pk}/aanbod/nieuw/",
        offer_post(name="Samen wandelen"),
    )
    assert Service.objects.get(organization=organization).slug == "samen-wandelen-2"


def test_a_new_offer_needs_a_name(partner_client, organization):
    html = partner_client.post(
        f"/partner/organisatie/{organization.pk}/aanbod/nieuw/", offer_post()
    ).content.decode()
    assert "Vul de naam van het aanbod in." in html
    assert not Service.objects.exists()
    assert not PendingChange.objects.exists()


def test_dashboard_and_offer_list_show_the_offers(partner_client, service):
    dashboard = partner_client.get("/partner/").content.decode()
    assert "Koffie-inloop" in dashboard and _edit_url(service) in dashboard
    assert f"/partner/organisatie/{service.organization_id}/aanbod/nieuw/" in dashboard
    listing = partner_client.get(
        f"/partner/organisatie/{service.organization_id}/aanbod/"
    ).content.decode()
    assert "Koffie-inloop" in listing and _edit_url(service) in listing


def test_the_edit_form_shows_the_current_periods(partner_client, service):
    html = partner_client.get(_edit_url(service)).content.decode()
    assert 'value="09:00"' in html and 'value="12:00"' in html
    assert "Openingstijd 1" in html and "Sluiting 1" in html


def test_a_huge_number_of_rows_is_a_form_error_not_a_dead_worker(
    partner_client, service, django_assert_max_num_queries
):
    data = offer_post(service)
    data[f"{SCHEDULES}-TOTAL_FORMS"] = "1000000"
    with django_assert_max_num_queries(60):
        response = partner_client.post(_edit_url(service), data)
    assert response.status_code == 200
    assert "50" in response.content.decode()
    service.refresh_from_db()
