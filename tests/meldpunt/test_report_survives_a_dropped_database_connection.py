"""A report that meets a dropped database connection is retried once, and
never lost: when it still fails, the resident keeps their text and sends again.

The fault is real: a second connection runs ``pg_terminate_backend`` on the
app's own connection just before it stores the report (the shared PostgreSQL
server is never restarted).
"""

from contextlib import contextmanager

import psycopg
import pytest
from django.db import connection
from post_office.models import Email

from meldpunt.models import Report
from tests.meldpunt.formdata import report_data

# The retry reconnects, which the rolled-back test transaction would not survive.
pytestmark = pytest.mark.django_db(transaction=True)

SUBMISSIONS = 20


def terminate(pid: int) -> None:
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])


@contextmanager
def connection_dropped_before_storing(times: int):
    """The first ``times`` attempts to insert a report lose their connection."""
    remaining = [times]

    def drop(execute, sql, params, many, context):
        if remaining[0] and sql.startswith('INSERT INTO "meldpunt_report"'):
            remaining[0] -= 1
            terminate(context["connection"].connection.info.backend_pid)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(drop):
        yield


@pytest.fixture(autouse=True)
def _many_reports_allowed(settings):
    settings.MELDPUNT_SUBMISSIONS_PER_HOUR = 100


def test_reports_are_stored_when_the_connection_drops_once(client):
    statuses = []
    for n in range(SUBMISSIONS):
        with connection_dropped_before_storing(times=1):
            response = client.post(
                "/meldpunt/", report_data(email=f"bewoner{n}@example.nl")
            )
        statuses.append(response.status_code)
    assert statuses == [302] * SUBMISSIONS
    assert Report.objects.count() == SUBMISSIONS
    assert Email.objects.filter(to__icontains="bewoner").count() == SUBMISSIONS


def test_when_it_keeps_failing_the_text_stays_and_a_resend_stores_it_once(
    client, settings
):
    settings.COALITION_PHONE = "010 123 45 67"
    data = report_data(message="Mijn buurman zit al weken alleen thuis.")
    with connection_dropped_before_storing(times=2):
        response = client.post("/meldpunt/", data)
    html = response.content.decode()
    assert response.status_code == 503
    assert "nog niet opgeslagen" in html
    assert "Mijn buurman zit al weken alleen thuis." in html
    assert "010 123 45 67" in html and settings.COALITION_EMAIL in html
    assert Report.objects.count() == 0

    assert client.post("/meldpunt/", data).status_code == 302
    assert client.post("/meldpunt/", data).status_code == 302
    assert Report.objects.count() == 1
