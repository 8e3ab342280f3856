"""The meldpunt's question pages follow GOV.UK's patterns: each has its own
page title and a "Terug" link, the review step has a "Wijzigen" button per
answer that leads back to that question with everything kept, and the error
summary names the privacy tick box briefly: "Privacyverklaring: U moet…"."""

import re

import pytest

from meldpunt.models import Report

from .formdata import report_data

pytestmark = pytest.mark.django_db

URL = "/meldpunt/"


def _title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S)[1].strip()


def test_every_step_has_its_own_title(client):
    kind = client.get(URL).content.decode()
    form = client.get(URL, {"stap": "soort", "soort": "question"}).content.decode()
    review = client.post(URL, report_data(step="review")).content.decode()
    titles = [_title(kind), _title(form), _title(review)]
    assert titles[0].startswith("Waar gaat uw melding over?")
    assert titles[1].startswith("Uw melding: ")
    assert titles[2].startswith("Controleer uw melding")
    assert len(set(titles)) == 3


def test_the_question_pages_have_a_back_link(client):
    kind = client.get(URL).content.decode()
    assert 'class="back-link">Terug</a>' in kind
    form = client.get(URL, {"stap": "soort", "soort": "question"}).content.decode()
    assert f'<a href="{URL}" class="back-link">Terug</a>' in form
    review = client.post(URL, report_data(step="review")).content.decode()
    # From the review, "Terug" sends the answers back to the form: nothing lost.
    back = re.search(r"<button[^>]*back-link[^>]*>", review, re.S)[0]
    assert 'form="melding-controleren"' in back and 'value="edit"' in back


def test_the_review_has_a_change_button_per_answer(client):
    html = client.post(URL, report_data(step="review")).content.decode()
    buttons = re.findall(r'formaction="/meldpunt/#(id_\w+)"', html)
    assert {"id_message", "id_kern", "id_person_name", "id_phone"} <= set(buttons)
    # One per answer: the review rows (the kind has its own, without anchor).
    assert html.count("review-change") == len(buttons) + 1
    assert '<span class="visually-hidden"> (Uw bericht)</span>' in html


def test_changing_an_answer_keeps_every_answer(client):
    data = report_data(step="edit")
    html = client.post(URL + "#id_phone", data).content.decode()
    assert "Anna de Vries" in html and "Els Bakker" in html
    assert "Mijn buurvrouw komt sinds de winter" in html
    assert not Report.objects.exists()


def test_the_summary_names_the_privacy_tick_box_briefly(client):
    html = client.post(
        URL, report_data(step="review", privacy_consent=None)
    ).content.decode()
    assert "Privacyverklaring: U moet akkoord gaan met de privacyverklaring" in html
    assert "privacyverklaring.:" not in html


@pytest.mark.parametrize(
    "url", ["/manifest/aanhaken/", "/activiteiten/activiteit-voorstellen/"]
)
def test_the_other_residents_forms_name_the_privacy_tick_box_briefly(client, url):
    html = client.post(url, {"name": "Anna de Vries"}).content.decode()
    assert "Privacyverklaring: U moet akkoord gaan met de privacyverklaring" in html
    assert "privacyverklaring.:" not in html


@pytest.mark.parametrize(
    "url",
    [
        "/meldpunt/?stap=soort&soort=concern",
        "/manifest/aanhaken/",
        "/activiteiten/activiteit-voorstellen/",
    ],
)
def test_hints_and_errors_sit_above_the_field_and_only_optional_is_marked(client, url):
    page = client.get(url).content.decode()
    assert "asteriskField" not in page and "(niet verplicht)" in page
    html = client.post(url.split("?")[0], {"name": "", "kind": "concern"})
    html = html.content.decode()
    box = html.index('name="message"') if 'name="message"' in html else None
    consent = html.index('id="id_privacy_consent_error"')
    assert consent < html.index('name="privacy_consent"')
    if box is not None and 'id="id_message_error"' in html:
        assert html.index('id="id_message_error"') < box


def test_a_field_with_an_error_is_described_by_its_hint_and_error(client):
    html = client.post(
        URL, {"kind": "question", "message": "", "step": "review"}
    ).content.decode()
    box = html[html.index("<textarea") :].split(">", 1)[0]
    assert 'aria-describedby="id_message_helptext id_message_error"' in box
    tick = html[: html.index('name="privacy_consent"')].rsplit("<input", 1)[1]
    tick += html[html.index('name="privacy_consent"') :].split(">", 1)[0]
    assert "id_privacy_consent_error" in tick
