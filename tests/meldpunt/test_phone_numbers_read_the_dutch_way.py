"""Residents read phone numbers the Dutch way (``06 12345678``), never as the
stored ``+31612345678``: the meldpunt's review step and an activity's
"Bel ..." for signing up."""

import re

import pytest

from tests.activiteiten.factories import ActivityFactory
from tests.meldpunt.formdata import report_data

pytestmark = pytest.mark.django_db

TAGS = re.compile(r"<[^>]*>")


def _visible(html: str) -> str:
    main = html.split('<main id="inhoud"')[1].split("</main>")[0]
    return TAGS.sub(" ", main)


@pytest.mark.parametrize("typed", ["06-12345678", "+31 6 1234 5678", "0612345678"])
def test_review_step_shows_the_number_the_dutch_way(client, typed):
    """Was: "+31612345678" on the review step."""
    html = client.post("/meldpunt/", report_data(step="review", phone=typed))
    text = _visible(html.content.decode())
    assert "Controleer uw melding" in text
    assert "06 12345678" in text
    assert "+316" not in text


def test_signing_up_by_phone_shows_the_number_the_dutch_way(client):
    activity = ActivityFactory(
        registration="phone", registration_contact="+31108004000"
    )
    html = client.get(activity.get_absolute_url()).content.decode()
    assert '<a class="phone-number" href="tel:+31108004000">010 800 4000</a>' in html
    assert "+31108004000</a>" not in html
