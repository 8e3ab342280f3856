"""A resident sends a question, worry or idea through /meldpunt/."""

import re

import pytest

from meldpunt.constants import REFERENCE_ALPHABET
from meldpunt.models import Report, Reporter
from tests.meldpunt.formdata import report_data

pytestmark = pytest.mark.django_db

URL = "/meldpunt/"


def valid_data(**overrides):
    return report_data(**overrides)


def test_form_shows_fields_and_emergency_numbers(client):
    response = client.get(URL, {"soort": "concern"})
    html = response.content.decode()
    assert response.status_code == 200
    for label in ("Uw bericht", "Uw e-mailadres", "Over welke woonplaats gaat het?"):
        assert label in html
    assert 'href="tel:112"' in html
    assert 'href="tel:113"' in html
    assert "Luisterlijn" in html


def test_valid_report_is_stored_and_confirmed_with_its_reference(client):
    response = client.post(URL, valid_data(), follow=True)
    report = Report.objects.get()
    assert response.redirect_chain[-1][0] == "/meldpunt/ontvangen/"
    assert report.formatted_reference in response.content.decode()
    assert report.kind == "concern" and report.kern == "bleiswijk"
    assert report.status == "new" and report.channel == "web"
    assert report.privacy_consent_at is not None
    reporter = report.reporter
    assert reporter.email == "anna.devries@example.nl"
    assert reporter.phone == "+31612345678"
    assert "werkdagen" in response.content.decode()


def test_reference_is_random_and_easy_to_read_out(client):
    for _ in range(5):
        client.post(URL, valid_data())
    references = list(Report.objects.values_list("reference", flat=True))
    assert len(set(references)) == 5
    for reference in references:
        assert re.fullmatch(f"[{REFERENCE_ALPHABET}]{{8}}", reference)


def test_report_without_contact_details_has_no_reporter(client):
    client.post(URL, valid_data(name="", email="", phone=""))
    assert Report.objects.count() == 1
    assert Reporter.objects.count() == 0


def test_post_without_consent_is_refused_and_keeps_what_was_typed(client):
    data = valid_data()
    del data["privacy_consent"]
    response = client.post(URL, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert Report.objects.count() == 0
    assert "akkoord gaan met de privacyverklaring" in html
    summary = html.split('id="foutmeldingen"')[0].rsplit("<div", 1)[1]
    assert 'role="alert"' in summary and 'tabindex="-1"' in summary
    assert "autofocus" in html.split('id="foutmeldingen"')[1].split(">")[0]
    assert "Mijn buurvrouw komt sinds de winter de deur niet meer uit." in html
    assert 'value="Anna de Vries"' in html


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("message", "   ", "Schrijf hier uw vraag, zorg of idee."),
        ("kind", "", "Kies waar uw melding over gaat."),
        ("kind", "spam", "Deze keuze bestaat niet. Kies waar uw melding over gaat."),
        ("email", "anna@", "Vul een e-mailadres in zoals naam@voorbeeld.nl."),
        ("phone", "12345", "Dit telefoonnummer klopt niet."),
        ("kern", "rotterdam", "Deze keuze bestaat niet (meer)."),
    ],
)
def test_invalid_input_gets_a_dutch_message_linked_to_its_field(
    client, field, value, message
):
    response = client.post(URL, valid_data(**{field: value}))
    html = response.content.decode()
    assert response.status_code == 200
    assert Report.objects.count() == 0
    assert message in html
    assert re.search(rf'<a href="#id_{field}(_0)?">', html)
    assert "Mijn buurvrouw" in html or field == "message"


@pytest.mark.parametrize(
    "typed",
    ["06-12345678", "06 123 456 78", "+31 (0)6 12345678", "0031612345678"],
)
def test_common_ways_of_typing_a_mobile_number_are_accepted(client, typed):
    client.post(URL, valid_data(phone=typed))
    assert Reporter.objects.get().phone == "+31612345678"


def test_landline_number_is_accepted(client):
    client.post(URL, valid_data(phone="010-1234567"))
    assert Reporter.objects.get().phone == "+31101234567"


def test_confirmation_page_is_only_for_the_sender(client):
    client.post(URL, valid_data())
    other = type(client)()
    response = other.get("/meldpunt/ontvangen/")
    assert response.status_code == 302
    assert response["Location"] == URL


def test_new_form_after_sending_is_empty(client):
    client.post(URL, valid_data())
    html = client.get(URL, {"soort": "concern"}).content.decode()
    assert "Anna de Vries" not in html
    assert "Mijn buurvrouw" not in html


@pytest.mark.parametrize("forged", ["nee", "no", "false", "0", ""])
def test_consent_counts_only_when_the_box_is_ticked(client, forged):
    response = client.post(URL, valid_data(privacy_consent=forged))
    assert Report.objects.count() == 0
    assert "akkoord gaan met de privacyverklaring" in response.content.decode()


def test_sharing_details_needs_a_real_tick(client):
    client.post(URL, valid_data(share_with_partner="nee"))
    assert Report.objects.get().share_with_partner is False


def test_too_long_message_gets_a_plain_dutch_message_and_is_kept(client):
    response = client.post(URL, valid_data(message="a" * 5001))
    html = response.content.decode()
    assert Report.objects.count() == 0
    assert "Uw bericht is te lang. Gebruik niet meer dan 5000 tekens (nu 5001)." in html
    assert "a" * 5001 in html


def test_form_has_one_security_token_and_marks_only_optional_fields(client):
    html = client.get(URL, {"soort": "question"}).content.decode()
    assert html.count('name="csrfmiddlewaretoken"') == 1
    assert "asteriskField" not in html and "Velden met een *" not in html
    assert "(niet verplicht)" in html


def test_message_box_does_not_cut_a_pasted_text(client):
    html = client.get(URL, {"soort": "question"}).content.decode()
    textarea = html.split('name="message"')[0].rsplit("<textarea", 1)[1]
    assert "maxlength" not in textarea
