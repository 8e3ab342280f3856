"""``{{ text|plaintext }}``: a description typed by a user, without any markup,
for summaries next to ``|sanitize`` (which shows the description itself)."""

from django import template

from lansingerland.plain_text import plain_text

register = template.Library()


@register.filter
def plaintext(value) -> str:
    """``value`` (HTML typed by a user) as plain text (:func:`plain_text`).

    Use it wherever a description is summarised (cards, ``truncatewords``)
    or put in a meta tag or a title; the result is escaped like any text.
    """
    if value is None:
        return ""
    return plain_text(str(value))
