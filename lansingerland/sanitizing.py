"""Cleaning HTML that users typed, so it can be shown safely (nh3)."""

import html
import re

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


#: Tags that end a block of text: a line break goes in their place, so list
#: items and paragraphs don't run together ("Gezellig" + "Gratis").
_BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:p|br|li|ul|ol|h[1-6]|div|blockquote|tr|table|section)\b[^>]*>",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def plain_text(text: str) -> str:
    """``text`` (HTML typed by a user) as plain text, for summaries, meta tags,
    structured data, calendars and open data.

    Every tag is removed (scripts and styles with their content), block
    elements and list items are separated by line breaks, entities are
    decoded (``&amp;`` becomes ``&``) and runs of spaces are collapsed. The
    result is *not* HTML: let the template escape it.
    """
    if not text:
        return ""
    text = _BLOCK_TAG.sub("\n", text)
    text = html.unescape(nh3.clean(text, tags=set(), attributes={}))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n", "\n".join(lines)).strip()
