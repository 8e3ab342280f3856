"""Choosing a password (invitation, forgotten password): every message is Dutch.

Django 5.2's Dutch catalogue lacks the "too short" message, so a new partner
typing 1234 twice used to read English. The error summary counts the errors.
"""

import re

import pytest
from django.core import mail

from partners.services import membership_invite
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

EMAIL = "bram.jansen@voorbeeld.nl"

#: (password, repeated, the Dutch message a partner sees)
CASES = [
    ("1234", "1234", "Dit wachtwoord is te kort. Gebruik minstens 12 tekens."),
    ("q1w2e3r4t5y6", "q1w2e3r4t5y6", "Dit wachtwoord wordt te vaak gebruikt."),
    ("583920174635281", "583920174635281", "Dit wachtwoord bestaat alleen uit cijfers"),
    ("bram.jansen@voorbeeld", "bram.jansen@voorbeeld", "lijkt te veel op uw"),
    (
        "zonnebloem-koffie-2026",
        "zonnebloem-thee-2026",
        "De twee wachtwoorden zijn niet hetzelfde.",
    ),
]
ENGLISH = ("This password", "password fields", "at least", "too similar", "common")


@pytest.fixture
def invitation_path(django_capture_on_commit_callbacks) -> str:
    with django_capture_on_commit_callbacks(execute=True):
        membership_invite(email=EMAIL, organization=OrganizationFactory())
    return re.search(r"/partner/uitnodiging/[^\s]+/", mail.outbox[-1].body).group(0)


@pytest.fixture
def reset_path(client, django_user_model) -> str:
    django_user_model.objects.create_user(
        username=EMAIL, email=EMAIL, password="een-oud-wachtwoord-2025"
    )
    from tests.partners.factories import MembershipFactory

    MembershipFactory(user=django_user_model.objects.get(email=EMAIL))
    client.post("/partner/wachtwoord-vergeten/", {"email": EMAIL})
    link = re.search(r"/partner/wachtwoord-instellen/\S+/", mail.outbox[-1].body)
    # The link redirects once to a URL without the token in it.
    return client.get(link.group(0), follow=True).redirect_chain[-1][0]


def _check(response, expected: str) -> None:
    html = response.content.decode()
    assert response.status_code == 200
    assert expected in html
    for word in ENGLISH:
        assert word not in html


@pytest.mark.parametrize(("password", "repeated", "expected"), CASES)
def test_invitation_page_says_in_dutch_what_is_wrong(
    client, invitation_path, password, repeated, expected
):
    response = client.post(
        invitation_path, {"new_password1": password, "new_password2": repeated}
    )
    _check(response, expected)


@pytest.mark.parametrize(("password", "repeated", "expected"), CASES)
def test_password_reset_page_says_in_dutch_what_is_wrong(
    client, reset_path, password, repeated, expected
):
    response = client.post(
        reset_path, {"new_password1": password, "new_password2": repeated}
    )
    _check(response, expected)


def test_the_summary_counts_every_error_and_names_the_field(client, invitation_path):
    response = client.post(
        invitation_path, {"new_password1": "1234", "new_password2": "1234"}
    )
    html = response.content.decode()
    # Too short, too common and only digits: three errors on one field.
    assert "Er zijn 3 dingen die u moet verbeteren" in html
    assert "Herhaal het nieuwe wachtwoord: Dit wachtwoord is te kort." in html


def test_the_help_text_under_the_password_is_dutch(client, invitation_path):
    html = client.get(invitation_path).content.decode()
    assert "Gebruik minstens 12 tekens." in html
    assert "Your password" not in html
