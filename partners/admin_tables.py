"""The admin's "nu → voorgesteld" table of a pending change."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _


def comparison_table(rows: list[tuple], *, heading: str = "") -> str:
    """HTML of ``rows`` (field label, current value, proposed value) under an
    optional bold ``heading``; "Geen verschil …" when there are no rows.
    Every value is escaped."""
    if not rows:
        return format_html("<p>{}</p>", _("Geen verschil met de huidige gegevens."))
    intro = format_html("<p><strong>{}</strong></p>", heading) if heading else ""
    return format_html(
        "{}<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>"
        "<tbody>{}</tbody></table>",
        intro,
        _("veld"),
        _("nu"),
        _("voorgesteld"),
        format_html_join("", "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", rows),
    )
