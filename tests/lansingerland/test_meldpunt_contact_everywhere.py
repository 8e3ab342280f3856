"""Residents who are not online find the meldpunt's mailbox and phone number on
every public page and in every mail; coordinators set the number."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from lansingerland.models import SiteContact
from lansingerland.selectors import site_contact_forget
from tests.meldpunt.formdata import report_data

pytestmark = pytest.mark.django_db

MAILBOX = "eenzaamheid.lansingerland@humanitas.nl"
PAGES = ["/", "/meldpunt/", "/sociale-kaart/", "/activiteiten/", "/manifest/"]


def test_real_data_loads_the_coalitions_mailbox_without_a_phone(real_data, client):
    contact = SiteContact.objects.get()
    assert contact.email == MAILBOX and contact.phone == ""
    for url in PAGES + ["/privacy/", "/toegankelijkheid/"]:
        html = client.get(url).content.decode()
        assert f'href="mailto:{MAILBOX}"' in html, url
        assert "of telefoon" not in html, url


def test_phone_set_by_a_coordinator_shows_on_every_page(coordinator_client, client):
    resident = Client()
    for url in PAGES:  # cached for residents with the old contact details
        resident.get(url)
    response = coordinator_client.post(
        "/admin/lansingerland/sitecontact/add/",
        {"email": "meldpunt@voorbeeld.nl", "phone": "010 123 45 67"},
    )
    assert response.status_code == 302
    for url in PAGES:
        html = resident.get(url).content.decode()
        assert 'href="mailto:meldpunt@voorbeeld.nl"' in html, url
        assert 'href="tel:+31101234567">010 123 45 67</a>' in html, url


def test_a_wrong_phone_number_is_refused_in_the_admin(coordinator_client):
    response = coordinator_client.post(
        "/admin/lansingerland/sitecontact/add/",
        {"email": "meldpunt@voorbeeld.nl", "phone": "12345"},
    )
    assert response.status_code == 200
    assert "Dit telefoonnummer klopt niet" in response.content.decode()
    assert "12345" in response.content.decode()
    assert not SiteContact.objects.exists()


def test_reload_keeps_the_coordinators_number(real_data):
    contact = SiteContact.objects.get()
    contact.phone = "010 123 45 67"
    contact.save()
    site_contact_forget()
    call_command("load_real_data", verbosity=0)
    assert SiteContact.objects.get().phone == "010 123 45 67"


def test_without_a_row_the_settings_are_the_contact(client, settings):
    settings.COALITION_EMAIL = "meldpunt@voorbeeld.nl"
    settings.COALITION_PHONE = "06 12345678"
    site_contact_forget()
    html = client.get("/").content.decode()
    assert 'href="tel:+31612345678">06 12345678</a>' in html


def test_confirmation_page_gives_mail_and_phone(client):
    SiteContact.objects.create(email="meldpunt@voorbeeld.nl", phone="010 123 45 67")
    site_contact_forget()
    html = client.post("/meldpunt/", report_data(), follow=True).content.decode()
    main = html.split('<main id="inhoud"')[1].split("</main>")[0]
    assert "Noem het als u ons mailt of belt over uw melding." in main
    assert 'href="mailto:meldpunt@voorbeeld.nl"' in main
    assert 'href="tel:+31101234567"' in main


def test_every_mail_ends_with_the_meldpunt_contact(
    client, settings, django_capture_on_commit_callbacks
):
    settings.MELDPUNT_COORDINATOR_EMAILS = ["meldpunt@samenaanzet.example"]
    SiteContact.objects.create(email="meldpunt@voorbeeld.nl", phone="010 123 45 67")
    site_contact_forget()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/meldpunt/", report_data())
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert (
            "Meldpunt Samen aan zet: mail meldpunt@voorbeeld.nl of bel 010 123 45 67."
            in message.body
        )


PHONING = ("bellen", "belt", " bel ", "telefoon")


def test_without_a_phone_number_nothing_offers_phoning_the_meldpunt(
    client, settings, django_capture_on_commit_callbacks
):
    """Was: "Liever mailen of bellen?" in the footer and "Noem het als u ons
    mailt of belt" on the confirmation page with no number to call."""
    settings.MELDPUNT_COORDINATOR_EMAILS = ["meldpunt@samenaanzet.example"]
    SiteContact.objects.create(email="meldpunt@voorbeeld.nl", phone="")
    site_contact_forget()
    for url in PAGES:
        html = client.get(url).content.decode()
        footer = html.split('class="meldpunt-contact"')[1].split("</p>")[0]
        assert "Liever mailen?" in footer, url
        assert not any(word in footer.lower() for word in PHONING), url
    with django_capture_on_commit_callbacks(execute=True):
        html = client.post("/meldpunt/", report_data(), follow=True).content.decode()
    main = html.split('<main id="inhoud"')[1].split("</main>")[0]
    assert "Noem het als u ons mailt over uw melding." in main
    assert 'href="mailto:meldpunt@voorbeeld.nl"' in main
    assert "belt" not in main and "Telefoon:" not in main
    assert mail.outbox
    for message in mail.outbox:
        assert "Meldpunt Samen aan zet: mail meldpunt@voorbeeld.nl." in message.body
        assert " of bel " not in message.body
