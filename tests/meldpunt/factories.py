import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from meldpunt.constants import ReportKind
from meldpunt.models import Report, Reporter


class ReportFactory(DjangoModelFactory):
    class Meta:
        model = Report

    reference = factory.Sequence(lambda n: f"K7QM{n:04d}"[:8])
    kind = ReportKind.QUESTION
    message = factory.Faker("paragraph", locale="nl_NL")
    privacy_consent_at = factory.LazyFunction(timezone.now)


class ReporterFactory(DjangoModelFactory):
    class Meta:
        model = Reporter

    report = factory.SubFactory(ReportFactory)
    name = factory.Faker("name", locale="nl_NL")
    email = factory.Faker("email", locale="nl_NL")
    phone = "+31612345678"
