"""A mail server that accepts the connection and never answers holds a report
submission no longer than EMAIL_TIMEOUT: the report is saved, the mail waits
in the queue, the resident sees the confirmation (never an empty 500)."""

import socket

import pytest
from django.conf import settings
from post_office.models import STATUS, Email

from meldpunt.models import Report
from tests.meldpunt.formdata import report_data


@pytest.fixture
def hanging_smtp(settings):  # noqa: F811 (pytest-django's fixture)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = listener.getsockname()[1]
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 1
    settings.POST_OFFICE = {
        **settings.POST_OFFICE,
        "BACKENDS": {"default": "django.core.mail.backends.smtp.EmailBackend"},
    }
    yield listener
    listener.close()


@pytest.mark.django_db(transaction=True)
def test_a_hanging_mail_server_does_not_hang_the_report(client, hanging_smtp):
    response = client.post("/meldpunt/", report_data())
    assert response.status_code == 302
    assert Report.objects.count() == 1
    assert client.get(response["Location"]).status_code == 200
    assert Email.objects.filter(status=STATUS.requeued).exists()


def test_production_settings_give_smtp_a_timeout():
    assert 0 < settings.EMAIL_TIMEOUT <= 30
