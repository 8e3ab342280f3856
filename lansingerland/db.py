"""Surviving a database restart or failover in the middle of a submission."""

import logging
from collections.abc import Callable
from typing import TypeVar

from django.db import InterfaceError, OperationalError, connection

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: What a dropped or restarting database raises (psycopg: "server closed the
#: connection unexpectedly", "terminating connection due to administrator
#: command", "the connection is closed").
CONNECTION_ERRORS = (OperationalError, InterfaceError)


def retry_once_on_lost_connection(function: Callable[..., T], /, **kwargs) -> T:
    """Call ``function(**kwargs)``; when the connection breaks, reconnect and
    call it once more.

    ``function`` must be its own transaction and idempotent (the meldpunt's
    submission token makes a repeat return the first report), so a commit
    whose answer was lost is never stored twice. Inside an outer transaction
    nothing can be retried and the error is raised at once. Raises the second
    attempt's OperationalError/InterfaceError when that fails too.
    """
    try:
        return function(**kwargs)
    except CONNECTION_ERRORS as error:
        if connection.in_atomic_block:
            raise
        logger.warning(
            "event=db_retry function=%s error=%s",
            function.__name__,
            type(error).__name__,
        )
        connection.close()
        return function(**kwargs)
