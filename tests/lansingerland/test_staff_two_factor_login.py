"""Staff reach the admin only with their password and a second factor."""

import re

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from lansingerland.services import staff_backup_tokens_reset
from tests.lansingerland.staff import add_authenticator_app, current_code, login_form

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


def test_password_and_app_code_open_the_admin(client, coordinator):
    app = add_authenticator_app(coordinator)
    response = client.post(
        "/admin/login/", login_form("coordinator", PASSWORD, current_code(app))
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/meldpunt/report/").status_code == 200


def test_password_without_code_is_refused_with_a_dutch_message(client, coordinator):
    add_authenticator_app(coordinator)
    response = client.post("/admin/login/", login_form("coordinator", PASSWORD))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vul de code uit uw authenticator-app of een reservecode in." in html
    assert 'href="#id_otp_token"' in html
    assert client.get("/admin/meldpunt/report/").status_code == 302


def test_wrong_code_is_refused(client, coordinator):
    app = add_authenticator_app(coordinator)
    wrong = f"{(int(current_code(app)) + 1) % 1_000_000:06d}"
    response = client.post("/admin/login/", login_form("coordinator", PASSWORD, wrong))
    assert "Deze code klopt niet" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_backup_code_works_once(coordinator):
    add_authenticator_app(coordinator)
    code = staff_backup_tokens_reset(user=coordinator)[0]
    first, second = Client(), Client()
    response = first.post(
        "/admin/login/", login_form("coordinator", PASSWORD, code.upper())
    )
    assert response.status_code == 302
    response = second.post("/admin/login/", login_form("coordinator", PASSWORD, code))
    assert response.status_code == 200
    assert "al gebruikt" in response.content.decode()


def test_session_without_second_factor_is_kept_out(client, coordinator):
    add_authenticator_app(coordinator)
    client.force_login(coordinator)
    response = client.get("/admin/meldpunt/report/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_code_from_another_users_app_is_refused(client, coordinator, django_user_model):
    add_authenticator_app(coordinator)
    other = django_user_model.objects.create_user(
        username="anna", password=PASSWORD, is_staff=True
    )
    other_app = add_authenticator_app(other)
    response = client.post(
        "/admin/login/", login_form("coordinator", PASSWORD, current_code(other_app))
    )
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_staff_without_app_is_led_to_set_one_up(client, coordinator):
    response = client.post("/admin/login/", login_form("coordinator", PASSWORD))
    assert response.status_code == 302
    assert response["Location"] == "/beheer/tweestapsverificatie/"
    assert client.get("/admin/meldpunt/report/").status_code == 302
    page = client.get("/beheer/tweestapsverificatie/").content.decode()
    assert "Tweestapsverificatie instellen" in page
    assert 'src="data:image/svg+xml;base64,' in page


def test_setting_up_the_app_opens_the_admin_and_shows_backup_codes(client, coordinator):
    client.post("/admin/login/", login_form("coordinator", PASSWORD))
    client.get("/beheer/tweestapsverificatie/")
    app = TOTPDevice.objects.get(user=coordinator, confirmed=False)

    wrong = f"{(int(current_code(app)) + 1) % 1_000_000:06d}"
    response = client.post("/beheer/tweestapsverificatie/", {"otp_token": wrong})
    assert "Deze code klopt niet" in response.content.decode()
    assert client.get("/admin/").status_code == 302
    response = client.post(
        "/beheer/tweestapsverificatie/", {"otp_token": current_code(app)}
    )
    assert "Te veel verkeerde codes achter elkaar" in response.content.decode()

    # A few seconds later (django-otp throttles 1, 2, 4… seconds):
    TOTPDevice.objects.filter(pk=app.pk).update(throttling_failure_timestamp=None)
    response = client.post(
        "/beheer/tweestapsverificatie/", {"otp_token": current_code(app)}
    )
    codes = re.findall(r"<code>([a-z2-7]{8})</code>", response.content.decode())
    assert len(codes) == 10
    assert client.get("/admin/meldpunt/report/").status_code == 200

    fresh = Client()
    response = fresh.post("/admin/login/", login_form("coordinator", PASSWORD))
    assert response.status_code == 200, "a password alone no longer suffices"
    response = fresh.post(
        "/admin/login/", login_form("coordinator", PASSWORD, codes[0])
    )
    assert response.status_code == 302


def test_setup_page_is_closed_to_visitors_and_to_unverified_staff(client, coordinator):
    response = client.get("/beheer/tweestapsverificatie/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")

    add_authenticator_app(coordinator)
    client.force_login(coordinator)
    response = client.get("/beheer/tweestapsverificatie/")
    assert response.status_code == 302
    assert TOTPDevice.objects.filter(user=coordinator).count() == 1


def test_non_staff_cannot_log_in(client, django_user_model):
    django_user_model.objects.create_user(username="bewoner", password=PASSWORD)
    response = client.post("/admin/login/", login_form("bewoner", PASSWORD))
    assert response.status_code == 200
    assert client.get("/beheer/tweestapsverificatie/").status_code == 302
