"""Plain text from the HTML users typed (nh3), for summaries and machines."""

import html
import re

import nh3

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
