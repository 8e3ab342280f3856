"""The partner area shows what fits the member: a referral handler's dashboard
talks about referrals, the member menu waits for the second factor, and a
message after saving appears once."""

import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from partners.constants import MembershipRole
from partners.models import Membership
from tests.partners.factories import PASSWORD, MembershipFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

EDITOR_INTRO = "Houd hier de gegevens van uw organisatie op de sociale kaart actueel."
NOTHING_TO_EDIT = "U kunt op dit moment geen organisatie bewerken."


@pytest.fixture
def handler():
    return MembershipFactory(
        organization=OrganizationFactory(name="Welzijn Lansingerland"),
        role=MembershipRole.REFERRAL_HANDLER,
        user__email="bram.jansen@voorbeeld.nl",
    ).user


@pytest.fixture
def device(handler):
    return TOTPDevice.objects.create(user=handler, name="app", confirmed=True)


def _code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():06d}"


def _login(client, user) -> None:
    client.post("/partner/inloggen/", {"username": user.email, "password": PASSWORD})


def test_a_handler_only_reads_about_referrals(client, handler, device):
    _login(client, handler)
    client.post("/partner/tweestaps/", {"token": _code(device), "next": "/partner/"})
    html = client.get("/partner/").content.decode()
    assert "Hier ziet u die doorverwijzingen." in html
    assert EDITOR_INTRO not in html
    assert NOTHING_TO_EDIT not in html


def test_an_editor_reads_about_keeping_the_listing_current(partner_client):
    html = partner_client.get("/partner/").content.decode()
    assert EDITOR_INTRO in html
    assert "Hier ziet u die doorverwijzingen." not in html


def test_the_member_menu_is_hidden_before_the_code_is_typed(client, handler, device):
    _login(client, handler)
    html = client.get("/partner/tweestaps/").content.decode()
    assert "Tweede stap" in html
    assert "Mijn organisaties" not in html
    assert 'href="/partner/doorverwijzingen/"' not in html
    assert "Uitloggen" in html


def test_the_member_menu_appears_after_the_code(client, handler, device):
    _login(client, handler)
    client.post("/partner/tweestaps/", {"token": _code(device), "next": "/partner/"})
    html = client.get("/partner/").content.decode()
    assert "Mijn organisaties" in html
    assert 'href="/partner/doorverwijzingen/"' in html


def test_a_message_after_saving_is_shown_once(partner_client, partner):
    organization = Membership.objects.get(user=partner).organization
    response = partner_client.post(
        f"/partner/organisatie/{organization.pk}/bevestigen/", follow=True
    )
    html = response.content.decode()
    assert html.count("De gegevens staan als gecontroleerd op de site.") == 1
