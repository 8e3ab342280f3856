"""A referral handler accepts, declines, records contact and the outcome of
the reports referred to their organisation; personal data is shown and
logged only as allowed."""

import pytest
from django.test import Client
from django.utils import timezone

from meldpunt.models import Note, PersonalDataAccess, Referral, Report, StatusChange
from tests.conftest import otp_verify
from tests.meldpunt.factories import (
    ReferralFactory,
    ReporterFactory,
)
from tests.partners.referrals.helpers import (
    LIST,
    _knows,
    _unchanged,
    detail,
)

pytestmark = pytest.mark.django_db


# Acting on a referral


def test_accepting_is_recorded_with_the_handlers_name(handler_client, handler, own):
    response = handler_client.post(detail(own), {"action": "accept"})
    assert response["Location"] == detail(own)
    own.refresh_from_db()
    assert own.status == "accepted"
    note = Note.objects.get(report=own.report)
    assert note.author == handler
    assert "Welzijn Lansingerland" in note.text
    page = handler_client.get(detail(own)).content.decode()
    assert "Opgeslagen" in page


def test_declining_without_a_reason_gives_a_dutch_message(handler_client, own):
    response = handler_client.post(
        detail(own),
        {"action": "decline", "decline-reason": "   ", "outcome-note": "x"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Schrijf waarom u de melding niet kunt oppakken." in html
    assert 'href="#id_decline-reason"' in html
    assert "<title>Fout:" in html
    assert _unchanged(own)


def test_a_refused_decline_keeps_what_was_typed(handler_client, own):
    long_reason = "x" * 2001
    response = handler_client.post(
        detail(own), {"action": "decline", "decline-reason": long_reason}
    )
    assert long_reason in response.content.decode()
    assert _unchanged(own)


def test_declining_with_a_reason_returns_the_report_to_triage(
    handler_client, handler, own
):
    handler_client.post(
        detail(own), {"action": "decline", "decline-reason": "Geen plek in de groep."}
    )
    own.refresh_from_db()
    own.report.refresh_from_db()
    assert own.status == "declined"
    assert own.decline_reason == "Geen plek in de groep."
    assert own.report.status == "triage" and own.report.partner is None
    change = StatusChange.objects.filter(report=own.report).last()
    assert change.changed_by == handler
    assert change.actor_label == "Welzijn Lansingerland"
    assert "Geen plek in de groep." in change.note
    # Declined: the personal data is gone from the handler's page.
    html = handler_client.get(detail(own)).content.decode()
    assert "Els Bakker" not in html and "niet meer open" in html


def test_recording_contact_puts_the_report_in_contact(handler_client, handler, own):
    handler_client.post(
        detail(own),
        {
            "action": "contact",
            "contact-person_informed": "yes",
            "contact-data_holder": "Welzijn Lansingerland",
        },
    )
    own.report.refresh_from_db()
    assert own.report.status == "in-contact"
    assert own.report.first_contact_at is not None
    assert own.report.person_concerned.data_holder == "Welzijn Lansingerland"
    change = StatusChange.objects.filter(report=own.report).last()
    assert change.to_status == "in-contact" and change.changed_by == handler


def test_recording_contact_needs_an_answer_whether_the_person_knows(
    handler_client, own
):
    response = handler_client.post(
        detail(own),
        {"action": "contact", "contact-data_holder": "Welzijn Lansingerland"},
    )
    html = response.content.decode()
    assert "Kies of de persoon nu van de melding weet." in html
    assert 'value="Welzijn Lansingerland"' in html
    assert 'href="#id_contact-person_informed_0"' in html or (
        'href="#id_contact-person_informed"' in html
    )
    assert _unchanged(own)


def test_the_contact_can_be_corrected_later_and_each_update_is_noted(
    handler_client, handler, own
):
    first = handler_client.post(
        detail(own), {"action": "contact", "contact-person_informed": "no"}, follow=True
    )
    html = first.content.decode()
    assert _knows(html) == "nee"
    assert "Weet de persoon nu van de melding?" in html  # still there to correct
    assert "Contact bijwerken" in html
    second = handler_client.post(
        detail(own),
        {
            "action": "contact",
            "contact-person_informed": "yes",
            "contact-data_holder": "Welzijn Lansingerland",
        },
        follow=True,
    )
    assert _knows(second.content.decode()).startswith("ja (verteld op ")
    # The update form shows what was recorded, to correct rather than retype.
    again = handler_client.get(detail(own)).content.decode()
    assert 'name="contact-person_informed" value="yes"' in again
    checked = again.split('value="yes"')[1].split(">")[0]
    assert "checked" in checked
    assert 'value="Welzijn Lansingerland"' in again
    notes = list(Note.objects.filter(report=own.report).order_by("pk"))
    assert [n.author for n in notes] == [handler, handler]
    assert "Bram Jansen (Welzijn Lansingerland) heeft contact vastgelegd." in (
        notes[0].text
    )
    assert "weet nog niet van de melding" in notes[0].text
    assert "heeft het contact bijgewerkt" in notes[1].text
    assert "weet nu van de melding" in notes[1].text
    assert "Gegevens bij: Welzijn Lansingerland." in notes[1].text


def test_the_outcome_closes_the_report(handler_client, handler, own):
    handler_client.post(
        detail(own),
        {
            "action": "outcome",
            "outcome-outcome": "help-accepted",
            "outcome-note": "Mevrouw doet mee met de wandelgroep.",
        },
    )
    own.refresh_from_db()
    own.report.refresh_from_db()
    assert own.status == "completed"
    assert own.report.status == "closed"
    assert own.report.outcome == "help-accepted"
    changes = StatusChange.objects.filter(report=own.report)
    assert [c.to_status for c in changes] == ["in-contact", "closed"]
    assert all(c.changed_by == handler for c in changes)
    assert all(c.actor_label == "Welzijn Lansingerland" for c in changes)


def test_the_outcome_needs_a_choice_and_a_note(handler_client, own):
    response = handler_client.post(
        detail(own), {"action": "outcome", "outcome-outcome": ""}
    )
    html = response.content.decode()
    assert "Kies een uitkomst." in html and "Schrijf een korte toelichting." in html
    assert _unchanged(own)


def test_no_outcome_is_chosen_in_advance(handler_client, own):
    html = handler_client.get(detail(own)).content.decode()
    select = html[html.index('name="outcome-outcome"') :]
    select = select[: select.index("</select>")]
    assert '<option value="" selected>Kies een uitkomst</option>' in select
    assert select.count("selected") == 1


def test_the_coordinators_history_names_person_and_organisation(
    handler_client, coordinator, own
):
    handler_client.post(
        detail(own), {"action": "contact", "contact-person_informed": "no"}
    )
    admin = Client()
    admin.force_login(coordinator)
    otp_verify(admin, coordinator)
    html = admin.get(f"/admin/meldpunt/report/{own.report.pk}/change/").content.decode()
    assert "bram.jansen@voorbeeld.nl (Welzijn Lansingerland)" in html


def test_a_changed_id_in_the_post_acts_on_nothing_else(handler_client, own, other):
    handler_client.post(
        detail(own),
        {
            "action": "decline",
            "decline-reason": "Niet voor ons.",
            "referral": other.pk,
            "referral_id": other.pk,
            "pk": other.pk,
        },
    )
    assert _unchanged(other)
    own.refresh_from_db()
    assert own.status == "declined"


def test_posting_to_another_organisations_referral_changes_nothing(
    handler_client, other
):
    for data in (
        {"action": "accept"},
        {"action": "decline", "decline-reason": "Weg ermee."},
        {"action": "outcome", "outcome-outcome": "other", "outcome-note": "Klaar."},
    ):
        assert handler_client.post(detail(other), data).status_code == 404
    assert _unchanged(other)
    assert not Note.objects.filter(report=other.report).exists()


def test_acting_on_a_closed_referral_explains_and_changes_nothing(handler_client, own):
    handler_client.post(detail(own), {"action": "decline", "decline-reason": "Vol."})
    response = handler_client.post(detail(own), {"action": "accept"})
    assert "niet meer open" in response.content.decode()
    own.refresh_from_db()
    assert own.status == "declined"


# Personal data


def test_reporter_contact_shown_when_sharing_was_allowed(handler_client, organization):
    referral = ReferralFactory(
        organization=organization, report__share_with_partner=True
    )
    ReporterFactory(report=referral.report, name="Anna de Wit")
    assert "Anna de Wit" in handler_client.get(detail(referral)).content.decode()


def test_reporter_contact_hidden_without_permission_to_share(
    handler_client, organization
):
    referral = ReferralFactory(
        organization=organization, report__share_with_partner=False
    )
    ReporterFactory(report=referral.report, name="Karin Bakker")
    html = handler_client.get(detail(referral)).content.decode()
    assert "Karin Bakker" not in html
    assert "gaf geen toestemming" in html


def test_each_view_of_personal_data_is_logged_with_the_user(
    handler_client, handler, own
):
    handler_client.get(detail(own))
    handler_client.get(detail(own))
    accesses = PersonalDataAccess.objects.filter(report=own.report)
    assert accesses.count() == 2
    assert {a.user for a in accesses} == {handler}
    assert {a.actor_label for a in accesses} == {"Welzijn Lansingerland"}


def test_the_list_shows_no_personal_data_and_logs_nothing(handler_client, own):
    html = handler_client.get(LIST).content.decode()
    assert "Els Bakker" not in html
    assert not PersonalDataAccess.objects.exists()


# The signed link keeps working beside the partner area


def test_the_signed_link_still_records_the_organisation_only(client, own):
    from meldpunt.tokens import partner_token

    client.post(f"/meldpunt/partner/{partner_token(own.pk)}/", {"action": "accept"})
    note = Note.objects.get(report=own.report)
    assert note.author is None and "Welzijn Lansingerland" in note.text


@pytest.mark.parametrize("report_status", ["referred", "in-contact"])
def test_recording_that_the_person_knows_shows_on_the_page(
    handler_client, own, report_status
):
    Referral.objects.filter(pk=own.pk).update(status="accepted")
    Report.objects.filter(pk=own.report_id).update(status=report_status)
    assert _knows(handler_client.get(detail(own)).content.decode()) == "weet ik niet"
    response = handler_client.post(
        detail(own),
        {
            "action": "contact",
            "contact-person_informed": "yes",
            "contact-data_holder": "Welzijn Lansingerland",
        },
        follow=True,
    )
    html = response.content.decode()
    today = timezone.localdate()
    assert _knows(html).startswith("ja (verteld op ")
    assert f"{today.day} " in _knows(html) and str(today.year) in _knows(html)
    assert "Welzijn Lansingerland" in html.split("Wie heeft de gegevens</dt>")[1]
