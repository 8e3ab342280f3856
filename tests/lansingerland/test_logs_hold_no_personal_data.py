"""Log lines are key=value and never contain e-mail addresses or phone numbers."""

import io
import logging
import logging.config

import pytest
from django.conf import settings

from lansingerland.logs import redact


@pytest.fixture
def log_output():
    """A logger wired exactly like the settings' console handler."""
    stream = io.StringIO()
    config = {
        **settings.LOGGING,
        "disable_existing_loggers": False,
        "handlers": {
            "capture": {
                **settings.LOGGING["handlers"]["console"],
                "class": "logging.StreamHandler",
                "stream": stream,
            }
        },
        "root": {"handlers": [], "level": "INFO"},
        "loggers": {"samenaanzet.test": {"handlers": ["capture"], "level": "INFO"}},
    }
    logging.config.dictConfig(config)
    yield logging.getLogger("samenaanzet.test"), stream
    logging.config.dictConfig(settings.LOGGING)


def test_lines_are_greppable_key_value(log_output):
    logger, stream = log_output
    logger.warning('event=report_created kern=%s note="x"', "bleiswijk")
    line = stream.getvalue().strip()
    assert line.startswith("ts=")
    assert " level=WARNING logger=samenaanzet.test " in line
    assert line.endswith('msg="event=report_created kern=bleiswijk note=\\"x\\""')
    assert "\n" not in line


def test_email_and_phone_in_message_and_arguments_are_redacted(log_output):
    logger, stream = log_output
    logger.info(
        "mail to %s failed, call %s or %s",
        "anna.devries@example.org",
        "06-12345678",
        "+31 6 1234 5678",
    )
    logger.info("contact: (010) 800 40 00, j.jansen+meld@gemeente.example.nl")
    output = stream.getvalue()
    for secret in ("anna.devries", "example.org", "12345678", "1234 5678", "800 40 00"):
        assert secret not in output
    assert output.count("[e-mail]") == 2 and output.count("[telefoon]") == 3


def test_exceptions_are_on_one_line_and_redacted(log_output):
    logger, stream = log_output
    try:
        raise ValueError("bad address piet@example.org")
    except ValueError:
        logger.exception("sending failed")
    (line,) = stream.getvalue().strip().splitlines()
    assert 'exc="Traceback' in line and "[e-mail]" in line
    assert "piet@example.org" not in line


@pytest.mark.parametrize(
    "harmless",
    [
        "report 7F3K-9QXA status=triage",
        "took 1234 ms on 2026-11-30T10:00:00",
        "GET /sociale-kaart/ 200 0.0123s",
        "crisis line 113",
    ],
)
def test_ordinary_numbers_and_references_survive(harmless):
    assert redact(harmless) == harmless
