"""Loading the coalition's real data: complete, idempotent, never overwriting."""

import json

import pytest
from django.contrib.gis.geos import Polygon
from django.core.management import call_command

from activiteiten.constants import CampaignKind
from activiteiten.models import Campaign
from activiteiten.yearly_campaigns import WEEKS_PATH
from sociale_kaart.models import Location, Organization
from sociale_kaart.services import PARTNERS_PATH

pytestmark = pytest.mark.django_db

PARTNERS = json.loads(PARTNERS_PATH.read_text(encoding="utf-8"))
WEEKS = json.loads(WEEKS_PATH.read_text(encoding="utf-8"))


def weeks_of(year: int) -> Campaign:
    return Campaign.objects.get(kind=CampaignKind.WEEK_AGAINST_LONELINESS, year=year)


def test_all_partners_and_weeks_are_loaded(real_data):
    names = set(Organization.objects.values_list("name", flat=True))
    partners = {o["name"] for o in PARTNERS["organisations"]}
    assert names == partners | {PARTNERS["coalition"]["name"]}
    assert len(partners) == 21
    assert Organization.objects.filter(is_coalition_partner=True).count() == 21
    weeks = Campaign.objects.filter(kind=CampaignKind.WEEK_AGAINST_LONELINESS)
    assert {w["year"] for w in WEEKS["weeks"]} <= set(
        weeks.values_list("year", flat=True)
    )


def test_loading_twice_changes_nothing(real_data, capsys):
    before = list(Organization.objects.values().order_by("pk"))
    locations = list(Location.objects.values().order_by("pk"))
    campaigns = list(Campaign.objects.values().order_by("pk"))
    call_command("load_real_data")
    output = capsys.readouterr().out
    assert "organisations: 0 created, 21 unchanged" in output
    assert "offers: 0 created, 2 unchanged" in output
    assert list(Organization.objects.values().order_by("pk")) == before
    assert list(Location.objects.values().order_by("pk")) == locations
    assert list(Campaign.objects.values().order_by("pk")) == campaigns


def test_reload_keeps_a_coordinators_corrections(real_data):
    library = Organization.objects.get(name="Bibliotheek Oostland")
    library.description = "Nagekeken door de coördinator."
    library.save()
    location = library.locations.get()
    location.point_is_approximate = False
    location.save()
    week = weeks_of(2026)
    week.end_date = week.start_date
    week.dates_are_approximate = False
    week.save()

    call_command("load_real_data", verbosity=0)

    library.refresh_from_db()
    location.refresh_from_db()
    week.refresh_from_db()
    assert library.description == "Nagekeken door de coördinator."
    assert location.point_is_approximate is False
    assert week.end_date == week.start_date and not week.dates_are_approximate


def test_deleted_partner_comes_back_and_others_stay(real_data):
    Organization.objects.get(name="GGZ").delete()
    call_command("load_real_data", verbosity=0)
    assert Organization.objects.filter(name="GGZ").count() == 1
    assert Organization.objects.filter(is_coalition_partner=True).count() == 21


def test_points_lie_in_lansingerland_and_stay_marked_approximate(real_data):
    bbox = PARTNERS["municipality"]["approximate_bbox"]
    area = Polygon.from_bbox((bbox["west"], bbox["south"], bbox["east"], bbox["north"]))
    area.srid = 4326
    assert Location.objects.count() == 21
    assert Location.objects.filter(point__within=area).count() == 21
    approximate = {
        o["name"] for o in PARTNERS["organisations"] if o["coordinates_approximate"]
    }
    assert (
        set(
            Location.objects.filter(point_is_approximate=True).values_list(
                "organization__name", flat=True
            )
        )
        == approximate
    )


def test_municipality_address_and_phone_are_kept(real_data):
    municipality = Organization.objects.get(name="Gemeente Lansingerland")
    location = municipality.locations.get()
    assert municipality.phone == "+31108004000"
    assert location.address == "Tobias Asserlaan 1, Bergschenhoek"
    assert location.get_kern_display() == "Bergschenhoek"


def test_week_without_known_end_gets_a_derived_approximate_end(real_data):
    week = weeks_of(2019)
    assert (week.end_date - week.start_date).days == 6
    assert week.dates_are_approximate
    assert weeks_of(2018).dates_are_approximate is False
