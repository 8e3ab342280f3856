"""``{{ text|sanitize }}``: user-entered HTML with only safe markup left."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from lansingerland.sanitizing import sanitize_html

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
