"""``{{ number|phone_link }}``: a stored phone number as a link that calls it."""

from django import template
from django.core.exceptions import ValidationError
from django.utils.html import format_html

from lansingerland.validators import normalize_phone, phone_for_display

register = template.Library()


@register.filter
def phone_link(value: str) -> str:
    """``+31108004000`` as ``<a href="tel:+31108004000">010 800 4000</a>``.

    A number stored as typed (``(010) 800 40 00``) gets the same link. The
    class ``phone-number`` keeps the number on one line. Text that is no valid
    number (an old entry) is shown as it is, without a link.
    """
    if not value:
        return ""
    try:
        number = normalize_phone(value)
    except ValidationError:
        return value
    return format_html(
        '<a class="phone-number" href="tel:{}">{}</a>',
        number,
        phone_for_display(number),
    )
