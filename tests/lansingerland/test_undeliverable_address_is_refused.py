"""An address the mail queue cannot send to is refused where it is typed.

Each of these passes Django's EmailValidator, yet the queue (post_office) or
the mail library would refuse it later: over 254 characters, a local part
over 64, a comma or angle brackets (the queue stores a comma-separated list),
control characters.
"""

import pytest
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from lansingerland.mail import mail_queue, validate_deliverable_email
from tests.meldpunt.formdata import report_data
from tests.sociale_kaart.factories import OrganizationFactory

UNDELIVERABLE = [
    "x@" + ("a" * 62 + ".") * 4 + "nl",  # 256 characters
    "a" * 65 + "@example.nl",
    '"jan,piet"@example.nl',
    '"<jan>"@example.nl',
    '"jan\x01"@example.nl',
    '"jan\x7f"@example.nl',
]
DELIVERABLE = [
    "anna.devries@example.nl",
    "x@" + ("a" * 60 + ".") * 4 + "nl",
    "jan@bücher.nl",
    "info+meldpunt@buurthuis-de-linde.nl",
]
MESSAGE = "Dit e-mailadres kunnen wij niet gebruiken"


@pytest.mark.parametrize("address", UNDELIVERABLE)
def test_django_accepts_what_the_queue_refuses(address):
    validate_email(address)
    with pytest.raises(ValidationError):
        validate_deliverable_email(address)


@pytest.mark.parametrize("address", DELIVERABLE)
@pytest.mark.django_db
def test_deliverable_addresses_pass_and_can_be_queued(address, mail_stays_queued):
    validate_deliverable_email(address)
    [queued] = mail_queue(recipients=[address], subject="Test", body="Hallo")
    assert queued.to == [address]


@pytest.mark.parametrize("address", UNDELIVERABLE)
@pytest.mark.django_db
def test_the_resident_gets_a_dutch_error_and_keeps_the_text(client, address):
    response = client.post("/meldpunt/", report_data(step="review", email=address))
    html = response.content.decode()
    assert response.status_code == 200
    assert MESSAGE in html
    assert "Mijn buurvrouw komt sinds de winter" in html


@pytest.mark.parametrize("address", UNDELIVERABLE)
@pytest.mark.django_db
def test_an_organisation_address_is_refused_in_every_form(address):
    organization = OrganizationFactory()
    organization.email = address
    with pytest.raises(ValidationError) as refused:
        organization.full_clean()
    assert MESSAGE in " ".join(refused.value.message_dict["email"])
