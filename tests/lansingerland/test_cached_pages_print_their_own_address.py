"""A cached public page gives its real address, for the visitor's host.

The print-only line "Deze pagina op internet:", the JSON-LD "url" and any
other absolute address in a page served from the page cache must name the
host the visitor asked and the page's own path, on the first (rendered) and
the later (cached) answers alike.
"""

import re

import pytest

from tests.activiteiten.factories import ActivityFactory, CampaignFactory
from tests.sociale_kaart.factories import OrganizationFactory, ServiceFactory

pytestmark = pytest.mark.django_db

HOSTS = ("samenaanzet.example", "test.samenaanzet.example")
ADDRESS = re.compile(r'page-address">[^<]*?(https?://[^\s<]*)')
ABSOLUTE = re.compile(r"https?://[^\s\"'<>]*")


@pytest.fixture
def pages(settings):
    settings.ALLOWED_HOSTS = list(HOSTS)
    organization = OrganizationFactory(name="Buurthuis De Kwadraad")
    service = ServiceFactory(organization=organization, name="Koffieochtend")
    campaign = CampaignFactory()
    ActivityFactory(campaigns=[campaign], organizations=[organization])
    return [
        "/",
        "/sociale-kaart/",
        "/sociale-kaart/?q=koffie&kern=",
        organization.get_absolute_url(),
        service.get_absolute_url(),
        campaign.get_absolute_url(),
    ]


def test_every_absolute_address_in_a_cached_page_names_the_visitors_host(client, pages):
    for url in pages:
        for host in HOSTS:
            for answer in ("rendered", "cached"):
                html = client.get(url, HTTP_HOST=host).content.decode()
                where = f"{url} on {host} ({answer})"
                printed = ADDRESS.search(html)
                assert printed, where
                path = url.replace("&", "&amp;")
                assert printed.group(1) == f"http://{host}{path}", where
                own = [
                    address
                    for address in ABSOLUTE.findall(html)
                    if any(f"//{name}" in address for name in HOSTS)
                    or address.startswith("http:///")
                ]
                assert own, where
                for address in own:
                    assert address.startswith(f"http://{host}/"), (where, address)
