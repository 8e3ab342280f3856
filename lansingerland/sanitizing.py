"""Cleaning HTML that users typed, so it can be shown safely (nh3)."""

import nh3

#: Markup a coordinator or partner may use: paragraphs, subheadings, lists,
#: emphasis and links. Everything else is removed, keeping its text.
ALLOWED_TAGS = frozenset(
    {"p", "br", "h2", "h3", "ul", "ol", "li", "strong", "em", "b", "i", "a"}
)
ALLOWED_ATTRIBUTES = {"a": {"href"}}
#: Relative links (``/meldpunt/``) are kept; of absolute ones only these.
URL_SCHEMES = frozenset({"https", "http", "mailto", "tel"})


def sanitize_html(text: str) -> str:
    """``text`` with only the allowed tags and safe links, as an HTML string.

    Scripts and styles are dropped with their content; event-handler and
    style attributes and ``javascript:``/``data:`` links are removed; links
    get ``rel="noopener noreferrer"``. Plain text comes back HTML-escaped.
    """
    return nh3.clean(
        text,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
    )
