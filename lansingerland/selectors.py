"""Reads for the site-wide pages."""

import time

from django.conf import settings
from django.db import DatabaseError

from .constants import SiteTextSlug
from .models import SiteContact, SiteText

#: Seconds a worker keeps the meldpunt's contact details before reading them
#: again, so the footer of every page costs no query; a coordinator's change
#: shows everywhere within this time (at once in the worker that saved it).
SITE_CONTACT_SECONDS = 60

_site_contact_cache: dict[str, tuple[float, SiteContact]] = {}


def site_text_body(*, slug: SiteTextSlug) -> str:
    """The stored HTML of one page's text (one query); "" if the row is missing.

    Render it with ``|sanitize_page``.
    """
    return (
        SiteText.objects.filter(slug=slug).values_list("body", flat=True).first() or ""
    )


def site_contact() -> SiteContact:
    """The meldpunt's public mailbox and phone (an unsaved instance is fine).

    Read from the admin's one ``SiteContact`` row, kept per worker for
    :data:`SITE_CONTACT_SECONDS`; without that row, or when the database can't
    be read (error pages), ``settings.COALITION_EMAIL`` and
    ``settings.COALITION_PHONE``. Never raises.
    """
    cached = _site_contact_cache.get("contact")
    if cached and cached[0] > time.monotonic():
        return cached[1]
    try:
        contact = SiteContact.objects.filter(pk=1).first()
    except DatabaseError:
        contact = None
    if contact is None:
        contact = SiteContact(
            email=settings.COALITION_EMAIL, phone=settings.COALITION_PHONE
        )
    site_contact_remember(contact)
    return contact


def site_contact_remember(contact: SiteContact) -> None:
    """Keep ``contact`` as this worker's copy for :data:`SITE_CONTACT_SECONDS`."""
    _site_contact_cache["contact"] = (time.monotonic() + SITE_CONTACT_SECONDS, contact)


def site_contact_forget() -> None:
    """Drop this worker's copy of the contact details (after a change)."""
    _site_contact_cache.clear()
