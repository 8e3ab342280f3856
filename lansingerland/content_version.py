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
"""

import datetime
from dataclasses import dataclass

from django.db import connection, connections

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


def content_version() -> ContentVersion:
    """The current version, one small query. Raises ``ProgrammingError`` when
    the migration ``0008_content_version`` has not run."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT number, txid, changed_at FROM lansingerland_content_version"
        )
        number, txid, changed_at = cursor.fetchone()
    return ContentVersion(token=f"{number}.{txid}", changed_at=changed_at)


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
