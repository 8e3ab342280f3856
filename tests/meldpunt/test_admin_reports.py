"""Coordinators find reports in /admin/."""

import pytest

from meldpunt.models import StatusChange
from tests.meldpunt.factories import ReporterFactory

pytestmark = pytest.mark.django_db


def test_report_changelist_filters_and_searches(coordinator_client):
    reporter = ReporterFactory(name="Piet Jansen", report__kern="bergschenhoek")
    ReporterFactory(name="Karin Bakker", report__kern="bleiswijk")
    response = coordinator_client.get("/admin/meldpunt/report/")
    html = response.content.decode()
    assert response.status_code == 200
    for choice in ("Bergschenhoek", "Ik maak me zorgen om iemand", "nieuw"):
        assert choice in html

    found = coordinator_client.get(
        "/admin/meldpunt/report/", {"kern__exact": "bleiswijk"}
    )
    assert found.context["cl"].result_count == 1

    by_name = coordinator_client.get("/admin/meldpunt/report/", {"q": "Piet"})
    assert list(by_name.context["cl"].result_list) == [reporter.report]

    formatted = reporter.report.formatted_reference
    by_reference = coordinator_client.get("/admin/meldpunt/report/", {"q": formatted})
    assert list(by_reference.context["cl"].result_list) == [reporter.report]


def test_report_page_shows_reporter(coordinator_client):
    reporter = ReporterFactory(name="Piet Jansen")
    response = coordinator_client.get(
        f"/admin/meldpunt/report/{reporter.report.pk}/change/"
    )
    assert response.status_code == 200
    assert "Piet Jansen" in response.content.decode()


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get("/admin/meldpunt/report/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_report_page_reads_signs_and_status_history_in_dutch(coordinator_client):
    from meldpunt.constants import ReportStatus
    from meldpunt.services import report_transition
    from tests.meldpunt.factories import ReportFactory

    report = ReportFactory(
        kind="concern", signs=["rarely-outside", "few-visitors"], status="new"
    )
    StatusChange.objects.create(report=report, to_status=ReportStatus.NEW)
    report_transition(
        report_id=report.pk, to_status=ReportStatus.TRIAGE, user=None, note="Bekeken."
    )
    html = coordinator_client.get(
        f"/admin/meldpunt/report/{report.pk}/change/"
    ).content.decode()
    assert "komt weinig of nooit buiten" in html
    assert "rarely-outside" not in html
    assert "— → nieuw" in html
    assert "nieuw → in behandeling" in html
    assert "- → new" not in html


def test_only_coordinators_can_be_assigned_a_report(coordinator_client, coordinator):
    from meldpunt.services import report_assign
    from meldpunt.workflow import InvalidTransition
    from tests.meldpunt.factories import ReportFactory
    from tests.partners.factories import MembershipFactory

    partner = MembershipFactory(user__email="partner@voorbeeld.nl").user
    report = ReportFactory()
    html = coordinator_client.get(
        f"/admin/meldpunt/report/{report.pk}/change/"
    ).content.decode()
    assert "partner@voorbeeld.nl" not in html
    assert coordinator.get_username() in html
    with pytest.raises(InvalidTransition):
        report_assign(report_id=report.pk, assignee=partner, user=coordinator)
    report.refresh_from_db()
    assert report.assigned_to is None
