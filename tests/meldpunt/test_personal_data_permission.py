"""Seeing contact details and the person concerned needs its own permission."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from meldpunt.models import PersonalDataAccess
from tests.conftest import otp_verify
from tests.meldpunt.factories import (
    PersonConcernedFactory,
    ReferralFactory,
    ReporterFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def limited_client(django_user_model):
    """A staff member who may handle reports but not see personal data."""
    user = django_user_model.objects.create_user(username="stagiair", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="meldpunt",
            codename__in=["view_report", "change_report", "add_report"],
        )
    )
    client = Client()
    client.force_login(user)
    otp_verify(client, user)
    return client


def report_with_people():
    reporter = ReporterFactory(name="Piet Jansen", email="piet@example.nl")
    PersonConcernedFactory(report=reporter.report, name="Els Bakker")
    return reporter.report


def test_coordinator_sees_reporter_and_person_and_the_view_is_logged(
    coordinator_client, coordinator
):
    report = report_with_people()
    html = coordinator_client.get(
        f"/admin/meldpunt/report/{report.pk}/change/"
    ).content.decode()
    assert "Piet Jansen" in html and "Els Bakker" in html
    access = PersonalDataAccess.objects.get()
    assert access.user == coordinator and access.report == report


def test_without_the_permission_the_report_shows_but_not_the_people(limited_client):
    report = report_with_people()
    response = limited_client.get(f"/admin/meldpunt/report/{report.pk}/change/")
    html = response.content.decode()
    assert response.status_code == 200
    assert report.formatted_reference in html
    assert "Piet Jansen" not in html and "Els Bakker" not in html
    assert "piet@example.nl" not in html
    assert PersonalDataAccess.objects.count() == 0


def test_without_the_permission_searching_by_name_finds_nothing(
    limited_client, coordinator_client
):
    report = report_with_people()
    limited = limited_client.get("/admin/meldpunt/report/", {"q": "Piet"})
    assert limited.context["cl"].result_count == 0
    allowed = coordinator_client.get("/admin/meldpunt/report/", {"q": "Piet"})
    assert list(allowed.context["cl"].result_list) == [report]


def test_avg_page_needs_the_permission(limited_client, coordinator_client):
    assert limited_client.get("/admin/meldpunt/report/personen/").status_code == 403
    assert coordinator_client.get("/admin/meldpunt/report/personen/").status_code == 200


def test_figures_page_needs_its_permission(limited_client, coordinator_client):
    assert limited_client.get("/admin/meldpunt/report/rapportage/").status_code == 403
    assert (
        coordinator_client.get("/admin/meldpunt/report/rapportage/").status_code == 200
    )


def test_the_partner_link_is_shown_only_with_the_permission(
    limited_client, coordinator_client
):
    referral = ReferralFactory()
    url = f"/admin/meldpunt/report/{referral.report_id}/change/"
    assert "/meldpunt/partner/" not in limited_client.get(url).content.decode()
    assert "/meldpunt/partner/" in coordinator_client.get(url).content.decode()
