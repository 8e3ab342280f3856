"""``{{ text|sanitize }}``: user-entered HTML with only safe markup left;
``{{ text|plaintext }}``: the same text without any markup, for summaries."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from lansingerland.sanitizing import plain_text, sanitize_html

register = template.Library()


@register.filter(is_safe=True)
def sanitize(value) -> SafeString:
    """Render ``value`` (HTML typed by a user) through :func:`sanitize_html`.

    Use this, never ``|safe``, for text from the database that may hold
    links and lists.
    """
    if value is None:
        return mark_safe("")  # noqa: S308
    return mark_safe(sanitize_html(str(value)))  # noqa: S308


@register.filter
def plaintext(value) -> str:
    """``value`` (HTML typed by a user) as plain text (:func:`plain_text`).

    Use it wherever a description is summarised (cards, ``truncatewords``)
    or put in a meta tag or a title; the result is escaped like any text.
    """
    if value is None:
        return ""
    return plain_text(str(value))
