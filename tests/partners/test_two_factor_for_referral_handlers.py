"""Referral handlers see personal data, so they log in with a code from an app."""

import datetime
import time

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from partners.constants import MembershipRole
from partners.models import Membership
from tests.partners.factories import PASSWORD, MembershipFactory

pytestmark = pytest.mark.django_db


def _code(device: TOTPDevice, *, offset: int = 0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + offset
    return f"{totp.token():06d}"


def _login(client, user):
    return client.post(
        "/partner/inloggen/", {"username": user.email, "password": PASSWORD}
    )


@pytest.fixture
def handler(partner):
    organization = Membership.objects.get(user=partner).organization
    return MembershipFactory(
        organization=organization,
        role=MembershipRole.REFERRAL_HANDLER,
        user__email="bram.jansen@voorbeeld.nl",
    ).user


def test_an_editor_needs_no_second_factor(client, partner):
    _login(client, partner)
    assert client.get("/partner/").status_code == 200


def test_a_referral_handler_first_links_an_app(client, handler):
    _login(client, handler)
    response = client.get("/partner/", follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0].startswith("/partner/tweestaps/instellen/")
    assert "<svg" in html and 'class="otp-secret"' in html
    device = TOTPDevice.objects.get(user=handler)
    assert not device.confirmed
    wrong = client.post(
        "/partner/tweestaps/instellen/", {"token": "000000", "next": "/partner/"}
    )
    assert "Deze code klopt niet" in wrong.content.decode()
    device.throttle_reset()
    done = client.post(
        "/partner/tweestaps/instellen/", {"token": _code(device), "next": "/partner/"}
    )
    assert done["Location"] == "/partner/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/partner/").status_code == 200


@pytest.fixture
def linked(handler):
    device = TOTPDevice.objects.create(user=handler, name="app", confirmed=True)
    return device


def test_next_login_asks_for_the_code_before_any_partner_page(client, handler, linked):
    _login(client, handler)
    response = client.get("/partner/")
    assert response["Location"].startswith("/partner/tweestaps/?next=")
    html = client.get(response["Location"]).content.decode()
    assert "Tweede stap" in html


def test_a_wrong_code_keeps_the_handler_out(client, handler, linked):
    _login(client, handler)
    response = client.post("/partner/tweestaps/", {"token": "123456"})
    assert "Deze code klopt niet" in response.content.decode()
    assert client.get("/partner/").status_code == 302


def test_the_right_code_lets_the_handler_in(client, handler, linked):
    _login(client, handler)
    response = client.post(
        "/partner/tweestaps/", {"token": _code(linked), "next": "/partner/"}
    )
    assert response["Location"] == "/partner/"
    assert client.get("/partner/").status_code == 200


def test_letters_in_the_code_get_a_dutch_message(client, handler, linked):
    _login(client, handler)
    response = client.post("/partner/tweestaps/", {"token": "12ab56"})
    assert "alleen uit cijfers" in response.content.decode()


def test_with_a_linked_app_a_new_app_cannot_be_linked(client, handler, linked):
    _login(client, handler)
    response = client.get("/partner/tweestaps/instellen/")
    assert response["Location"].startswith("/partner/tweestaps/")
    assert TOTPDevice.objects.filter(user=handler).count() == 1


def test_next_cannot_send_the_handler_to_another_site(client, handler, linked):
    _login(client, handler)
    response = client.post(
        "/partner/tweestaps/",
        {"token": _code(linked), "next": "https://kwaad.example/"},
    )
    assert response["Location"] == "/partner/"


def test_anonymous_visitor_cannot_open_the_two_factor_pages(client):
    assert client.get("/partner/tweestaps/")["Location"] == "/partner/inloggen/"
    assert client.get("/partner/tweestaps/instellen/")["Location"] == (
        "/partner/inloggen/"
    )
    assert not TOTPDevice.objects.exists()


def test_right_after_a_wrong_code_tries_are_slowed_down(client, handler, linked):
    _login(client, handler)
    client.post("/partner/tweestaps/", {"token": "123456"})
    response = client.post("/partner/tweestaps/", {"token": _code(linked)})
    assert "Te veel verkeerde codes" in response.content.decode()
    assert client.get("/partner/").status_code == 302


def _session_left(client) -> datetime.timedelta:
    session = Session.objects.get(session_key=client.cookies["sessionid"].value)
    return session.expire_date - timezone.now()


def test_a_handler_session_ends_after_thirty_idle_minutes(client, handler, linked):
    # Handlers see reporters' personal data: their session ends like staff's.
    _login(client, handler)
    client.post("/partner/tweestaps/", {"token": _code(linked), "next": "/partner/"})
    assert client.get("/partner/").status_code == 200
    assert _session_left(client) <= datetime.timedelta(minutes=30)
    session = Session.objects.get(session_key=client.cookies["sessionid"].value)
    session.expire_date = timezone.now() - datetime.timedelta(seconds=1)
    session.save()
    assert client.get("/partner/")["Location"].startswith("/partner/inloggen/")


def test_an_editor_session_lasts_the_working_day(client, partner):
    _login(client, partner)
    assert client.get("/partner/").status_code == 200
    assert _session_left(client) > datetime.timedelta(hours=7)
