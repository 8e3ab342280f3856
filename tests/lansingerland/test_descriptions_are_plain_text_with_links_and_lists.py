"""Descriptions of organisations, offers and activities are plain text with
links and lists only: what the help text under the field promises is what the
public page shows."""

import pytest
from django.template import Context, Template

from lansingerland.models import SiteText
from lansingerland.sanitizing import sanitize_html
from partners.models import Membership
from sociale_kaart.partner.forms import OrganizationForm


def _render(text: str) -> str:
    return Template("{% load sanitize %}{{ text|sanitize|linebreaksbr }}").render(
        Context({"text": text})
    )


def test_headings_and_bold_are_removed_from_a_description_keeping_the_text():
    result = sanitize_html("<h2>Meedoen</h2><p><b>Gratis</b> en <em>gezellig</em></p>")
    assert result == "Meedoen<p>Gratis en gezellig</p>"


def test_links_and_lists_are_kept():
    result = sanitize_html(
        '<ul><li><a href="https://www.voorbeeld.nl">aanbod</a></li></ul>'
    )
    assert result == (
        '<ul><li><a href="https://www.voorbeeld.nl" rel="noopener noreferrer">'
        "aanbod</a></li></ul>"
    )


def test_dash_lines_become_a_list_and_blank_lines_paragraphs():
    result = _render(
        "Elke dinsdag koffie.\nOok voor mantelzorgers.\n\nWat u krijgt:\n"
        "- koffie of thee\n- een praatje\n\nTot dan!"
    )
    assert result == (
        "<p>Elke dinsdag koffie.<br>Ook voor mantelzorgers.</p> "
        "<p>Wat u krijgt:</p> <ul><li>koffie of thee</li> <li>een praatje</li></ul> "
        "<p>Tot dan!</p>"
    )


def test_a_bare_web_address_becomes_a_link_without_the_full_stop():
    result = _render(
        "Kijk op https://www.voorbeeld.nl/koffie?dag=2&tijd=10. Of www.linde.nl"
    )
    assert (
        '<a href="https://www.voorbeeld.nl/koffie?dag=2&amp;tijd=10" '
        'rel="noopener noreferrer">https://www.voorbeeld.nl/koffie?dag=2&amp;tijd=10</a>.'
    ) in result
    assert (
        '<a href="https://www.linde.nl" rel="noopener noreferrer">www.linde.nl</a>'
        in result
    )


def test_an_existing_link_is_not_linked_twice():
    result = _render(
        'Zie <a href="https://www.voorbeeld.nl">https://www.voorbeeld.nl</a>'
    )
    assert result.count("<a ") == 1


def test_a_description_with_its_own_lists_keeps_them():
    result = _render("<ul><li>koffie</li><li>thee</li></ul>")
    assert "<ul><li>koffie</li><li>thee</li></ul>" in result


def test_text_with_markup_characters_stays_escaped():
    result = _render("5 < 6 & <script>alert(1)</script>koffie")
    assert "<script" not in result and "alert" not in result
    assert "5 &lt; 6 &amp; koffie" in result


@pytest.mark.django_db
def test_a_coordinators_page_text_keeps_its_subheadings():
    text = SiteText.objects.get(slug="privacy")
    text.body = "<h2>Wie</h2><p><strong>Wij</strong></p>"
    text.save()
    assert text.body == "<h2>Wie</h2><p><strong>Wij</strong></p>"


@pytest.mark.django_db
def test_partner_description_loses_headings_and_shows_a_list(partner_client, partner):
    organization = Membership.objects.get(user=partner).organization
    partner_client.post(
        f"/partner/organisatie/{organization.pk}/wijzigen/",
        {
            "name": organization.name,
            "description": "<h2>Kop</h2>Wij bieden:\n- koffie\n- een praatje",
            "website": "",
            "email": "",
            "phone": "",
        },
    )
    organization.refresh_from_db()
    assert "<h2>" not in organization.description
    html = partner_client.get(organization.get_absolute_url()).content.decode()
    assert "<ul><li>koffie</li> <li>een praatje</li></ul>" in html


def test_the_help_text_promises_only_what_works():
    help_text = str(OrganizationForm().fields["description"].help_text)
    assert "HTML" not in help_text
    assert "streepje" in help_text and "link" in help_text
