import datetime

import factory
from factory.django import DjangoModelFactory

from activiteiten.constants import CampaignKind
from activiteiten.models import Activity, Campaign
from activiteiten.services import activity_expand_occurrences
from tests.sociale_kaart.factories import LocationFactory


class CampaignFactory(DjangoModelFactory):
    class Meta:
        model = Campaign

    kind = CampaignKind.SUMMER
    year = factory.LazyAttribute(lambda o: o.start_date.year)
    title = factory.Sequence(lambda n: f"Zomer samen {n}")
    slug = factory.Sequence(lambda n: f"zomer-samen-{n}")
    start_date = datetime.date(2026, 7, 1)
    end_date = factory.LazyAttribute(
        lambda o: o.start_date + datetime.timedelta(days=30)
    )
    intro = factory.Faker("paragraph", locale="nl_NL")


class ActivityFactory(DjangoModelFactory):
    """An activity at a sociale-kaart location, expanded into its dates.

    Pass ``organizations=[...]`` and ``campaigns=[...]``; by default the
    location's organisation organises it. Dates are stored after creation.
    """

    class Meta:
        model = Activity
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Koffieochtend {n}")
    slug = factory.Sequence(lambda n: f"koffieochtend-{n}")
    description = "Samen koffie drinken en een praatje maken."
    location = factory.SubFactory(LocationFactory)
    kern = factory.LazyAttribute(lambda o: o.location.kern if o.location else "")
    start_date = datetime.date(2026, 10, 6)
    start_time = datetime.time(10, 0)
    end_time = datetime.time(12, 0)
    recurrence = ""
    is_free = factory.LazyAttribute(lambda o: not o.cost)
    cost = ""

    @factory.post_generation
    def organizations(self, create, extracted, **kwargs):
        if not create:
            return
        if extracted is None:
            extracted = [self.location.organization] if self.location else []
        self.organizations.set(extracted)

    @factory.post_generation
    def campaigns(self, create, extracted, **kwargs):
        if create and extracted:
            self.campaigns.set(extracted)

    @factory.post_generation
    def expand(self, create, extracted, **kwargs):
        if create and extracted is not False:
            activity_expand_occurrences(
                activity=self, until=kwargs.get("until", datetime.date(2027, 12, 31))
            )
