"""Gate: behind the trusted proxy every limit and lockout is per real client;
a forged X-Forwarded-For from outside the proxy changes nothing; the counts
keep a fixed hour and survive any cache traffic."""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from lansingerland.models import ThrottleCount
from meldpunt.models import Report
from tests.lansingerland.staff import login_form
from tests.meldpunt.formdata import report_data

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
OUTSIDE = "203.0.113.5"
LIBRARY = "192.0.2.10"
NURSES = "198.51.100.20"


@pytest.fixture(autouse=True)
def _proxy(settings):
    settings.TRUSTED_PROXIES = [PROXY]
    settings.MELDPUNT_SUBMISSIONS_PER_HOUR = 3
    settings.COALITION_PHONE = "010 123 45 67"
    settings.COALITION_EMAIL = "meldpunt@samenaanzet.example"


def _via_proxy(client_address: str) -> dict:
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": client_address}


def _report(**meta):
    return Client().post("/meldpunt/", report_data(), **meta)


def test_clients_behind_the_proxy_have_separate_meldpunt_limits():
    for _ in range(3):
        assert _report(**_via_proxy(LIBRARY)).status_code == 302
    blocked = _report(**_via_proxy(LIBRARY))
    assert blocked.status_code == 429
    html = blocked.content.decode()
    assert "010 123 45 67" in html and "meldpunt@samenaanzet.example" in html
    assert re.search(r"Probeer het na \d\d:\d\d opnieuw", html)
    assert "Els Bakker" in html  # what was typed stays in the form
    assert _report(**_via_proxy(NURSES)).status_code == 302
    assert Report.objects.count() == 4


def test_a_forged_forwarded_header_from_outside_the_proxy_changes_nothing():
    for number in range(3):
        forged = {"REMOTE_ADDR": OUTSIDE, "HTTP_X_FORWARDED_FOR": f"192.0.2.{number}"}
        assert _report(**forged).status_code == 302
    forged = {"REMOTE_ADDR": OUTSIDE, "HTTP_X_FORWARDED_FOR": "192.0.2.99"}
    assert _report(**forged).status_code == 429


def test_a_client_cannot_slip_an_address_in_front_of_the_proxys_entry():
    for number in range(3):
        spoofed = _via_proxy(f"192.0.2.{number}, {LIBRARY}")
        assert _report(**spoofed).status_code == 302
    assert _report(**_via_proxy(f"192.0.2.77, {LIBRARY}")).status_code == 429


def test_extra_attempts_do_not_extend_the_hour_and_cache_traffic_does_not_reset_it():
    for _ in range(3):
        _report(**_via_proxy(LIBRARY))
    first = _report(**_via_proxy(LIBRARY)).content.decode()
    for number in range(400):
        cache.set(f"page-{number}", "x" * 100)
    cache.clear()
    again = _report(**_via_proxy(LIBRARY)).content.decode()
    pattern = r"Probeer het na (\d\d:\d\d) opnieuw"
    assert re.search(pattern, first).group(1) == re.search(pattern, again).group(1)
    assert ThrottleCount.objects.get(scope="meldpunt-report").count == 3


def test_a_nurses_office_is_not_stopped_by_normal_use(settings):
    settings.MELDPUNT_SUBMISSIONS_PER_HOUR = 20
    for _ in range(8):
        assert _report(**_via_proxy(NURSES)).status_code == 302


def test_login_lockouts_are_per_client_behind_the_proxy(coordinator):
    for _ in range(5):
        Client().post(
            "/admin/login/",
            login_form("coordinator", "wrong-password"),
            **_via_proxy(LIBRARY),
        )
    locked = Client().post(
        "/admin/login/", login_form("coordinator", "wrong"), **_via_proxy(LIBRARY)
    )
    assert locked.status_code == 429
    other = Client().post(
        "/admin/login/", login_form("coordinator", "wrong"), **_via_proxy(NURSES)
    )
    assert other.status_code == 200


def test_login_lockout_ignores_a_forged_header_from_outside(coordinator):
    for number in range(5):
        Client().post(
            "/admin/login/",
            login_form("coordinator", "wrong-password"),
            REMOTE_ADDR=OUTSIDE,
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}",
        )
    locked = Client().post(
        "/admin/login/",
        login_form("coordinator", "wrong"),
        REMOTE_ADDR=OUTSIDE,
        HTTP_X_FORWARDED_FOR="192.0.2.200",
    )
    assert locked.status_code == 429
