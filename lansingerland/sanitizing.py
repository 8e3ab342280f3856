"""Cleaning text that users typed, so it can be shown safely (nh3).

Two profiles:

- **Descriptions** that partners (and coordinators) type for organisations,
  offers and activities: plain text with links and lists only
  (``sanitize_html``). Shown with ``|sanitize`` (``description_html``), which
  also turns plain text into HTML: a blank line starts a paragraph, lines
  starting with "- " become a list, and a bare web address becomes a link.
- **Page texts** that coordinators edit (``SiteText``: home, manifesto,
  privacy, accessibility) may also have subheadings and emphasis
  (``sanitize_page_html``, shown with ``|sanitize_page``).
"""

import re

import nh3

#: Markup a description may hold: paragraphs, line breaks, lists and links.
DESCRIPTION_TAGS = frozenset({"p", "br", "ul", "ol", "li", "a"})
#: Markup a coordinator's page text may hold: also subheadings and emphasis.
PAGE_TAGS = DESCRIPTION_TAGS | {"h2", "h3", "strong", "em", "b", "i"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
#: Relative links (``/meldpunt/``) are kept; of absolute ones only these.
URL_SCHEMES = frozenset({"https", "http", "mailto", "tel"})

_BULLET = re.compile(r"^\s*[-*•]\s+")
_BLOCK_TAG = re.compile(r"<(p|ul|ol|li|br)\b", re.IGNORECASE)
# A bare address: http(s)://… or www.…, up to a space or markup; a final
# full stop, comma or bracket belongs to the sentence, not to the address.
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)]")
_LINK_OR_TAG = re.compile(r"(<a\b.*?</a>|<[^>]*>)", re.IGNORECASE | re.DOTALL)


def _clean(text: str, tags: frozenset[str]) -> str:
    return nh3.clean(
        text,
        tags=set(tags),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
    )


def sanitize_html(text: str) -> str:
    """A description ``text`` with only links and lists left, as an HTML string.

    Other tags are removed, keeping their text; scripts and styles are
    dropped with their content; event-handler and style attributes and
    ``javascript:``/``data:`` links are removed; links get
    ``rel="noopener noreferrer"``. Plain text comes back HTML-escaped, its
    line breaks kept. Used when a description is saved.
    """
    return _clean(text, DESCRIPTION_TAGS)


def sanitize_page_html(text: str) -> str:
    """Like ``sanitize_html`` for a coordinator's page text (``SiteText``),
    which may also keep subheadings (h2, h3) and emphasis."""
    return _clean(text, PAGE_TAGS)


def _linkify(html: str) -> str:
    def link(match: re.Match) -> str:
        address = match.group(0)
        href = address if "://" in address else f"https://{address}"
        return f'<a href="{href}">{address}</a>'

    return "".join(
        part if index % 2 else _URL.sub(link, part)
        for index, part in enumerate(_LINK_OR_TAG.split(html))
    )


def _blocks(html: str) -> str:
    blocks = []
    for block in re.split(r"\n\s*\n", html.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        text_lines: list[str] = []
        items: list[str] = []
        for line in lines:
            if _BULLET.match(line):
                if text_lines:
                    blocks.append("<p>" + "<br>".join(text_lines) + "</p>")
                    text_lines = []
                items.append("<li>" + _BULLET.sub("", line) + "</li>")
            else:
                if items:
                    blocks.append("<ul>" + " ".join(items) + "</ul>")
                    items = []
                text_lines.append(line)
        if items:
            blocks.append("<ul>" + " ".join(items) + "</ul>")
        if text_lines:
            blocks.append("<p>" + "<br>".join(text_lines) + "</p>")
    # Spaces, not newlines, between blocks: templates may add |linebreaksbr.
    return " ".join(blocks)


def description_html(text: str) -> str:
    """A description as safe HTML for a page (the ``|sanitize`` filter).

    Plain text is laid out: a blank line starts a new paragraph, a single line
    break stays a line break, lines starting with "- " (or "* ", "• ") become
    a bulleted list, and a bare address (``https://…``, ``www.…``) becomes a
    link. Text with its own paragraphs or lists (``<p>``, ``<ul>``…) keeps
    its layout. Only the description markup of ``sanitize_html`` is left.
    """
    html = sanitize_html(text)
    if not _BLOCK_TAG.search(html):
        html = _blocks(html)
    return sanitize_html(_linkify(html))
