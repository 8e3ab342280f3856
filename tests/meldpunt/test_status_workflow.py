"""Coordinators move a report through the workflow; wrong moves are refused."""

import pytest

from meldpunt.models import StatusChange
from meldpunt.services import report_transition
from meldpunt.workflow import TRANSITIONS, InvalidTransition
from tests.meldpunt.factories import ReportFactory

pytestmark = pytest.mark.django_db


def test_a_report_travels_from_new_to_closed_with_a_history_row_per_step(coordinator):
    report = ReportFactory()
    steps = [("triage", {}), ("referred", {}), ("in-contact", {})]
    for status, extra in steps:
        report_transition(
            report_id=report.pk, to_status=status, user=coordinator, **extra
        )
    report_transition(
        report_id=report.pk,
        to_status="closed",
        user=coordinator,
        outcome="help-accepted",
        note="Buurthuis heeft contact; mevrouw komt op de koffieochtend.",
    )
    report.refresh_from_db()
    assert report.status == "closed" and report.outcome == "help-accepted"
    assert report.closed_at is not None and report.first_contact_at is not None
    history = list(report.status_changes.values_list("from_status", "to_status"))
    assert history == [
        ("new", "triage"),
        ("triage", "referred"),
        ("referred", "in-contact"),
        ("in-contact", "closed"),
    ]
    assert all(c.changed_by == coordinator for c in report.status_changes.all())


def test_a_move_not_in_the_table_is_refused_with_a_dutch_message(coordinator):
    report = ReportFactory()
    with pytest.raises(InvalidTransition) as refused:
        report_transition(report_id=report.pk, to_status="closed", user=coordinator)
    assert "kan niet naar 'afgesloten'" in refused.value.message
    assert "in behandeling" in refused.value.message
    report.refresh_from_db()
    assert report.status == "new"
    assert not StatusChange.objects.exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"outcome": "help-accepted"}, "toelichting"),
        ({"note": "Klaar."}, "uitkomst"),
    ],
)
def test_closing_needs_a_note_and_an_outcome(coordinator, extra, message):
    report = ReportFactory(status="triage")
    with pytest.raises(InvalidTransition) as refused:
        report_transition(
            report_id=report.pk, to_status="closed", user=coordinator, **extra
        )
    assert message in refused.value.message
    report.refresh_from_db()
    assert report.status == "triage"


def test_reopening_needs_a_note_and_goes_back_through_triage(coordinator):
    report = ReportFactory(status="closed", outcome="other")
    with pytest.raises(InvalidTransition):
        report_transition(report_id=report.pk, to_status="reopened", user=coordinator)
    report_transition(
        report_id=report.pk,
        to_status="reopened",
        user=coordinator,
        note="Buurman belde.",
    )
    report.refresh_from_db()
    assert report.outcome == "" and report.closed_at is None
    with pytest.raises(InvalidTransition):
        report_transition(report_id=report.pk, to_status="referred", user=coordinator)
    report_transition(report_id=report.pk, to_status="triage", user=coordinator)


def test_cancelling_needs_a_reason_and_a_duplicate_names_the_other_report(coordinator):
    first = ReportFactory()
    second = ReportFactory()
    with pytest.raises(InvalidTransition):
        report_transition(report_id=second.pk, to_status="cancelled", user=coordinator)
    with pytest.raises(InvalidTransition):
        report_transition(
            report_id=second.pk,
            to_status="cancelled",
            user=coordinator,
            cancel_reason="duplicate",
        )
    report_transition(
        report_id=second.pk,
        to_status="cancelled",
        user=coordinator,
        cancel_reason="duplicate",
        duplicate_of=first,
    )
    second.refresh_from_db()
    assert second.duplicate_of == first and second.cancel_reason == "duplicate"


def test_history_rows_cannot_be_changed(coordinator):
    report = ReportFactory()
    report_transition(report_id=report.pk, to_status="triage", user=coordinator)
    change = StatusChange.objects.get()
    change.note = "achteraf aangepast"
    with pytest.raises(ValueError, match="append-only"):
        change.save()


def test_every_status_in_the_table_has_a_way_on():
    for status, targets in TRANSITIONS.items():
        assert targets, status
