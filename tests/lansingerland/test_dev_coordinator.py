import re

import pytest
from django.core.management import CommandError, call_command
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


def _printed_credentials(out: str) -> dict[str, str]:
    return dict(re.findall(r"(username|password|backup code) '([^']+)'", out))


@override_settings(DEBUG=True)
def test_printed_credentials_and_backup_code_open_the_admin(capsys):
    call_command("create_dev_coordinator")
    printed = _printed_credentials(capsys.readouterr().out)
    client = Client()
    response = client.post(
        "/admin/login/",
        {
            "username": printed["username"],
            "password": printed["password"],
            "otp_token": printed["backup code"],
            "next": "/admin/",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/meldpunt/report/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403


@override_settings(DEBUG=True)
def test_printed_password_alone_does_not_open_the_admin(capsys):
    call_command("create_dev_coordinator")
    printed = _printed_credentials(capsys.readouterr().out)
    client = Client()
    response = client.post(
        "/admin/login/",
        {"username": printed["username"], "password": printed["password"]},
    )
    assert response.status_code == 200
    assert "Vul de code uit uw authenticator-app" in response.content.decode()
    assert client.get("/admin/meldpunt/report/").status_code == 302


@override_settings(DEBUG=False)
def test_refused_in_production():
    with pytest.raises(CommandError):
        call_command("create_dev_coordinator")
