"""A referral handler's outcome typed while the session ran out is not lost:
after logging in again (password and app code) it is back in the form, not
yet saved, and the URL never holds it."""

import datetime
from urllib.parse import unquote

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from tests.conftest import otp_verify
from tests.partners.factories import PASSWORD

from .helpers import detail

pytestmark = pytest.mark.django_db

NOTE = "Mevrouw Bakker doet vanaf dinsdag mee met de wandelgroep."


def _send_outcome_after_the_end(client, referral) -> str:
    assert client.get(detail(referral)).status_code == 200
    Session.objects.filter(session_key=client.cookies["sessionid"].value).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )
    response = client.post(
        detail(referral),
        {
            "action": "outcome",
            "outcome-outcome": "help-accepted",
            "outcome-note": NOTE,
            "csrfmiddlewaretoken": "x" * 64,
        },
    )
    assert response.status_code == 302
    return response["Location"]


def test_the_outcome_comes_back_after_password_and_app_code(
    handler_client, handler, own
):
    login = _send_outcome_after_the_end(handler_client, own)
    assert login.startswith("/partner/inloggen/?next=")
    assert "wandelgroep" not in unquote(login) and "Bakker" not in unquote(login)
    own.refresh_from_db()
    assert own.status != "completed"

    # Logging in with the password alone leads to the app code first: the
    # draft waits for it.
    fresh = Client()
    response = fresh.post(
        login, {"username": handler.email, "password": PASSWORD}, follow=False
    )
    back = unquote(login.split("next=", 1)[1])
    assert response["Location"] == back
    second_step = fresh.get(back)
    assert second_step.status_code == 302
    assert second_step["Location"].startswith("/partner/tweestaps/?next=")
    otp_verify(fresh, handler)
    html = fresh.get(back).content.decode()
    assert NOTE in html
    assert "nog niet opgeslagen" in html
    assert 'value="help-accepted" selected' in html
    own.refresh_from_db()
    assert own.status != "completed"


def test_a_forged_post_without_a_token_keeps_nothing(own):
    client = Client(enforce_csrf_checks=True)
    response = client.post(detail(own), {"action": "outcome", "outcome-note": NOTE})
    assert "concept" not in response.get("Location", "")
