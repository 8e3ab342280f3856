import factory
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from partners.constants import MembershipRole
from partners.models import Membership, PartnerSettings
from tests.sociale_kaart.factories import OrganizationFactory

PASSWORD = "een-lang-test-wachtwoord"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    email = factory.Sequence(lambda n: f"medewerker{n}@voorbeeld.nl")
    username = factory.LazyAttribute(lambda o: o.email)
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    password = factory.django.Password(PASSWORD)


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = MembershipRole.EDITOR


class PartnerSettingsFactory(DjangoModelFactory):
    class Meta:
        model = PartnerSettings

    organization = factory.SubFactory(OrganizationFactory)
    changes_need_approval = True
