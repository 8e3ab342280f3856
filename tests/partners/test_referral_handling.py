"""A referral handler answers the meldpunt reports referred to their own
organisation in the partner area, and only those."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from meldpunt.models import Note, PersonalDataAccess, Referral, Report, StatusChange
from partners.constants import MembershipRole
from tests.conftest import otp_verify
from tests.meldpunt.factories import (
    PersonConcernedFactory,
    ReferralFactory,
    ReporterFactory,
)
from tests.partners.factories import MembershipFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

LIST = "/partner/doorverwijzingen/"


def detail(referral) -> str:
    return f"/partner/doorverwijzingen/{referral.pk}/"


@pytest.fixture
def organization():
    return OrganizationFactory(
        name="Welzijn Lansingerland", email="team@welzijn.example"
    )


@pytest.fixture
def handler(organization):
    return MembershipFactory(
        organization=organization,
        role=MembershipRole.REFERRAL_HANDLER,
        user__email="bram.jansen@voorbeeld.nl",
        user__first_name="Bram",
        user__last_name="Jansen",
    ).user


@pytest.fixture
def handler_client(client, handler):
    """Logged in with password and second factor."""
    client.force_login(handler)
    otp_verify(client, handler)
    return client


@pytest.fixture
def own(organization):
    """An open referral to the handler's organisation."""
    referral = ReferralFactory(organization=organization, report__kern="bleiswijk")
    PersonConcernedFactory(report=referral.report, name="Els Bakker")
    return referral


@pytest.fixture
def other():
    """An open referral to another organisation."""
    referral = ReferralFactory(
        organization=OrganizationFactory(name="Sportclub Anders"),
        report__message="Bericht voor de sportclub.",
    )
    PersonConcernedFactory(report=referral.report, name="Gerrit Smit")
    return referral


def _unchanged(referral) -> bool:
    status, report_status = referral.status, referral.report.status
    referral.refresh_from_db()
    referral.report.refresh_from_db()
    return referral.status == status and referral.report.status == report_status


# Who sees what


def test_the_list_shows_the_own_organisations_referral(handler_client, own):
    html = handler_client.get(LIST).content.decode()
    assert own.report.formatted_reference in html
    assert detail(own) in html


def test_the_list_leaves_out_another_organisations_referral(handler_client, own, other):
    html = handler_client.get(LIST).content.decode()
    assert other.report.formatted_reference not in html
    assert detail(other) not in html


def test_the_list_shows_open_first_with_deadline_and_recently_closed_apart(
    handler_client, organization, own
):
    declined = ReferralFactory(organization=organization)
    handler_client.post(
        detail(declined), {"action": "decline", "decline-reason": "Vol."}
    )
    long_ago = ReferralFactory(organization=organization, status="completed")
    Referral.objects.filter(pk=long_ago.pk).update(
        created_at=timezone.now() - dt.timedelta(days=90),
        responded_at=timezone.now() - dt.timedelta(days=80),
    )
    html = handler_client.get(LIST).content.decode()
    open_part, closed_part = html.split("Onlangs afgerond")
    assert own.report.formatted_reference in open_part
    due = own.report.first_contact_due
    assert f"{due.day} " in open_part and str(due.year) in open_part
    assert declined.report.formatted_reference in closed_part
    assert long_ago.report.formatted_reference not in html


def test_the_list_takes_as_many_queries_with_many_referrals(
    handler_client, organization, django_assert_max_num_queries
):
    ReferralFactory(organization=organization)
    with django_assert_max_num_queries(20) as few:
        handler_client.get(LIST)
    for _ in range(10):
        PersonConcernedFactory(report=ReferralFactory(organization=organization).report)
    with django_assert_max_num_queries(len(few.captured_queries)):
        handler_client.get(LIST)


def test_the_detail_of_the_own_referral_opens(handler_client, own):
    response = handler_client.get(detail(own))
    assert response.status_code == 200
    assert "Els Bakker" in response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0")


def test_the_detail_of_another_organisations_referral_is_not_found(
    handler_client, other
):
    response = handler_client.get(detail(other))
    assert response.status_code == 404
    assert "Gerrit Smit" not in response.content.decode()
    assert not PersonalDataAccess.objects.exists()


def test_an_editor_of_the_same_organisation_gets_an_explained_403(
    client, organization, own
):
    editor = MembershipFactory(organization=organization).user
    client.force_login(editor)
    for url in (LIST, detail(own)):
        response = client.get(url)
        assert response.status_code == 403
        html = response.content.decode()
        assert "Geen toegang tot doorverwijzingen" in html
        assert "Els Bakker" not in html
    refused = client.post(detail(own), {"action": "accept"})
    assert refused.status_code == 403
    assert _unchanged(own)


def test_being_editor_of_another_organisation_opens_none_of_its_referrals(
    handler_client, handler, other
):
    MembershipFactory(user=handler, organization=other.organization)
    assert handler_client.get(detail(other)).status_code == 404
    assert other.report.formatted_reference not in (
        handler_client.get(LIST).content.decode()
    )


def test_an_editor_sees_no_referral_block_nor_menu_item(client, organization, own):
    client.force_login(MembershipFactory(organization=organization).user)
    html = client.get("/partner/").content.decode()
    assert LIST not in html


def test_a_handler_sees_the_open_count_on_the_dashboard(handler_client, own, other):
    html = handler_client.get("/partner/").content.decode()
    assert "1 doorverwijzing van het meldpunt staat open." in html
    assert f'href="{LIST}"' in html


def test_a_handler_without_second_factor_is_sent_to_it(client, handler, own):
    client.force_login(handler)
    response = client.get(detail(own))
    assert response.status_code == 302
    assert response["Location"].startswith("/partner/tweestaps/")
    assert not PersonalDataAccess.objects.exists()
    client.post(detail(own), {"action": "accept"})
    assert _unchanged(own)


def test_an_ended_membership_loses_access(client, handler, own):
    membership = handler.partner_memberships.get()
    membership.start_date = timezone.localdate() - dt.timedelta(days=30)
    membership.end_date = timezone.localdate() - dt.timedelta(days=1)
    membership.save()
    client.force_login(handler)
    otp_verify(client, handler)
    assert client.get(LIST).status_code == 403
    assert client.get(detail(own)).status_code == 403
    client.post(detail(own), {"action": "accept"})
    assert _unchanged(own)


def test_a_membership_ending_today_still_has_access(client, handler, own):
    membership = handler.partner_memberships.get()
    membership.end_date = timezone.localdate()
    membership.save()
    client.force_login(handler)
    otp_verify(client, handler)
    assert client.get(detail(own)).status_code == 200


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


def _knows(html: str) -> str:
    """The text after "Weet van de melding" on the referral page."""
    part = html.split("Weet van de melding</dt>")[1].split("</dd>")[0]
    return " ".join(part.replace("<dd>", "").split())


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
