"""New organisations, offers and activities get readable web addresses that
never clash with an existing one."""

import pytest

from lansingerland.slugs import unique_slug
from sociale_kaart.models import Service
from tests.sociale_kaart.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_slug_reads_the_name_without_accents():
    assert unique_slug(Service, "Koffie in 't Café", fallback="aanbod") == (
        "koffie-in-t-cafe"
    )


def test_a_taken_slug_gets_a_number():
    ServiceFactory(slug="wandelen")
    ServiceFactory(slug="wandelen-2")
    assert unique_slug(Service, "Wandelen", fallback="aanbod") == "wandelen-3"


def test_a_name_of_only_signs_gets_the_fallback():
    assert unique_slug(Service, "!!!", fallback="aanbod") == "aanbod"


def test_a_long_name_leaves_room_for_the_number():
    ServiceFactory(slug=unique_slug(Service, "a" * 400, fallback="aanbod"))
    slug = unique_slug(Service, "a" * 400, fallback="aanbod")
    assert slug.endswith("-2") and len(slug) <= 200
