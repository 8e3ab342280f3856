"""Coordinators run the workflow from /admin/: filters, overdue, phone reports."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from meldpunt.models import Note, Report
from partners.constants import MembershipRole
from tests.meldpunt.factories import ReferralFactory, ReporterFactory, ReportFactory
from tests.partners.factories import MembershipFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

LIST = "/admin/meldpunt/report/"


def yesterday():
    return timezone.localdate() - dt.timedelta(days=1)


def test_overdue_reports_stand_out_and_can_be_filtered(coordinator_client):
    late = ReportFactory(first_contact_due=yesterday())
    ReportFactory()
    ReportFactory(first_contact_due=yesterday(), first_contact_at=timezone.now())
    ReportFactory(first_contact_due=yesterday(), status="closed", outcome="other")
    html = coordinator_client.get(LIST).content.decode()
    assert html.count('class="meldpunt-overdue"') == 1
    overdue = coordinator_client.get(LIST, {"termijn": "te-laat"})
    assert list(overdue.context["cl"].result_list) == [late]


def test_call_back_requests_show_in_the_list_and_can_be_filtered(coordinator_client):
    """Was: nothing in the list told which reporters asked to be called back."""
    morning = ReporterFactory(callback_daypart="morning").report
    evening = ReporterFactory(callback_daypart="evening").report
    ReporterFactory(callback_daypart="")
    ReportFactory()  # anonymous: no reporter at all
    html = coordinator_client.get(LIST).content.decode()
    assert "Bel terug" in html
    assert "&#x27;s ochtends" in html and "&#x27;s avonds" in html
    wanted = coordinator_client.get(LIST, {"terugbellen": "ja"})
    assert set(wanted.context["cl"].result_list) == {morning, evening}
    mornings = coordinator_client.get(LIST, {"terugbellen": "morning"})
    assert list(mornings.context["cl"].result_list) == [morning]


def test_mine_and_unassigned_filters(coordinator_client, coordinator):
    mine = ReportFactory(assigned_to=coordinator)
    unassigned = ReportFactory()
    got = coordinator_client.get(LIST, {"toegewezen": "mij"})
    assert list(got.context["cl"].result_list) == [mine]
    got = coordinator_client.get(LIST, {"toegewezen": "niemand"})
    assert list(got.context["cl"].result_list) == [unassigned]


@pytest.mark.parametrize(
    "partner_name", ["Buurthuis 't Anker", "Welzijn (Berkel) + Bleiswijk"]
)
def test_partner_filter_works_with_awkward_names(coordinator_client, partner_name):
    referral = ReferralFactory(organization__name=partner_name)
    ReportFactory()
    html = coordinator_client.get(LIST).content.decode()
    assert partner_name.replace("'", "&#x27;") in html
    got = coordinator_client.get(LIST, {"partner__id__exact": referral.organization_id})
    assert list(got.context["cl"].result_list) == [referral.report]


def test_list_needs_the_same_number_of_queries_for_more_reports(
    coordinator_client, django_assert_max_num_queries
):
    for _ in range(3):
        ReferralFactory()
    # 12 + 2 per staff request: the OTP device (django-otp) and the session's
    # new idle expiry (StaffSessionTimeoutMiddleware).
    with django_assert_max_num_queries(14):
        coordinator_client.get(LIST)
    for _ in range(20):
        ReferralFactory(report__assigned_to=None)
    # 12 + 2 per staff request: the OTP device (django-otp) and the session's
    # new idle expiry (StaffSessionTimeoutMiddleware).
    with django_assert_max_num_queries(14):
        coordinator_client.get(LIST)


def test_status_page_offers_only_allowed_moves_and_explains_refusals(
    coordinator_client,
):
    report = ReportFactory(status="triage")
    url = f"/admin/meldpunt/report/{report.pk}/status/"
    form = coordinator_client.get(url).context["form"]
    choices = [c for c, _ in form.fields["to_status"].choices]
    assert "new" not in choices and "closed" in choices
    html = coordinator_client.post(
        url, {"to_status": "closed", "outcome": "other", "save": "1"}
    ).content.decode()
    assert "Schrijf een toelichting" in html
    coordinator_client.post(
        url, {"to_status": "closed", "outcome": "other", "note": "Klaar.", "save": "1"}
    )
    report.refresh_from_db()
    assert report.status == "closed"


def test_referring_from_the_admin_mails_the_partner(
    coordinator_client, django_capture_on_commit_callbacks
):
    partner = OrganizationFactory(
        name="Welzijn (Berkel) + Bleiswijk", email="welzijn@example.nl"
    )
    report = ReportFactory(status="triage")
    with django_capture_on_commit_callbacks(execute=True):
        coordinator_client.post(
            f"/admin/meldpunt/report/{report.pk}/doorverwijzen/",
            {"organization": partner.pk, "note": "Graag binnen een week."},
        )
    report.refresh_from_db()
    assert report.status == "referred" and report.partner == partner
    [sent] = mail.outbox
    assert "Welzijn (Berkel) + Bleiswijk" in sent.subject
    assert "/meldpunt/partner/" in sent.body


def test_a_referral_nobody_would_hear_of_is_refused_with_how_to_fix_it(
    coordinator_client, django_capture_on_commit_callbacks
):
    """Was: recorded as referred with only a warning that no mail went out.
    Now the form refuses it and says how to reach the organisation."""
    partner = OrganizationFactory(name="Buurthuis 't Anker", email="")
    report = ReportFactory(status="triage")
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            f"/admin/meldpunt/report/{report.pk}/doorverwijzen/",
            {"organization": partner.pk, "note": "Graag bellen."},
        )
    assert response.status_code == 200
    report.refresh_from_db()
    assert report.status == "triage" and report.partner is None
    assert mail.outbox == []
    html = response.content.decode()
    assert "heeft geen e-mailadres en geen doorverwijzers" in html
    assert "Vul het e-mailadres in bij de organisatie" in html
    assert "nodig een doorverwijzer uit" in html
    assert "Graag bellen." in html


def test_a_partner_told_by_phone_is_referred_and_the_history_says_so(
    coordinator_client, django_capture_on_commit_callbacks
):
    partner = OrganizationFactory(name="Buurthuis 't Anker", email="")
    report = ReportFactory(status="triage")
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            f"/admin/meldpunt/report/{report.pk}/doorverwijzen/",
            {"organization": partner.pk, "informed_in_person": "on"},
            follow=True,
        )
    report.refresh_from_db()
    assert report.status == "referred" and report.partner == partner
    assert mail.outbox == []
    html = response.content.decode()
    assert "Er is geen e-mail verstuurd: u hebt Buurthuis" in html
    assert "zelf ingelicht (geen e-mail)" in html


def _refer(coordinator_client, report, partner, capture):
    with capture(execute=True):
        return coordinator_client.post(
            f"/admin/meldpunt/report/{report.pk}/doorverwijzen/",
            {"organization": partner.pk},
            follow=True,
        ).content.decode()


def test_referring_to_handlers_without_organisation_email_names_who_is_mailed(
    coordinator_client, django_capture_on_commit_callbacks
):
    partner = OrganizationFactory(name="Buurthuis 't Anker", email="")
    MembershipFactory(
        organization=partner,
        role=MembershipRole.REFERRAL_HANDLER,
        user__email="fenna.devries@voorbeeld.nl",
    )
    html = _refer(
        coordinator_client,
        ReportFactory(status="triage"),
        partner,
        django_capture_on_commit_callbacks,
    )
    [sent] = mail.outbox
    assert sent.to == ["fenna.devries@voorbeeld.nl"]
    assert "er is geen e-mail verstuurd" not in html
    assert (
        "doorverwijzers van Buurthuis &#x27;t Anker (fenna.devries@voorbeeld.nl)"
        in (html)
    )
    assert "De organisatie zelf heeft geen e-mailadres." in html


def test_referring_names_handlers_and_the_organisation_address(
    coordinator_client, django_capture_on_commit_callbacks
):
    partner = OrganizationFactory(name="Welzijn Noord", email="team@noord.example")
    MembershipFactory(
        organization=partner,
        role=MembershipRole.REFERRAL_HANDLER,
        user__email="fenna.devries@voorbeeld.nl",
    )
    html = _refer(
        coordinator_client,
        ReportFactory(status="triage"),
        partner,
        django_capture_on_commit_callbacks,
    )
    [sent] = mail.outbox
    assert sorted(sent.to) == ["fenna.devries@voorbeeld.nl", "team@noord.example"]
    assert "(fenna.devries@voorbeeld.nl) en naar team@noord.example." in html


def test_referring_to_an_organisation_address_only_names_it(
    coordinator_client, django_capture_on_commit_callbacks
):
    partner = OrganizationFactory(name="Welzijn Noord", email="team@noord.example")
    html = _refer(
        coordinator_client,
        ReportFactory(status="triage"),
        partner,
        django_capture_on_commit_callbacks,
    )
    [sent] = mail.outbox
    assert sent.to == ["team@noord.example"]
    assert "team@noord.example krijgt een e-mail met de link." in html


def test_notes_and_duplicates_are_recorded(coordinator_client, coordinator):
    first = ReportFactory()
    second = ReportFactory()
    coordinator_client.post(
        f"/admin/meldpunt/report/{second.pk}/notitie/", {"text": "Buurman belde ook."}
    )
    coordinator_client.post(
        f"/admin/meldpunt/report/{second.pk}/dubbel/",
        {"reference": first.formatted_reference.lower()},
    )
    second.refresh_from_db()
    assert second.duplicate_of == first
    assert Note.objects.filter(report=second, text="Buurman belde ook.").exists()
    assert first.notes.filter(text__contains=second.formatted_reference).exists()
    html = coordinator_client.get(
        f"/admin/meldpunt/report/{second.pk}/change/"
    ).content.decode()
    assert "Buurman belde ook." in html


def test_history_is_shown_read_only_on_the_report(coordinator_client, coordinator):
    report = ReportFactory()
    coordinator_client.post(
        LIST, {"action": "move_to_triage", "_selected_action": [report.pk]}
    )
    html = coordinator_client.get(
        f"/admin/meldpunt/report/{report.pk}/change/"
    ).content.decode()
    assert "statusgeschiedenis" in html.lower()
    assert 'name="status_changes-0-note"' not in html
    report.refresh_from_db()
    assert report.status == "triage"


def test_coordinator_enters_a_report_taken_by_phone(coordinator_client):
    response = coordinator_client.post(
        "/admin/meldpunt/report/telefonisch/",
        {
            "channel": "phone",
            "received_at": "2026-11-27 10:15",
            "kind": "concern",
            "message": "Belde over haar buurman.",
            "kern": "bergschenhoek",
            "person_name": "Kees de Boer",
            "person_knows": "unknown",
            "name": "Anna de Vries",
            "phone": "010-1234567",
            "privacy_consent": "on",
        },
    )
    report = Report.objects.get()
    assert response.status_code == 302
    assert report.channel == "phone"
    assert (
        timezone.localtime(report.created_at).strftime("%d-%m %H:%M") == "27-11 10:15"
    )
    assert report.reporter.phone == "+31101234567"
    assert report.person_concerned.name == "Kees de Boer"
    assert report.status_changes.get().changed_by is not None


def test_assigning_in_the_form_goes_through_the_service(
    coordinator_client, coordinator
):
    report = ReportFactory()
    url = f"/admin/meldpunt/report/{report.pk}/change/"
    page = coordinator_client.get(url)
    data = {"assigned_to": coordinator.pk}
    for inline in page.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value() or 0
    response = coordinator_client.post(url, data)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.assigned_to == coordinator
    assert report.notes.filter(text__contains="Toegewezen aan").exists()


def test_first_contact_is_confirmed_then_recorded(coordinator_client):
    report = ReportFactory(first_contact_due=yesterday())
    url = f"/admin/meldpunt/report/{report.pk}/eerste-contact/"
    assert coordinator_client.get(url).status_code == 200
    report.refresh_from_db()
    assert report.first_contact_at is None
    coordinator_client.post(url)
    report.refresh_from_db()
    assert report.first_contact_at is not None and not report.is_overdue


def test_the_partner_link_is_shown_for_a_partner_without_email(coordinator_client):
    referral = ReferralFactory(organization__email="")
    html = coordinator_client.get(
        f"/admin/meldpunt/report/{referral.report_id}/change/"
    ).content.decode()
    assert "/meldpunt/partner/" in html
