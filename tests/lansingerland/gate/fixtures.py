"""The small fixture set whose objects fill the URL conf's path converters."""

from dataclasses import dataclass

from meldpunt.tokens import partner_token, reporter_token
from partners.models import Membership
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.meldpunt.factories import (
    PersonConcernedFactory,
    ReferralFactory,
    ReporterFactory,
)
from tests.sociale_kaart.factories import LocationFactory, ServiceFactory

from .urls import Route, admin_model


@dataclass
class World:
    values: dict

    def fill(self, route: Route) -> dict[str, str]:
        filled = {}
        for _converter, name in route.params:
            key = f"{route.name}.{name}"
            if key in self.values:
                filled[name] = self.values[key]
            elif name == "object_id" or (
                name == "pk" and route.name.startswith("admin:")
            ):
                model = admin_model(route)
                first = model._default_manager.order_by("pk").first() if model else None
                filled[name] = first.pk if first else 1
            else:
                filled[name] = self.values.get(name, "1")
        return filled


def build_world(partner) -> World:
    organization = Membership.objects.get(user=partner).organization
    location = organization.locations.first() or LocationFactory(
        organization=organization
    )
    service = ServiceFactory(organization=organization, locations=[location])
    campaign = CampaignFactory()
    activity = ActivityFactory(location=location, campaigns=[campaign])
    referral = ReferralFactory(organization=organization)
    ReporterFactory(report=referral.report, name="Gerrit Testpersoon")
    PersonConcernedFactory(report=referral.report, name="Els Bakker")
    return World(
        {
            "pk": organization.pk,
            "location_pk": location.pk,
            "service_pk": service.pk,
            "activity_pk": activity.pk,
            "slug": organization.slug,
            "sociale_kaart:service_detail.slug": service.slug,
            "activiteiten:activity_detail.slug": activity.slug,
            "activiteiten:activity_ics.slug": activity.slug,
            "activiteiten:campaign_detail.slug": campaign.slug,
            "activiteiten:campaign_print.slug": campaign.slug,
            "activiteiten:campaign_ics.slug": campaign.slug,
            "meldpunt:report_status.token": reporter_token(referral.report.reference),
            "meldpunt:partner_referral.token": partner_token(referral.pk),
            "partners:referral_detail.pk": referral.pk,
            "entity": "organizations",
            "uidb64": "MQ",
            "token": "abc-def",
            "app_label": "meldpunt",
            "content_type_id": "1",
        }
    )
