"""The delivery loop beside ``make run`` says something only when it sent or
failed mail, and says it once (was: four lines every 3 s, each twice)."""

import io
import logging

import pytest
from django.core.management import call_command

from lansingerland.mail import mail_queue

pytestmark = pytest.mark.django_db


@pytest.fixture
def terminal():
    """What the loop's log handlers write, as ``make run``'s terminal shows
    it: every stream handler the ``post_office`` records reach."""
    buffer = io.StringIO()
    handlers, logger = [], logging.getLogger("post_office")
    while logger:
        handlers += [
            h
            for h in logger.handlers
            if isinstance(h, logging.StreamHandler)
            and not type(h).__module__.startswith("_pytest")  # pytest's own
        ]
        logger = logger.parent if logger.propagate else None
    streams = [handler.setStream(buffer) for handler in handlers]
    yield lambda: [line for line in buffer.getvalue().splitlines() if line.strip()]
    for handler, stream in zip(handlers, streams, strict=True):
        handler.setStream(stream)


def test_an_idle_run_prints_nothing(terminal, mail_stays_queued):
    for _run in range(3):
        call_command("deliver_mail")
    assert terminal() == []


def test_a_run_that_sends_says_so_once(terminal, mail_stays_queued, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail_queue(
        recipients=["buurvrouw@voorbeeld.nl"],
        subject="Uw melding",
        body="Bedankt voor uw melding.",
    )
    call_command("deliver_mail")
    lines = terminal()
    assert len(lines) == 1, lines
    assert "1 emails attempted, 1 sent, 0 failed" in lines[0]
    assert "level=INFO logger=post_office" in lines[0]
