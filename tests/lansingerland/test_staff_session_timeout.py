"""A staff session ends after 30 minutes without a request."""

import datetime

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

pytestmark = pytest.mark.django_db


def _stored_session(client) -> Session:
    return Session.objects.get(session_key=client.cookies["sessionid"].value)


def test_each_staff_request_extends_the_session_by_thirty_minutes(coordinator_client):
    assert coordinator_client.get("/admin/").status_code == 200
    remaining = _stored_session(coordinator_client).expire_date - timezone.now()
    assert datetime.timedelta(minutes=29) < remaining <= datetime.timedelta(minutes=30)
    assert coordinator_client.cookies["sessionid"]["max-age"] == 1800


def test_idle_staff_session_has_ended(coordinator_client):
    coordinator_client.get("/admin/")
    session = _stored_session(coordinator_client)
    session.expire_date = timezone.now() - datetime.timedelta(seconds=1)
    session.save()
    response = coordinator_client.get("/admin/meldpunt/report/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_active_staff_session_continues(coordinator_client):
    coordinator_client.get("/admin/")
    session = _stored_session(coordinator_client)
    session.expire_date = timezone.now() + datetime.timedelta(minutes=1)
    session.save()
    assert coordinator_client.get("/admin/meldpunt/report/").status_code == 200


def test_non_staff_sessions_keep_the_default_length(client, django_user_model):
    user = django_user_model.objects.create_user(username="bewoner", password="x")
    client.force_login(user)
    client.get("/")
    remaining = _stored_session(client).expire_date - timezone.now()
    assert remaining > datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE - 60)
