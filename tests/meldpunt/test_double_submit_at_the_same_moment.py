"""Two requests with the same form at the same moment still give one report."""

import threading

import pytest
from django.db import connection

from meldpunt.models import Report
from meldpunt.services import report_submit

pytestmark = pytest.mark.django_db(transaction=True)


def test_simultaneous_submissions_with_one_token_store_one_report(monkeypatch):
    barrier = threading.Barrier(2)
    original_filter = Report.objects.filter
    results = []

    def in_thread():
        try:
            results.append(
                report_submit(
                    kind="question",
                    message="Twee keer op verzenden gedrukt.",
                    email="jan@example.nl",
                    privacy_consent=True,
                    submission_token="dubbel-token",
                )
            )
        finally:
            connection.close()

    def filter_then_wait(*args, **kwargs):
        queryset = original_filter(*args, **kwargs)
        if kwargs.get("submission_token") == "dubbel-token":
            # Both requests pass the "seen before?" check before either saves.
            list(queryset)
            barrier.wait(timeout=10)
        return queryset

    monkeypatch.setattr(Report.objects, "filter", filter_then_wait)
    threads = [threading.Thread(target=in_thread) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    monkeypatch.undo()
    assert len(results) == 2
    assert Report.objects.count() == 1
    assert results[0].pk == results[1].pk
