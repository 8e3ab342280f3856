"""Reads for the site-wide pages."""

from .constants import SiteTextSlug
from .models import SiteText


def site_text_body(*, slug: SiteTextSlug) -> str:
    """The stored HTML of one page's text (one query); "" if the row is missing.

    Render it with ``|sanitize_page``.
    """
    return (
        SiteText.objects.filter(slug=slug).values_list("body", flat=True).first() or ""
    )
