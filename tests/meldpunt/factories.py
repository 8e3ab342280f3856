import datetime as dt

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from meldpunt.constants import ReportKind
from meldpunt.models import PersonConcerned, Referral, Report, Reporter
from tests.sociale_kaart.factories import OrganizationFactory


class ReportFactory(DjangoModelFactory):
    class Meta:
        model = Report

    reference = factory.Sequence(lambda n: f"K7QM{n:04d}"[:8])
    kind = ReportKind.QUESTION
    message = factory.Faker("paragraph", locale="nl_NL")
    privacy_consent_at = factory.LazyFunction(timezone.now)
    first_contact_due = factory.LazyFunction(
        lambda: timezone.localdate() + dt.timedelta(days=3)
    )


class ReporterFactory(DjangoModelFactory):
    class Meta:
        model = Reporter

    report = factory.SubFactory(ReportFactory)
    # Invented and distinct, never random: a coordinator's search for one
    # reporter must not also find another whose random address held the word.
    name = factory.Sequence(lambda n: f"Melder {n}")
    email = factory.Sequence(lambda n: f"melder{n}@example.org")
    phone = "+31612345678"


class PersonConcernedFactory(DjangoModelFactory):
    class Meta:
        model = PersonConcerned

    report = factory.SubFactory(ReportFactory, kind=ReportKind.CONCERN)
    name = "Els Bakker"
    address = "Dorpsstraat 1"
    relation = "buurvrouw"


class ReferralFactory(DjangoModelFactory):
    class Meta:
        model = Referral
        skip_postgeneration_save = True

    report = factory.SubFactory(ReportFactory, status="referred")
    organization = factory.SubFactory(OrganizationFactory, email="team@partner.example")

    @factory.post_generation
    def _set_partner(obj, create, extracted, **kwargs):
        if create:
            Report.objects.filter(pk=obj.report_id).update(partner=obj.organization)
            obj.report.partner = obj.organization
