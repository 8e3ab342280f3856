"""Referring from the report admin: a new report is taken into triage on the
way, and "Doorverwijzen" is only offered where referring works."""

import pytest

from meldpunt.constants import ReportStatus
from meldpunt.models import Report
from tests.meldpunt.factories import ReportFactory
from tests.sociale_kaart.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def _change_page(client, report) -> str:
    return client.get(f"/admin/meldpunt/report/{report.pk}/change/").content.decode()


def _refer(client, report, partner):
    return client.post(
        f"/admin/meldpunt/report/{report.pk}/doorverwijzen/",
        {"organization": partner.pk, "note": ""},
        follow=True,
    )


def test_referring_a_new_report_passes_through_triage(coordinator_client, coordinator):
    report = ReportFactory(status=ReportStatus.NEW)
    partner = OrganizationFactory(name="Welzijn Lansingerland", email="w@example.nl")
    assert "/doorverwijzen/" in _change_page(coordinator_client, report)
    html = _refer(coordinator_client, report, partner).content.decode()
    assert "kan niet naar" not in html
    report.refresh_from_db()
    assert report.status == ReportStatus.REFERRED and report.partner == partner
    steps = [
        (c.from_status, c.to_status, c.changed_by)
        for c in report.status_changes.order_by("created_at", "pk")
    ]
    assert steps[-2:] == [
        (ReportStatus.NEW, ReportStatus.TRIAGE, coordinator),
        (ReportStatus.TRIAGE, ReportStatus.REFERRED, coordinator),
    ]


@pytest.mark.parametrize("status", ReportStatus.values)
def test_the_refer_button_is_there_exactly_when_referring_works(
    coordinator_client, status
):
    report = ReportFactory(
        status=status,
        outcome="other" if status == ReportStatus.CLOSED else "",
        cancel_reason="other" if status == ReportStatus.CANCELLED else "",
    )
    offered = "/doorverwijzen/" in _change_page(coordinator_client, report)
    partner = OrganizationFactory(email="p@example.nl")
    _refer(coordinator_client, report, partner)
    report.refresh_from_db()
    assert offered == report.referrals.filter(organization=partner).exists()
    assert offered == (status in ("new", "triage", "waiting-for-reporter", "reopened"))


def test_the_change_page_shows_the_reference_with_its_dash(coordinator_client):
    report = ReportFactory(reference="BQK8CYTK")
    html = _change_page(coordinator_client, report)
    assert "BQK8-CYTK" in html
    assert "BQK8CYTK" not in html
    assert "<title>BQK8-CYTK" in html
    assert Report.objects.get(pk=report.pk).reference == "BQK8CYTK"
