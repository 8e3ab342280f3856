"""A coordinator enters an activity for the real Week tegen Eenzaamheid 2026 in the
admin; it shows in the programme, the feed and the printed programme."""

import pytest

from activiteiten.models import Campaign
from sociale_kaart.models import Location
from tests.activiteiten.ical import confirmed_starts, parse_strictly

pytestmark = pytest.mark.django_db


def test_activity_entered_in_admin_reaches_programme_feed_and_print(
    coordinator_client, real_data
):
    campaign = Campaign.objects.get(slug="week-tegen-eenzaamheid-2026")
    location = Location.objects.exclude(kern="").select_related("organization")[0]
    response = coordinator_client.post(
        "/admin/activiteiten/activity/add/",
        {
            "title": "Kom erbij: soep & verhalen",
            "slug": "kom-erbij-soep",
            "description": "Samen soep eten en verhalen delen.",
            "organizations": [location.organization.pk],
            "campaigns": [campaign.pk],
            "location": location.pk,
            "target_group": "everyone",
            "is_free": "on",
            "registration": "email",
            "registration_contact": "soep@voorbeeld.nl",
            "max_participants": "20",
            "status": "scheduled",
            "start_date": "2026-09-24",
            "start_time": "12:00",
            "end_time": "13:30",
            "recurrence": "FREQ=DAILY;COUNT=3",
            "exceptions-TOTAL_FORMS": "0",
            "exceptions-INITIAL_FORMS": "0",
            "occurrences-TOTAL_FORMS": "0",
            "occurrences-INITIAL_FORMS": "0",
        },
        follow=True,  # the admin's list shows (and uses up) the success message
    )
    assert response.redirect_chain, response.content.decode()[:2000]

    programme = coordinator_client.get(campaign.get_absolute_url()).content.decode()
    assert programme.count("Kom erbij: soep &amp; verhalen") == 3
    for day in ("2026-09-24", "2026-09-25", "2026-09-26"):
        assert f'aria-labelledby="dag-{day}"' in programme

    feed = coordinator_client.get(f"{campaign.get_absolute_url()}agenda.ics").content
    starts = confirmed_starts(parse_strictly(feed), "Kom erbij: soep & verhalen")
    assert [start.hour for start in starts] == [12, 12, 12]

    printed = coordinator_client.get(f"{campaign.get_absolute_url()}afdrukken/")
    html = printed.content.decode()
    assert html.count("Kom erbij: soep &amp; verhalen") == 3
    assert "soep@voorbeeld.nl" in html
