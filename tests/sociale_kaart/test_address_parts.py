"""Addresses keep their Dutch parts; a postcode is written as 1234 AB."""

import pytest
from django.core.exceptions import ValidationError

from tests.sociale_kaart.factories import LocationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("typed", ["2665bj", "2665 BJ", "2665Bj"])
def test_postcode_is_normalised(typed):
    location = LocationFactory.build(
        organization=LocationFactory().organization, postcode=typed
    )
    location.full_clean()
    assert location.postcode == "2665 BJ"


@pytest.mark.parametrize("typed", ["0665 BJ", "2665", "ABCD EF", "2665 B1"])
def test_bad_postcode_gets_a_dutch_message(typed):
    location = LocationFactory.build(
        organization=LocationFactory().organization, postcode=typed
    )
    with pytest.raises(ValidationError) as error:
        location.full_clean()
    assert "1234 AB" in str(error.value.message_dict["postcode"])


def test_address_shows_letter_and_addition():
    location = LocationFactory.build(
        street="Dorpsstraat",
        house_number=12,
        house_letter="a",
        house_number_addition="1",
        postcode="2665 BJ",
        place="Bleiswijk",
    )
    assert location.address == "Dorpsstraat 12a-1, 2665 BJ, Bleiswijk"
