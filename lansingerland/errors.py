"""Error and outage pages that render without the database.

Both give the meldpunt's phone number and mailbox straight from settings
(COALITION_PHONE, COALITION_EMAIL), never from a database row, so a resident
can still reach someone while PostgreSQL is down.
"""

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader

from .db import CONNECTION_ERRORS

logger = logging.getLogger(__name__)


def _contact() -> dict:
    return {
        "coalition_email": settings.COALITION_EMAIL,
        "coalition_phone": settings.COALITION_PHONE,
    }


def _render(template: str) -> str:
    # No request: context processors (user, messages, sessions) would query
    # the database.
    return loader.get_template(template).render(_contact())


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: "Er ging iets mis" with the contact; no database needed."""
    return HttpResponseServerError(_render("500.html"))


class DatabaseOutageMiddleware:
    """A view that can't reach the database gets the outage page (503, retry
    in a minute) instead of a bare error; the error is still logged (and
    mailed to ADMINS) by Django's request logger."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not isinstance(exception, CONNECTION_ERRORS):
            return None
        logger.error(
            "event=database_unavailable path=%s",
            request.path,
            exc_info=exception,
            extra={"status_code": 503, "request": request},
        )
        response = HttpResponse(_render("503.html"), status=503)
        response["Retry-After"] = "60"
        return response
