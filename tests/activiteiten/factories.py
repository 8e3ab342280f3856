import datetime

import factory
from factory.django import DjangoModelFactory

from activiteiten.constants import CampaignKind
from activiteiten.models import Campaign


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
