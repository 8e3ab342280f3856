"""Every response carries the security headers; http is sent to https."""

import pytest
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


@override_settings(SECURE_SSL_REDIRECT=True)
def test_plain_http_is_redirected_to_https(client):
    response = client.get("/meldpunt/?kern=bleiswijk")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/meldpunt/?kern=bleiswijk"


@override_settings(SECURE_SSL_REDIRECT=True)
def test_health_check_answers_over_plain_http_for_the_load_balancer(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok"


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_https_responses_tell_browsers_to_stay_on_https_without_preload(client):
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains"
    )


def test_pages_cannot_be_framed_and_leak_no_referrer_or_features(client):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_session_cookie_is_http_only(coordinator_client):
    response = coordinator_client.get("/admin/")
    assert response.status_code == 200
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


@override_settings(SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True)
def test_cookies_are_https_only_when_configured_so(coordinator_client):
    response = coordinator_client.get("/admin/", secure=True)
    assert response.cookies["sessionid"]["secure"] is True
    form = Client().get("/admin/login/", secure=True)
    assert form.cookies["csrftoken"]["secure"] is True
