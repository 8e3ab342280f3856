"""The three yearly campaigns are made by their rules, ahead of time, and a
coordinator's change or deletion always wins over the rule."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from activiteiten.constants import CampaignKind
from activiteiten.models import Campaign, CampaignRuleRecord, SummerPeriod
from activiteiten.yearly_campaigns import (
    campaigns_keep_yearly,
    last_thursday_of_september,
)
from tests.activiteiten.factories import CampaignFactory

pytestmark = pytest.mark.django_db

SIXTH_OF_DECEMBER = datetime.date(2026, 12, 6)


@pytest.mark.parametrize(
    ("year", "start"),
    [
        (2023, datetime.date(2023, 9, 28)),
        (2024, datetime.date(2024, 9, 26)),
        (2026, datetime.date(2026, 9, 24)),
        (2027, datetime.date(2027, 9, 30)),  # 30 September itself is a Thursday
        (2028, datetime.date(2028, 9, 28)),
    ],
)
def test_the_national_week_starts_on_the_last_thursday_of_september(year, start):
    assert last_thursday_of_september(year) == start


def test_this_years_and_next_years_campaigns_exist_ahead_of_time():
    result = campaigns_keep_yearly(today=SIXTH_OF_DECEMBER)
    made = {
        (c.kind, c.year): (c.start_date, c.end_date) for c in Campaign.objects.all()
    }
    assert made == {
        (CampaignKind.DECEMBER, 2026): (
            datetime.date(2026, 12, 1),
            datetime.date(2026, 12, 31),
        ),
        (CampaignKind.SUMMER, 2027): (
            datetime.date(2027, 7, 1),
            datetime.date(2027, 8, 31),
        ),
        (CampaignKind.WEEK_AGAINST_LONELINESS, 2027): (
            datetime.date(2027, 9, 30),
            datetime.date(2027, 10, 6),
        ),
        (CampaignKind.DECEMBER, 2027): (
            datetime.date(2027, 12, 1),
            datetime.date(2027, 12, 31),
        ),
    }
    # Summer and the week of 2026 are over: no campaign is announced afterwards.
    assert result.created == 4
    assert all(c.dates_are_approximate for c in Campaign.objects.all())
    assert Campaign.objects.get(kind=CampaignKind.DECEMBER, year=2026).slug == (
        "december-2026"
    )


def test_running_again_changes_nothing():
    campaigns_keep_yearly(today=SIXTH_OF_DECEMBER)
    before = list(Campaign.objects.values().order_by("pk"))
    result = campaigns_keep_yearly(today=SIXTH_OF_DECEMBER)
    assert result.created == 0
    assert list(Campaign.objects.values().order_by("pk")) == before


def test_a_coordinators_change_is_never_overwritten():
    campaigns_keep_yearly(today=SIXTH_OF_DECEMBER)
    december = Campaign.objects.get(kind=CampaignKind.DECEMBER, year=2027)
    december.start_date = datetime.date(2027, 12, 10)
    december.end_date = datetime.date(2027, 12, 24)
    december.title = "Kerst samen 2027"
    december.dates_are_approximate = False
    december.save()

    campaigns_keep_yearly(today=datetime.date(2027, 1, 2))

    december.refresh_from_db()
    assert (december.start_date, december.end_date) == (
        datetime.date(2027, 12, 10),
        datetime.date(2027, 12, 24),
    )
    assert december.title == "Kerst samen 2027"
    assert december.dates_are_approximate is False
    assert Campaign.objects.filter(kind=CampaignKind.DECEMBER, year=2027).count() == 1


def test_a_campaign_moved_to_another_year_is_not_made_again():
    campaigns_keep_yearly(today=SIXTH_OF_DECEMBER)
    summer = Campaign.objects.get(kind=CampaignKind.SUMMER, year=2027)
    summer.year = 2028
    summer.start_date = datetime.date(2028, 7, 1)
    summer.end_date = datetime.date(2028, 8, 31)
    summer.save()

    campaigns_keep_yearly(today=datetime.date(2027, 3, 1))

    assert not Campaign.objects.filter(kind=CampaignKind.SUMMER, year=2027).exists()
    # The year it was moved into counts as made: no second summer in 2028.
    assert Campaign.objects.filter(kind=CampaignKind.SUMMER, year=2028).count() == 1


def test_a_deleted_campaign_is_never_made_again(real_data):
    week = Campaign.objects.get(kind=CampaignKind.WEEK_AGAINST_LONELINESS, year=2027)
    week.delete()

    campaigns_keep_yearly(today=datetime.date(2027, 1, 1))
    call_command("load_real_data", stdout=io.StringIO())
    call_command("activiteiten_keep_yearly_campaigns", stdout=io.StringIO())

    assert not Campaign.objects.filter(
        kind=CampaignKind.WEEK_AGAINST_LONELINESS, year=2027
    ).exists()
    tombstone = CampaignRuleRecord.objects.get(
        rule=CampaignKind.WEEK_AGAINST_LONELINESS, year=2027
    )
    assert tombstone.campaign is None


def test_a_deleted_week_from_the_national_list_stays_deleted(real_data):
    Campaign.objects.get(kind=CampaignKind.WEEK_AGAINST_LONELINESS, year=2019).delete()
    call_command("load_real_data", stdout=io.StringIO())
    assert not Campaign.objects.filter(year=2019).exists()


def test_a_campaign_a_coordinator_made_by_hand_is_not_doubled():
    CampaignFactory(
        kind=CampaignKind.DECEMBER,
        title="Lichtjes in december",
        slug="lichtjes",
        start_date=datetime.date(2026, 12, 5),
        end_date=datetime.date(2026, 12, 20),
    )
    campaigns_keep_yearly(today=SIXTH_OF_DECEMBER)
    december = Campaign.objects.get(kind=CampaignKind.DECEMBER, year=2026)
    assert december.title == "Lichtjes in december"
    assert december.start_date == datetime.date(2026, 12, 5)


def test_the_summer_follows_the_period_coordinators_set():
    SummerPeriod(start_month=6, start_day=15, end_month=8, end_day=15).save()
    campaigns_keep_yearly(today=SIXTH_OF_DECEMBER)
    summer = Campaign.objects.get(kind=CampaignKind.SUMMER, year=2027)
    assert (summer.start_date, summer.end_date) == (
        datetime.date(2027, 6, 15),
        datetime.date(2027, 8, 15),
    )


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"start_month": 2, "start_day": 29}, "start_day"),
        ({"end_month": 6, "end_day": 31}, "end_day"),
        ({"start_month": 8, "end_month": 7}, "end_month"),
    ],
)
def test_a_summer_period_that_does_not_exist_every_year_is_refused(values, field):
    period = SummerPeriod(**values)
    with pytest.raises(ValidationError) as error:
        period.full_clean()
    assert field in error.value.message_dict


def test_the_daily_job_reports_and_its_dry_run_writes_nothing():
    out = io.StringIO()
    call_command("activiteiten_keep_yearly_campaigns", "--dry-run", stdout=out)
    assert "dry run" in out.getvalue()
    assert not Campaign.objects.exists()
    call_command("activiteiten_keep_yearly_campaigns", stdout=io.StringIO())
    assert Campaign.objects.filter(kind=CampaignKind.DECEMBER).exists()


def test_the_campaign_page_says_rule_dates_are_approximate(client):
    campaigns_keep_yearly(today=SIXTH_OF_DECEMBER)
    html = client.get("/activiteiten/december-2027/").content.decode()
    assert "bij benadering" in html
