"""The back-office pages coordinators use all day, for the axe and reflow gates.

Adding a page is one line in ``ADMIN_PAGES``: a name, the admin path (a
function of the ``admin_data`` fixture's namespace) and whether the page is a
data table, which WCAG 1.4.10 exempts from reflow: those scroll inside a box
the keyboard can reach instead.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

from django.utils import timezone

from partners.constants import ChangeTarget
from partners.models import Invitation, PendingChange
from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.meldpunt.factories import (
    PersonConcernedFactory,
    ReferralFactory,
    ReporterFactory,
)
from tests.partners.factories import MembershipFactory
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
)


@dataclass(frozen=True)
class AdminPage:
    name: str
    path: Callable[[SimpleNamespace], str]
    data_table: bool = False


def _change(model: str, attribute: str) -> Callable[[SimpleNamespace], str]:
    return lambda data: f"/admin/{model}/{getattr(data, attribute).pk}/change/"


ADMIN_PAGES = [
    AdminPage("start", lambda data: "/admin/"),
    AdminPage("meldingen", lambda data: "/admin/meldpunt/report/", data_table=True),
    AdminPage("melding-met-verwijzing", _change("meldpunt/report", "report")),
    AdminPage("telefonische-melding", lambda data: "/admin/meldpunt/report/add/"),
    AdminPage("rapportage", lambda data: "/admin/meldpunt/report/rapportage/"),
    AdminPage(
        "avg-zoeken",
        lambda data: "/admin/meldpunt/report/personen/?naam=Jansen",
        data_table=True,
    ),
    AdminPage("organisaties", lambda data: "/admin/sociale_kaart/organization/", True),
    AdminPage("organisatie", _change("sociale_kaart/organization", "organization")),
    AdminPage("locatie", _change("sociale_kaart/location", "location")),
    AdminPage("aanbod-lijst", lambda data: "/admin/sociale_kaart/service/", True),
    AdminPage("aanbod", _change("sociale_kaart/service", "service")),
    AdminPage("activiteiten", lambda data: "/admin/activiteiten/activity/", True),
    AdminPage("activiteit", _change("activiteiten/activity", "activity")),
    AdminPage(
        "wijzigingen", lambda data: "/admin/partners/pendingchange/", data_table=True
    ),
    AdminPage("wijziging", _change("partners/pendingchange", "pending_change")),
    AdminPage(
        "lidmaatschappen", lambda data: "/admin/partners/membership/", data_table=True
    ),
    AdminPage("lidmaatschap", _change("partners/membership", "membership")),
    AdminPage(
        "uitnodigingen", lambda data: "/admin/partners/invitation/", data_table=True
    ),
    AdminPage("uitnodiging", _change("partners/invitation", "invitation")),
]


def admin_site_data() -> SimpleNamespace:
    """One of everything the pages above show: a referred report with personal
    data, an organisation with a location, offer, member and invitation, an
    activity in a campaign and a pending change."""
    organization = OrganizationFactory(
        name="Stichting Welzijn Lansingerland en Omstreken"
    )
    location = LocationFactory(organization=organization)
    service = ServiceFactory(organization=organization)
    membership = MembershipFactory(organization=organization)
    invitation = Invitation.objects.create(
        membership=membership,
        token_hash="0" * 64,
        email=membership.user.email,
        expires_at=timezone.now() + datetime.timedelta(days=7),
    )
    report = ReferralFactory(organization=organization).report
    ReporterFactory(report=report, name="Bram Jansen")
    PersonConcernedFactory(report=report)
    start = timezone.localdate() + datetime.timedelta(days=7)
    campaign = CampaignFactory(
        start_date=start, end_date=start + datetime.timedelta(days=20)
    )
    activity = ActivityFactory(
        title="Koffieochtend", location=location, start_date=start, campaigns=[campaign]
    )
    pending_change = PendingChange.objects.create(
        organization=organization,
        target=ChangeTarget.SERVICE,
        service=service,
        data={"name": "Inloop op dinsdag"},
        submitted_by=membership.user,
    )
    return SimpleNamespace(
        organization=organization,
        location=location,
        service=service,
        membership=membership,
        invitation=invitation,
        report=report,
        activity=activity,
        pending_change=pending_change,
    )
