import datetime

import factory
from django.contrib.gis.geos import Point
from factory.django import DjangoModelFactory

from lansingerland.constants import Kern
from sociale_kaart.models import (
    Location,
    Organization,
    Service,
    ServiceSchedule,
    TargetGroup,
    Theme,
)

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
    phone = "+31101234567"


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


class TargetGroupFactory(DjangoModelFactory):
    class Meta:
        model = TargetGroup
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"doelgroep {n}")
    slug = factory.LazyAttribute(lambda o: o.name.replace(" ", "-"))


class ServiceFactory(DjangoModelFactory):
    """An active offer of a published organisation, at one new location."""

    class Meta:
        model = Service
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Inloop {n}")
    slug = factory.Sequence(lambda n: f"aanbod-{n}")
    description = factory.Faker("paragraph", locale="nl_NL")
    how_to_join = "Loop gerust binnen."

    @factory.post_generation
    def locations(self, create, extracted, **kwargs):
        if not create:
            return
        if extracted is None:
            extracted = [LocationFactory(organization=self.organization)]
        self.locations.set(extracted)


class ServiceScheduleFactory(DjangoModelFactory):
    class Meta:
        model = ServiceSchedule

    service = factory.SubFactory(ServiceFactory)
    weekday = 2
    opens_at = datetime.time(9, 0)
    closes_at = datetime.time(12, 0)
