"""``{{ text|sanitize }}`` for descriptions, ``{{ text|sanitize_page }}`` for a
coordinator's page text: user-entered text with only safe markup left."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from lansingerland.sanitizing import description_html, sanitize_page_html

register = template.Library()


@register.filter(is_safe=True)
def sanitize(value) -> SafeString:
    """Render a description (organisation, offer, activity) through
    :func:`description_html`: links and lists, plain text laid out.

    Use this, never ``|safe``, for descriptions from the database.
    """
    if value is None:
        return mark_safe("")  # noqa: S308
    return mark_safe(description_html(str(value)))  # noqa: S308


@register.filter(is_safe=True)
def sanitize_page(value) -> SafeString:
    """Render a coordinator's page text (``SiteText``) through
    :func:`sanitize_page_html`: also subheadings and emphasis."""
    if value is None:
        return mark_safe("")  # noqa: S308
    return mark_safe(sanitize_page_html(str(value)))  # noqa: S308
