"""Version of everything the public pages show, kept by the database.

A one-row table ``lansingerland_content_version`` holds a counter, the id of the
transaction that last raised it and when (UTC). A statement trigger on every
table of the apps in ``WATCHED_PREFIXES`` raises it on every statement that
inserts, updates, deletes or truncates, so every write path (admin, partner
area, services, imports, ``queryset.update()``, SQL) invalidates the cached
pages; no Python code has to remember to. Only the counter row is written: no receiver
changes a model. A bump becomes visible to other connections when its
transaction commits, together with the data it describes, so a page cached
under a version never predates that version's data.

``watch_tables`` installs the trigger on tables created later; it runs after
every ``migrate`` (``apps.LansingerlandConfig``) and is idempotent.

Listening (``settings.CONTENT_VERSION_LISTEN``, on by default, off in the test
suite whose transactions never commit): the bump also sends a NOTIFY, which
PostgreSQL delivers when the changing transaction commits. Each app process
keeps one connection of its own that LISTENs and re-reads the version on every
notification (and every ``REREAD_SECONDS`` as a safety net), so a cached page
costs no query at all. A committed change reaches every worker within
milliseconds; staff and partners never get cached pages, so their own save
always shows at once. While the listener is not connected (start-up, database
restart) ``content_version()`` asks the database each time, as without it.
"""

import datetime
import logging
import os
import threading
from dataclasses import dataclass

import psycopg
from django.conf import settings
from django.db import connection, connections

CHANNEL = "lansingerland_content_version"
REREAD_SECONDS = 10
RETRY_SECONDS = 1
logger = logging.getLogger(__name__)

WATCHED_PREFIXES = (
    "sociale_kaart_",
    "activiteiten_",
    "lansingerland_sitetext",
    "lansingerland_sitecontact",
)
TRIGGER = "content_version_bump"


@dataclass(frozen=True)
class ContentVersion:
    """``token`` identifies the content (counter and transaction: a rolled back
    bump never comes back under the same token); ``changed_at`` is the last
    committed change (aware, UTC)."""

    token: str
    changed_at: datetime.datetime


READ = "SELECT number, txid, changed_at FROM lansingerland_content_version"


def _version(row) -> ContentVersion:
    number, txid, changed_at = row
    return ContentVersion(token=f"{number}.{txid}", changed_at=changed_at)


def content_version() -> ContentVersion:
    """The current version: the listener's copy when it is connected (no
    query), else one small query on the request's connection. Raises
    ``ProgrammingError`` when the migration ``0008_content_version`` has not
    run, ``OperationalError`` when the database is unreachable."""
    if getattr(settings, "CONTENT_VERSION_LISTEN", False):
        known = _listener().version
        if known is not None:
            return known
    with connection.cursor() as cursor:
        cursor.execute(READ)
        return _version(cursor.fetchone())


class _Listener:
    """One per process (a forked worker starts its own): a daemon thread with
    a connection of its own, LISTENing on ``CHANNEL``. ``version`` is None
    whenever the thread is not connected and current."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.version: ContentVersion | None = None
        self.stopping = False
        self.thread = threading.Thread(
            target=self._run, name="content-version-listener", daemon=True
        )
        self.thread.start()

    def _connect(self) -> psycopg.Connection:
        db = settings.DATABASES["default"]
        return psycopg.connect(
            dbname=db["NAME"],
            user=db.get("USER") or None,
            password=db.get("PASSWORD") or None,
            host=db.get("HOST") or None,
            port=db.get("PORT") or None,
            autocommit=True,
            application_name="samenaanzet content version",
            connect_timeout=5,
        )

    def _run(self) -> None:
        failing = False
        while not self.stopping:
            try:
                with self._connect() as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    # Read after LISTEN: no change between the two is missed.
                    self.version = _version(conn.execute(READ).fetchone())
                    if failing:
                        logger.warning("content version listener connected again")
                        failing = False
                    while not self.stopping:
                        for _ in conn.notifies(timeout=REREAD_SECONDS, stop_after=1):
                            pass
                        if not self.stopping:
                            self.version = _version(conn.execute(READ).fetchone())
            except Exception:  # noqa: BLE001  (any failure: ask per request)
                self.version = None
                if not failing:  # once per outage, not every retry
                    logger.warning("content version listener lost its connection")
                    failing = True
                threading.Event().wait(RETRY_SECONDS)
        self.version = None


_state: dict[str, _Listener] = {}
_lock = threading.Lock()


def _listener() -> _Listener:
    with _lock:
        current = _state.get("listener")
        if current is None or current.pid != os.getpid():
            current = _state["listener"] = _Listener()
        return current


def stop_listening(timeout: float = 5) -> None:
    """End this process's listener and close its connection (tests call this
    before the test database is dropped); the next ``content_version()`` with
    listening on starts a new one."""
    with _lock:
        current = _state.pop("listener", None)
    if current is None or current.pid != os.getpid():
        return
    current.stopping = True
    current.version = None
    try:
        with current._connect() as conn:
            conn.execute("SELECT pg_notify(%s, 'stop')", [CHANNEL])
    except psycopg.Error:
        pass
    current.thread.join(timeout)


def watch_tables(using: str = "default", **kwargs) -> None:
    """Install the bump trigger on every watched table that lacks it."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT to_regclass('lansingerland_content_version') IS NOT NULL"
        )
        if cursor.fetchone()[0]:
            cursor.execute(
                "SELECT lansingerland_watch_tables(%s)", [list(WATCHED_PREFIXES)]
            )
