"""Every organisation and offer page tells a resident how to get in touch.

Was: on the real data 20 of 22 pages without contact details ended with "Neem
contact op met de organisatie" and nothing to contact. Where an organisation
or offer has no phone, e-mail or website, the page says so plainly and points
to the meldpunt's mailbox (and phone when set).
"""

import re

import pytest
from django.test import Client

from lansingerland.models import SiteContact
from lansingerland.selectors import site_contact_forget
from sociale_kaart.selectors import organizations_published, services_published
from tests.sociale_kaart.factories import OrganizationFactory, ServiceFactory

pytestmark = pytest.mark.django_db

WAY_IN = re.compile(r'href="(mailto:|tel:|https?://(?!testserver))')


def _main(html: str) -> str:
    return html.split('<main id="inhoud"')[1].split("</main>")[0]


def test_every_page_of_the_real_data_gives_a_way_to_get_in_touch(real_data):
    resident = Client()
    urls = [o.get_absolute_url() for o in organizations_published()]
    urls += [s.get_absolute_url() for s in services_published()]
    assert urls
    for url in urls:
        main = _main(resident.get(url).content.decode())
        assert WAY_IN.search(main), url


@pytest.mark.parametrize("phone", ["", "010 123 45 67"])
def test_without_contact_details_the_meldpunt_puts_you_in_touch(phone):
    SiteContact.objects.create(email="meldpunt@voorbeeld.nl", phone=phone)
    site_contact_forget()
    organization = OrganizationFactory(
        name="Buurtkring Het Anker", phone="", email="", website=""
    )
    offer = ServiceFactory(
        organization=organization,
        name="Wandelgroep",
        phone="",
        email="",
        how_to_join="",
    )
    resident = Client()
    for url, none_known in (
        (organization.get_absolute_url(), "Van deze organisatie hebben wij geen"),
        (offer.get_absolute_url(), "Van dit aanbod hebben wij geen"),
    ):
        main = _main(resident.get(url).content.decode())
        assert none_known in main, url
        assert "telefoonnummer, e-mailadres of website" in main, url
        assert "Het meldpunt van Samen aan zet brengt u in contact" in main, url
        assert 'href="mailto:meldpunt@voorbeeld.nl"' in main, url
        assert ('href="tel:+31101234567"' in main) == bool(phone), url
    main = _main(resident.get(offer.get_absolute_url()).content.decode())
    assert "Neem contact op met de organisatie" not in main
