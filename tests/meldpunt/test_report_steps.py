"""The form adapts to the kind, shows a review step, and sends exactly once."""

import pytest
from django.core import mail

from meldpunt.models import PersonConcerned, Report
from tests.meldpunt.formdata import report_data

pytestmark = pytest.mark.django_db

URL = "/meldpunt/"


def test_first_step_offers_the_four_kinds_without_javascript(client):
    html = client.get(URL).content.decode()
    assert 'method="get"' in html
    for label in (
        "Ik heb een vraag",
        "Ik maak me zorgen om iemand",
        "Ik heb een idee of suggestie",
        "Ik wil helpen",
    ):
        assert label in html
    assert "<legend>Waar gaat uw melding over?</legend>" in html


def test_choosing_nothing_gets_a_linked_message(client):
    html = client.get(URL, {"soort": ""}).content.decode()
    assert 'href="#id_soort_0"' in html and "Kies waar uw melding over gaat." in html


def test_only_a_worry_asks_about_the_person_and_the_signs(client):
    concern = client.get(URL, {"soort": "concern"}).content.decode()
    question = client.get(URL, {"soort": "question"}).content.decode()
    for text in (
        "Naam van de persoon",
        "Hoe kent u deze persoon?",
        "Wat heeft u gemerkt?",
    ):
        assert text in concern
        assert text not in question
    assert "Weet de persoon dat u dit meldt?" in concern


def test_review_step_shows_what_was_typed_and_stores_nothing(client):
    response = client.post(URL, report_data(step="review"))
    html = response.content.decode()
    assert "Controleer uw melding" in html
    assert "Els Bakker" in html and "komt weinig of nooit buiten" in html
    assert 'name="step" value="send"' in html and 'name="step" value="edit"' in html
    assert Report.objects.count() == 0
    assert mail.outbox == []


def test_edit_goes_back_to_the_form_with_everything_kept(client):
    html = client.post(URL, report_data(step="edit")).content.decode()
    assert 'value="Els Bakker"' in html and 'value="Anna de Vries"' in html
    assert Report.objects.count() == 0


def test_sending_stores_reporter_and_person_concerned_separately(client):
    client.post(URL, report_data())
    report = Report.objects.get()
    person = PersonConcerned.objects.get()
    assert person.report == report and person.name == "Els Bakker"
    assert person.relation == "buurvrouw" and person.knows_about_report == "no"
    assert report.signs == ["rarely-outside", "few-visitors"]
    assert report.reporter.name == "Anna de Vries"
    assert report.share_with_partner is False


def test_sharing_with_the_partner_is_a_separate_choice(client):
    client.post(URL, report_data(share_with_partner="on"))
    assert Report.objects.get().share_with_partner is True


def test_a_question_never_stores_a_person_concerned(client):
    client.post(URL, report_data(kind="question"))
    assert Report.objects.get().kind == "question"
    assert PersonConcerned.objects.count() == 0


def test_an_offer_to_help_can_be_sent(client):
    client.post(URL, report_data(kind="offer", message="Ik wil graag voorlezen."))
    assert Report.objects.get().kind == "offer"


def test_a_professional_reports_for_someone(client):
    client.post(URL, report_data(is_professional="on", organisation="Wijkteam Noord"))
    report = Report.objects.get()
    assert report.channel == "professional"
    assert report.reporter.organisation == "Wijkteam Noord"


def test_consent_is_checked_on_the_server_at_sending(client):
    data = report_data()
    del data["privacy_consent"]
    html = client.post(URL, data).content.decode()
    assert Report.objects.count() == 0
    assert "akkoord gaan met de privacyverklaring" in html


def test_the_same_form_sent_twice_gives_one_report_and_one_mail_each(
    client, django_capture_on_commit_callbacks
):
    data = report_data()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(URL, data)
        second = client.post(URL, data)
    assert Report.objects.count() == 1
    assert first["Location"] == second["Location"] == "/meldpunt/ontvangen/"
    to_reporter = [m for m in mail.outbox if m.to == ["anna.devries@example.nl"]]
    assert len(to_reporter) == 1


def test_a_filled_in_honeypot_stores_nothing(client):
    response = client.post(URL, report_data(website="http://spam.example"))
    assert response.status_code == 200
    assert Report.objects.count() == 0


def test_many_reports_from_one_address_are_slowed_down(client, settings):
    settings.MELDPUNT_SUBMISSIONS_PER_HOUR = 2
    for _ in range(2):
        client.post(URL, report_data())
    blocked = client.post(URL, report_data())
    assert blocked.status_code == 429
    assert "Probeer het na " in blocked.content.decode()
    assert "Els Bakker" in blocked.content.decode()
    assert Report.objects.count() == 2
    other_address = client.post(URL, report_data(), REMOTE_ADDR="10.0.0.9")
    assert other_address.status_code == 302


def test_a_form_without_its_one_time_token_is_not_stored(client):
    html = client.post(URL, report_data(submission_token="")).content.decode()
    assert Report.objects.count() == 0
    assert "verlopen" in html


def test_each_new_form_gets_a_fresh_token(client):
    first = client.get(URL, {"soort": "question"}).context["form"]
    second = client.get(URL, {"soort": "question"}).context["form"]
    assert first.initial["submission_token"] != second.initial["submission_token"]


def test_confirmation_says_when_contact_follows(client):
    client.post(URL, report_data())
    report = Report.objects.get()
    html = client.get("/meldpunt/ontvangen/").content.decode()
    assert report.first_contact_due.isoformat() in html
    assert "Wat gebeurt er nu?" in html


def test_confirmation_without_contact_details_explains_what_that_means(client):
    client.post(URL, report_data(name="", email="", phone=""))
    html = client.get("/meldpunt/ontvangen/").content.decode()
    assert "niet terugbellen of mailen" in html


def test_same_reporter_whatever_the_case_of_the_email(client):
    client.post(URL, report_data(email="Jan@Example.nl"))
    client.post(URL, report_data(email="jan@example.nl"))
    emails = set(Report.objects.values_list("reporter__email", flat=True))
    assert emails == {"jan@example.nl"}


def test_verder_without_a_kind_is_told_what_to_fix(client):
    # The step-1 form sends its hidden "stap" even when no radio is chosen.
    first = client.get(URL).content.decode()
    assert '<input type="hidden" name="stap" value="soort">' in first
    html = client.get(URL, {"stap": "soort"}).content.decode()
    assert "<title>Fout: " in html
    summary = html.split('id="foutmeldingen"')[1].split("</div>")[0]
    assert "Er is 1 ding dat u moet verbeteren" in summary
    assert '<a href="#id_soort_0">' in summary
    assert "Kies waar uw melding over gaat." in summary
    assert "autofocus" in html.split('id="foutmeldingen"')[1].split(">")[0]
    assert 'aria-describedby="soort-fout"' in html


def test_an_unknown_kind_gets_a_plain_message(client):
    html = client.get(URL, {"stap": "soort", "soort": "spam"}).content.decode()
    assert "Deze keuze bestaat niet. Kies waar uw melding over gaat." in html
    assert "Selecteer een geldige keuze" not in html
