"""Logins (random usernames too), password resets and join requests are
throttled per client address and per target, with a Dutch 'try again' time."""

import re

import pytest
from django.core import mail
from django.test import Client

from partners.models import JoinRequest

pytestmark = pytest.mark.django_db

HOME = "192.0.2.10"
ELSEWHERE = "198.51.100.20"


def _post(url, data, address=HOME):
    return Client().post(url, data, REMOTE_ADDR=address)


def test_random_usernames_from_one_address_are_throttled():
    statuses = [
        _post(
            "/partner/inloggen/", {"username": f"naam{n}", "password": "x"}
        ).status_code
        for n in range(31)
    ]
    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429
    blocked = _post("/admin/login/", {"username": "nog-een", "password": "x"})
    assert blocked.status_code == 429
    assert re.search(r"Probeer het na \d\d:\d\d opnieuw", blocked.content.decode())
    other = _post("/partner/inloggen/", {"username": "a", "password": "x"}, ELSEWHERE)
    assert other.status_code == 200


def test_password_resets_for_one_mailbox_are_capped(partner):
    partner.email = "linde@partner.example"
    partner.save()
    for number in range(5):
        _post(
            "/partner/wachtwoord-vergeten/",
            {"email": "linde@partner.example"},
            f"192.0.2.{number}",
        )
    assert len([m for m in mail.outbox if m.to == ["linde@partner.example"]]) == 3


def test_join_requests_from_one_address_are_capped():
    for number in range(7):
        _post(
            "/manifest/aanhaken/",
            {
                "kind": "resident",
                "name": "Buurtbewoner",
                "email": f"bewoner{number}@example.nl",
                "privacy_consent": "on",
            },
        )
    assert JoinRequest.objects.count() == 5
    blocked = _post("/manifest/aanhaken/", {"email": "x@example.nl"})
    assert blocked.status_code == 429
    assert "Probeer het na" in blocked.content.decode()
