import datetime

import pytest

from lansingerland.constants import Kern
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.sociale_kaart.factories import LocationFactory

WEEKLY_TUESDAY = "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270406"


@pytest.fixture
def winter_campaign(db):
    """A campaign from October 2026 to April 2027, across both clock changes."""
    return CampaignFactory(
        title="Winter samen",
        slug="winter-samen",
        kind="other",
        start_date=datetime.date(2026, 10, 1),
        end_date=datetime.date(2027, 4, 30),
    )


@pytest.fixture
def coffee_morning(winter_campaign):
    """Tuesdays 10:00-12:00 from 6 October 2026 to 6 April 2027 in Bleiswijk."""
    location = LocationFactory(
        name="Dorpshuis De Tuin", kern=Kern.BLEISWIJK, place="Bleiswijk"
    )
    return ActivityFactory(
        title="Koffieochtend",
        slug="koffieochtend",
        location=location,
        recurrence=WEEKLY_TUESDAY,
        campaigns=[winter_campaign],
    )
