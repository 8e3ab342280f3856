"""What partners may put in a description: text, links and lists (nh3)."""

import nh3

ALLOWED_TAGS = {"a", "p", "br", "ul", "ol", "li", "strong", "em"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_description(value: str) -> str:
    """``value`` with every tag, attribute and URL scheme outside the allowed
    set removed (scripts and styles with their content); links get
    ``rel="noopener noreferrer nofollow"``. Plain text comes back unchanged
    except that ``<``, ``>`` and ``&`` are escaped."""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()
