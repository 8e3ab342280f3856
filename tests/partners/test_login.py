"""Partners log in at /partner/inloggen/, reset passwords and log out; lockout."""

import re

import pytest
from axes.models import AccessAttempt
from django.core import mail

from tests.partners.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/partner/inloggen/"


def _login(client, username, password, ip="192.0.2.10"):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def test_login_page_is_dutch_and_labelled(client):
    html = client.get(LOGIN).content.decode()
    assert "Inloggen voor partners" in html
    assert 'for="id_username"' in html and "E-mailadres" in html
    assert 'autocomplete="current-password"' in html


def test_partner_logs_in_with_email_and_password(client, partner):
    response = _login(client, "Anna.deVries@voorbeeld.nl", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/partner/"
    assert "Buurthuis De Linde" in client.get("/partner/").content.decode()


def test_wrong_password_gets_a_dutch_message_and_keeps_the_address(client, partner):
    response = _login(client, partner.email, "fout-wachtwoord")
    html = response.content.decode()
    assert response.status_code == 200
    assert "horen niet bij elkaar" in html
    assert 'value="anna.devries@voorbeeld.nl"' in html


def test_repeated_failures_lock_out_that_address_and_username(client, partner):
    for _ in range(5):
        _login(client, partner.email, "fout-wachtwoord")
    response = _login(client, partner.email, PASSWORD)
    assert response.status_code == 429
    assert "Inloggen is even geblokkeerd" in response.content.decode()
    assert AccessAttempt.objects.filter(username=partner.email).exists()


def test_lockout_from_one_address_does_not_lock_out_the_partner_elsewhere(
    client, partner
):
    for _ in range(5):
        _login(client, partner.email, "fout-wachtwoord", ip="198.51.100.7")
    response = _login(client, partner.email, PASSWORD, ip="192.0.2.10")
    assert response.status_code == 302


def test_session_expires_after_a_working_day_and_at_browser_close(client, partner):
    _login(client, partner.email, PASSWORD)
    assert client.session.get_expiry_age() <= 8 * 60 * 60
    assert client.session.get_expire_at_browser_close()


def test_logout_ends_the_session(partner_client):
    response = partner_client.post("/partner/uitloggen/")
    assert "U bent uitgelogd" in response.content.decode()
    assert partner_client.get("/partner/").status_code == 302


def test_password_reset_mails_a_link_that_sets_a_new_password(client, partner):
    response = client.post(
        "/partner/wachtwoord-vergeten/", {"email": partner.email}, follow=True
    )
    assert "Kijk in uw mail" in response.content.decode()
    assert len(mail.outbox) == 1
    link = re.search(
        r"http://testserver(/partner/wachtwoord-instellen/\S+/)", mail.outbox[0].body
    )
    assert link, mail.outbox[0].body
    form = client.get(link.group(1), follow=True)
    assert "Nieuw wachtwoord kiezen" in form.content.decode()
    new = "tulpen-en-koffie-2026"
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": new, "new_password2": new},
        follow=True,
    )
    assert "Uw nieuwe wachtwoord is opgeslagen" in done.content.decode()
    partner.refresh_from_db()
    assert partner.check_password(new)


def test_password_reset_for_an_unknown_address_says_the_same_and_sends_nothing(client):
    response = client.post(
        "/partner/wachtwoord-vergeten/", {"email": "onbekend@voorbeeld.nl"}, follow=True
    )
    assert "Kijk in uw mail" in response.content.decode()
    assert mail.outbox == []
