"""The coalition's own projects from the partner list are on the sociale kaart,
with only the facts the list gives."""

import json

import pytest
from django.core.management import call_command

from sociale_kaart.models import Organization, Service
from sociale_kaart.services import PARTNERS_PATH

pytestmark = pytest.mark.django_db

PARTNERS = json.loads(PARTNERS_PATH.read_text(encoding="utf-8"))


def test_both_projects_are_found_on_the_sociale_kaart(real_data, client):
    page = client.get("/sociale-kaart/").content.decode()
    assert "Aanbod: 2 gevonden" in " ".join(page.split())
    assert "Dare2BME" in page
    assert "Wekelijkse ontmoetingsplek voor jongeren" in page


def test_project_without_organiser_is_listed_under_the_coalition(real_data, client):
    dare = Service.objects.get(name="Dare2BME")
    assert dare.organization.name == PARTNERS["coalition"]["name"]
    assert dare.organization.email == "eenzaamheid.lansingerland@humanitas.nl"
    assert not dare.organization.is_coalition_partner
    page = client.get(dare.get_absolute_url()).content.decode()
    assert "Door <a" in page and "Samen aan zet!" in page
    assert "eenzaamheid.lansingerland@humanitas.nl" in page


def test_only_stated_facts_are_loaded(real_data):
    dare = Service.objects.get(name="Dare2BME")
    youth = Service.objects.get(name="Wekelijkse ontmoetingsplek voor jongeren")
    assert youth.organization.name == "SAYF jongerenwerk"
    assert set(dare.target_groups.values_list("name", flat=True)) == {
        "ouderen",
        "jongeren",
    }
    assert set(youth.target_groups.values_list("name", flat=True)) == {"jongeren"}
    for offer in (dare, youth):
        assert not offer.schedules.exists()
        assert not offer.is_free and offer.cost_description == ""
        assert offer.how_to_join == ""
    assert not dare.locations.exists()
    assert list(youth.locations.all()) == list(youth.organization.locations.all())


def test_offers_without_times_say_so_in_words(real_data, client):
    page = " ".join(client.get("/sociale-kaart/").content.decode().split())
    assert page.count("geen vaste tijden: op afspraak of wisselende tijden") == 2
    dare = Service.objects.get(name="Dare2BME")
    detail = client.get(dare.get_absolute_url()).content.decode()
    assert "Op afspraak of wisselende tijden" in detail


def test_reload_keeps_a_coordinators_change_and_deletion(real_data):
    dare = Service.objects.get(name="Dare2BME")
    dare.description = "Nagekeken door de coördinator."
    dare.save()
    Service.objects.get(name="Wekelijkse ontmoetingsplek voor jongeren").delete()
    coalition = Organization.objects.get(source_key="coalition")
    coalition.email = "meldpunt@voorbeeld.nl"
    coalition.save()

    call_command("load_real_data", verbosity=0, stdout=None)

    dare.refresh_from_db()
    coalition.refresh_from_db()
    assert dare.description == "Nagekeken door de coördinator."
    assert Service.objects.count() == 1
    assert coalition.email == "meldpunt@voorbeeld.nl"
    assert Organization.objects.filter(source_key="coalition").count() == 1
