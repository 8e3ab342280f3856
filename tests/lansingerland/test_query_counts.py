"""Every public page costs the same number of SQL queries, however much data.

Each page is requested with little data and with ten times as much; the number
of queries must be equal, and at most ``MAX_QUERIES`` (for a page freshly
rendered, not served from the page cache), so a page never slows down as the
map, the campaigns or the meldpunt grow (no query per organisation, location or
theme).

To add a page, add one line to ``PAGES``: ``{organization}`` and ``{campaign}``
in a URL are filled in with an object of the data set; ``data`` makes it a POST.
"""

import datetime
from dataclasses import dataclass, field

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from meldpunt.constants import ReportKind
from tests.activiteiten.factories import CampaignFactory
from tests.sociale_kaart.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    ServiceScheduleFactory,
    TargetGroupFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

SMALL, LARGE = 3, 30
MAX_QUERIES = 10


@dataclass(frozen=True)
class PageRequest:
    url: str
    data: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return ("POST " if self.data else "GET ") + self.url


REPORT = {
    "kind": ReportKind.QUESTION,
    "message": "Waar kan mijn moeder koffie drinken met anderen?",
    "privacy_consent": "on",
}

PAGES = [
    PageRequest("/"),
    PageRequest("/meldpunt/"),
    PageRequest("/meldpunt/", data=REPORT),
    PageRequest("/sociale-kaart/"),
    PageRequest("/sociale-kaart/?q=koffie+ochtend"),
    PageRequest("/sociale-kaart/?gratis=on&dag=2&kern=bleiswijk"),
    PageRequest("/sociale-kaart/kaart.geojson"),
    PageRequest("/sociale-kaart/kaart/11/1049/676.geojson"),
    PageRequest("/sociale-kaart/kaart/aanbod.json?plek=1&plek=2"),
    PageRequest("/sociale-kaart/{organization.slug}/"),
    PageRequest("/sociale-kaart/open-data/"),
    PageRequest("/activiteiten/"),
    PageRequest("/activiteiten/{campaign.slug}/"),
    PageRequest("/activiteiten/activiteit-voorstellen/"),
    PageRequest("/activiteiten/deze-week/bleiswijk/"),
    PageRequest("/activiteiten/deze-week/bleiswijk/tekst.txt"),
    PageRequest("/manifest/"),
    PageRequest("/privacy/"),
    PageRequest("/toegankelijkheid/"),
    PageRequest("/bestaat-niet/"),
    PageRequest("/admin/login/"),
]


def make_data(size: int) -> dict:
    """``size`` organisations (two locations, two themes, an offer with a
    target group and a weekly period each) and campaigns.

    Campaigns are spread over past, running and upcoming; one report per
    organisation fills the meldpunt.
    """
    from meldpunt.services import report_submit

    themes = [ThemeFactory(), ThemeFactory()]
    organizations = []
    for _ in range(size):
        organization = OrganizationFactory(is_coalition_partner=True)
        organization.themes.set(themes)
        locations = LocationFactory.create_batch(2, organization=organization)
        service = ServiceFactory(
            organization=organization,
            name="Koffieochtend",
            locations=locations,
            is_free=True,
        )
        service.themes.set(themes)
        service.target_groups.set([TargetGroupFactory()])
        ServiceScheduleFactory(service=service, weekday=2)
        organizations.append(organization)
    today = timezone.localdate()
    campaigns = [
        CampaignFactory(start_date=today + datetime.timedelta(days=40 * (i % 3 - 1)))
        for i in range(size)
    ]
    for _ in range(size):
        report_submit(
            kind=ReportKind.SUGGESTION,
            message="Een idee voor de buurt.",
            kern="",
            name="",
            email="",
            phone="",
            privacy_consent=True,
        )
    return {"organization": organizations[0], "campaign": campaigns[0]}


def count_queries(client, request: PageRequest, objects: dict) -> int:
    url = request.url.format(**objects)
    with CaptureQueriesContext(connection) as queries:
        if request.data:
            response = client.post(url, request.data, follow=True)
        else:
            response = client.get(url)
    assert response.status_code in (200, 404), f"{request}: {response.status_code}"
    return len(queries)


@pytest.mark.parametrize("request_", PAGES, ids=str)
def test_query_count_does_not_grow_with_the_data(client, request_):
    small = count_queries(client, request_, make_data(SMALL))
    large = count_queries(client, request_, make_data(LARGE - SMALL))
    assert small == large, (
        f"{request_} used {small} queries with {SMALL} of everything "
        f"and {large} with {LARGE}"
    )
    assert large <= MAX_QUERIES, f"{request_} used {large} queries"
