"""Django's yes/no icons in the admin, read in Dutch by screen readers.

Django renders a boolean as ``<img alt="True">`` (``alt`` is ``str(value)``,
untranslated), so a screen reader says "True", "False" or "None" on a Dutch
page. Every caller (change lists, read-only fields) imports the helper from
``admin_list`` when it runs, so replacing it there reaches them all.
"""

from django.contrib.admin.templatetags import admin_list
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _

_ICONS = {True: "yes", False: "no", None: "unknown"}


def boolean_icon(value: bool | None) -> str:
    """Django's icon for ``value`` with the Dutch "ja", "nee" or "onbekend"."""
    texts = {True: _("ja"), False: _("nee"), None: _("onbekend")}
    return format_html(
        '<img src="{}" alt="{}">',
        static(f"admin/img/icon-{_ICONS[value]}.svg"),
        texts[value],
    )


def connect() -> None:
    admin_list._boolean_icon = boolean_icon
