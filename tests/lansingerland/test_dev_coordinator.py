import pytest
from django.core.management import CommandError, call_command
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True)
def test_printed_credentials_open_the_admin(capsys):
    call_command("create_dev_coordinator")
    out = capsys.readouterr().out
    password = out.split("password '")[1].split("'")[0]
    client = Client()
    # django-axes needs a request, so log in through the form, not client.login().
    response = client.post(
        "/admin/login/", {"username": "coordinator", "password": password}
    )
    assert response.status_code == 302
    assert client.get("/admin/meldpunt/report/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403


@override_settings(DEBUG=False)
def test_refused_in_production():
    with pytest.raises(CommandError):
        call_command("create_dev_coordinator")
