"""Wrong passwords lock out that username from that address, nothing more."""

import pytest
from django.test import Client, override_settings
from django.test.client import RequestFactory

from lansingerland.security import client_ip
from tests.lansingerland.staff import add_authenticator_app, current_code, login_form

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"
HOME = "192.0.2.10"
ELSEWHERE = "198.51.100.20"


def _post(client: Client, address: str, username: str, password: str, code=""):
    return client.post(
        "/admin/login/",
        login_form(username, password, code),
        REMOTE_ADDR=address,
    )


@pytest.fixture
def app(coordinator):
    return add_authenticator_app(coordinator)


def _five_wrong_passwords(address: str = HOME, username: str = "coordinator"):
    for _ in range(5):
        _post(Client(), address, username, "wrong-password")


def test_four_wrong_passwords_do_not_lock_out(app):
    for _ in range(4):
        _post(Client(), HOME, "coordinator", "wrong-password")
    response = _post(Client(), HOME, "coordinator", PASSWORD, current_code(app))
    assert response.status_code == 302


def test_five_wrong_passwords_lock_that_user_out_from_that_address(app):
    _five_wrong_passwords()
    response = _post(Client(), HOME, "coordinator", PASSWORD, current_code(app))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Te vaak geprobeerd in te loggen" in html
    assert "Probeer het over 15 minuten opnieuw." in html


def test_same_user_from_another_address_can_still_log_in(app):
    _five_wrong_passwords()
    response = _post(Client(), ELSEWHERE, "coordinator", PASSWORD, current_code(app))
    assert response.status_code == 302


def test_another_user_from_the_same_address_can_still_log_in(app, django_user_model):
    other = django_user_model.objects.create_user(
        username="anna", password=PASSWORD, is_staff=True
    )
    other_app = add_authenticator_app(other)
    _five_wrong_passwords()
    response = _post(Client(), HOME, "anna", PASSWORD, current_code(other_app))
    assert response.status_code == 302


def test_wrong_codes_count_like_wrong_passwords(app):
    for _ in range(5):
        _post(Client(), HOME, "coordinator", PASSWORD, "000000")
    response = _post(Client(), HOME, "coordinator", PASSWORD, current_code(app))
    assert response.status_code == 429


@override_settings(TRUSTED_PROXIES=["10.0.0.2"])
def test_behind_a_proxy_the_forwarded_client_address_counts():
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"1.2.3.4, {HOME}"
    )
    assert client_ip(request) == HOME


@override_settings(TRUSTED_PROXIES=[])
def test_without_a_proxy_a_forged_forwarded_header_is_ignored():
    request = RequestFactory().get(
        "/", REMOTE_ADDR=HOME, HTTP_X_FORWARDED_FOR="203.0.113.99"
    )
    assert client_ip(request) == HOME


def test_lockout_is_logged_without_username_or_address(app, caplog):
    _five_wrong_passwords()
    caplog.clear()
    _post(Client(), HOME, "coordinator", PASSWORD, current_code(app))
    messages = [record.getMessage() for record in caplog.records]
    assert "event=login_lockout path=/admin/login/" in messages
    assert not [m for m in messages if "coordinator" in m or HOME in m]
