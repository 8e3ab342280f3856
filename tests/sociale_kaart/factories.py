import factory
from django.contrib.gis.geos import Point
from factory.django import DjangoModelFactory

from lansingerland.constants import Kern
from sociale_kaart.models import Location, Organization, Theme

faker = factory.Faker._get_faker(locale="nl_NL")


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"thema {n}")
    slug = factory.LazyAttribute(lambda o: o.name.replace(" ", "-"))


class OrganizationFactory(DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Faker("company", locale="nl_NL")
    slug = factory.Sequence(lambda n: f"organisatie-{n}")
    description = factory.Faker("paragraph", locale="nl_NL")
    website = factory.Faker("url", locale="nl_NL")
    phone = "010 123 45 67"


class LocationFactory(DjangoModelFactory):
    """A location at a random point inside Lansingerland (WGS84)."""

    class Meta:
        model = Location

    organization = factory.SubFactory(OrganizationFactory)
    street = factory.Faker("street_name", locale="nl_NL")
    house_number = factory.Faker("random_int", min=1, max=200)
    postcode = "2651 AB"
    place = "Berkel en Rodenrijs"
    kern = Kern.BERKEL_EN_RODENRIJS
    point = factory.LazyFunction(
        lambda: Point(
            faker.pyfloat(min_value=4.44, max_value=4.59),
            faker.pyfloat(min_value=51.96, max_value=52.04),
            srid=4326,
        )
    )
