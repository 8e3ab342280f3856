"""The accessibility statement follows the Dutch government's model statement:
compliance status, date, known problems, contact and enforcement."""

import importlib

import pytest
from django.apps import apps

from lansingerland.models import SiteContact, SiteText
from lansingerland.selectors import site_contact_forget

pytestmark = pytest.mark.django_db

statement = importlib.import_module(
    "lansingerland.migrations.0005_accessibility_statement_model"
)


def test_statement_has_the_parts_of_the_model_statement(client):
    html = client.get("/toegankelijkheid/").content.decode()
    main = html.split('<main id="inhoud"')[1].split("</main>")[0]
    for part in (
        "<h1>Toegankelijkheidsverklaring</h1>",
        "<h2>Nalevingsstatus</h2>",
        "<strong>voldoet gedeeltelijk</strong>",
        "opgesteld op 6 december 2026",
        "<h2>Bekende problemen</h2>",
        "<h2>Contact</h2>",
        'href="mailto:eenzaamheid.lansingerland@humanitas.nl"',
        "Nationale ombudsman",
    ):
        assert part in main, part


def test_contact_part_gives_the_phone_coordinators_set(client):
    SiteContact.objects.create(email="meldpunt@voorbeeld.nl", phone="010 123 45 67")
    site_contact_forget()
    main = client.get("/toegankelijkheid/").content.decode().split("<main")[1]
    assert 'href="tel:+31101234567"' in main.split("<h2>Contact</h2>")[1]


def test_a_text_the_coordinator_changed_is_left_alone():
    text = SiteText.objects.get(slug="toegankelijkheid")
    text.body = "<p>Onze eigen verklaring.</p>"
    text.save()
    statement.to_model_statement(apps, None)
    text.refresh_from_db()
    assert text.body == "<p>Onze eigen verklaring.</p>"


def test_the_statement_can_be_taken_back():
    statement.back_to_seeded(apps, None)
    assert SiteText.objects.get(slug="toegankelijkheid").body == statement.SEEDED
