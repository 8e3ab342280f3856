"""Bewaarlijst: a professional's shortlist of offers, kept in the session.

No account is needed. The list is a list of Service ids (at most
``MAX_ITEMS``) under ``SESSION_KEY``; a share link carries the same ids in
its URL (``?aanbod=12,15,20``) so a printed QR code leads back to the list.
"""

import re

from django.urls import reverse

from lansingerland.digits import is_number

SESSION_KEY = "sociale_kaart_bewaarlijst"
MAX_ITEMS = 50


def shortlist_ids(session) -> list[int]:
    """The ids on the session's shortlist, in the order they were added."""
    return [int(pk) for pk in session.get(SESSION_KEY, [])]


def shortlist_add(*, session, service_id: int) -> None:
    """Add an offer (no duplicates; the oldest drop off past ``MAX_ITEMS``)."""
    ids = [pk for pk in shortlist_ids(session) if pk != service_id]
    session[SESSION_KEY] = (ids + [service_id])[-MAX_ITEMS:]


def shortlist_remove(*, session, service_id: int) -> None:
    session[SESSION_KEY] = [pk for pk in shortlist_ids(session) if pk != service_id]


def parse_ids(text: str) -> list[int]:
    """``"12,15,x,20"`` to ``[12, 15, 20]``: non-numbers are skipped, order and
    the first ``MAX_ITEMS`` kept, duplicates dropped."""
    ids: list[int] = []
    for part in (text or "").split(","):
        part = part.strip()
        if is_number(part) and int(part) not in ids:
            ids.append(int(part))
    return ids[:MAX_ITEMS]


def share_path(ids: list[int]) -> str:
    """The share link's path for ``ids`` (relative; make absolute per request)."""
    url = reverse("sociale_kaart:shortlist_shared")
    return f"{url}?aanbod={','.join(str(pk) for pk in ids)}"


HOLE = re.compile(
    r"<!--bewaarlijst:(\d+):ja-->(.*?)<!--bewaarlijst:\1:nee-->(.*?)"
    r"<!--bewaarlijst:\1:einde-->",
    re.DOTALL,
)


def fill_shortlist_holes(html: str, request) -> str:
    """Keep, in a page rendered for the page cache, the variant of each
    bewaarlijst button that matches this visitor's list (``saved`` or not); see
    ``lansingerland.page_cache``. The session is only read when there are
    buttons."""
    if "<!--bewaarlijst:" not in html:
        return html
    saved = set(shortlist_ids(request.session))
    return HOLE.sub(
        lambda m: m.group(2) if int(m.group(1)) in saved else m.group(3), html
    )


def _shortlist_state(request) -> list[int]:
    return shortlist_ids(request.session)


# Empty list: the page shows this visitor what it shows a new one.
fill_shortlist_holes.visitor_state = _shortlist_state
