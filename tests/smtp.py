"""Real local SMTP servers (aiosmtpd) that accept, refuse or hang."""

import asyncio
import socket
from contextlib import contextmanager

from aiosmtpd.controller import Controller


class Handler:
    """Keeps accepted mails in ``received``; ``mode`` is "accept", "refuse"
    (451 on every recipient) or "hang" (never answers DATA)."""

    def __init__(self, mode: str = "accept") -> None:
        self.mode = mode
        self.received: list[bytes] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if self.mode == "refuse":
            return "451 4.3.0 Mail server temporarily refusing mail"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        if self.mode == "hang":
            await asyncio.sleep(60)
        self.received.append(envelope.content)
        return "250 Message accepted"


@contextmanager
def smtp_server(settings, mode: str = "accept"):
    """Start an SMTP server on a free loopback port and point the queue's
    backend at it (EMAIL_TIMEOUT 1 s); yields its Handler."""
    handler = Handler(mode)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 1
    settings.POST_OFFICE = {
        **settings.POST_OFFICE,
        "BACKENDS": {"default": "django.core.mail.backends.smtp.EmailBackend"},
    }
    try:
        yield handler
    finally:
        controller.stop()
