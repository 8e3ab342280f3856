"""A description with one very long word (a pasted link, a typing slip) never
makes a page wider than a 320 CSS px screen: not on the public organisation,
offer, activity and search pages, nor in the partner's preview."""

import pytest
from django.conf import settings
from django.test import Client

from tests.activiteiten.factories import ActivityFactory
from tests.partners.factories import MembershipFactory
from tests.sociale_kaart.factories import ServiceFactory

pytestmark = pytest.mark.django_db(transaction=True)

LONG_WORD = "eenzaamheid" * 450  # 4,950 characters without a space

NARROW = {"viewport": {"width": 320, "height": 640}, "device_scale_factor": 1}
WIDTH = (
    "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
)


@pytest.fixture
def long_texts(db):
    offer = ServiceFactory(name="Koffie-inloop", description=f"Welkom. {LONG_WORD}")
    organization = offer.organization
    organization.description = f"Wij zijn er voor u. {LONG_WORD}"
    organization.save()
    activity = ActivityFactory(
        title="Breiclub",
        slug="breiclub",
        description=f"Samen breien. {LONG_WORD}",
        location=offer.locations.get(),
    )
    return organization, offer, activity


@pytest.mark.parametrize("browser_context_options", [NARROW], ids=["320px"])
@pytest.mark.parametrize("which", ["organisatie", "aanbod", "activiteit", "zoeken"])
def test_public_pages_stay_320_px_wide(page, long_texts, which):
    organization, offer, activity = long_texts
    path = {
        "organisatie": organization.get_absolute_url(),
        "aanbod": offer.get_absolute_url(),
        "activiteit": activity.get_absolute_url(),
        "zoeken": "/sociale-kaart/",
    }[which]
    page.goto(path)
    page.wait_for_load_state("networkidle")
    assert LONG_WORD[:50] in page.content()
    scroll_width, client_width = page.evaluate(WIDTH)
    assert scroll_width <= client_width, f"{path} is {scroll_width} px wide"


@pytest.mark.parametrize("browser_context_options", [NARROW], ids=["320px"])
def test_partner_preview_stays_320_px_wide(page, live_server, long_texts):
    organization = long_texts[0]
    user = MembershipFactory(organization=organization).user
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    page.goto(f"/partner/organisatie/{organization.pk}/wijzigen/")
    with page.expect_navigation():
        page.get_by_role("button", name="Voorbeeld bekijken").click()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Wij zijn er voor u.").count() >= 1
    scroll_width, client_width = page.evaluate(WIDTH)
    assert scroll_width <= client_width, f"the preview is {scroll_width} px wide"
