"""``{% error_summary_items form formsets as items %}``: the error summary's lines.

Used by ``templates/includes/form_errors.html``, the one error summary of all
forms. Each error is one line, so the heading counts errors, not fields.
"""

from dataclasses import dataclass

from django import forms, template
from django.utils.translation import gettext as _

register = template.Library()


@dataclass(frozen=True)
class ErrorItem:
    """One line of the summary: ``text`` and the id of the input it links to
    (empty for an error about the whole form)."""

    text: str
    anchor: str = ""


def _anchor(bound_field: forms.BoundField) -> str:
    widget = bound_field.field.widget
    if bound_field.is_hidden or not bound_field.auto_id:
        return ""
    # Radio buttons and tick-box lists have no element with the field's own id.
    if getattr(widget, "input_type", "") == "radio" or (
        getattr(widget, "allow_multiple_selected", False)
        and getattr(widget, "input_type", "") == "checkbox"
    ):
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id


def _name(bound_field: forms.BoundField) -> str:
    """The field's name in a summary line: its ``summary_label`` if it has one
    (a short name for a long label), else its label, without the label's own
    closing full stop or colon ("…privacyverklaring.: U moet…" reads badly)."""
    name = getattr(bound_field.field, "summary_label", None) or bound_field.label
    return str(name).rstrip().rstrip(".:")


def _form_items(form: forms.BaseForm, prefix: str = "") -> list[ErrorItem]:
    items = []
    for bound_field in form:
        for error in bound_field.errors:
            if bound_field.is_hidden or not bound_field.label:
                text = f"{prefix}: {error}" if prefix else str(error)
            elif prefix:
                text = _("%(row)s, %(field)s: %(error)s") % {
                    "row": prefix,
                    "field": _name(bound_field),
                    "error": error,
                }
            else:
                text = _("%(field)s: %(error)s") % {
                    "field": _name(bound_field),
                    "error": error,
                }
            items.append(ErrorItem(text=text, anchor=_anchor(bound_field)))
    for error in form.non_field_errors():
        items.append(ErrorItem(text=f"{prefix}: {error}" if prefix else str(error)))
    return items


@register.simple_tag
def error_summary_items(form, formsets=None) -> list[ErrorItem]:
    """Every error of ``form`` and of each formset in ``formsets``, in page order.

    A field's error names the field ("Naam: …"); an error about the whole form
    has no name. Formset rows are named by the formset's ``row_label`` (a text
    with ``%(number)s``, e.g. "Openingstijd %(number)s"), counted from 1.
    ``form`` or ``formsets`` may be empty (missing from the context).
    """
    items = _form_items(form) if isinstance(form, forms.BaseForm) else []
    for formset in formsets or ():
        items.extend(ErrorItem(text=str(error)) for error in formset.non_form_errors())
        label = getattr(formset, "row_label", "") or _("Regel %(number)s")
        for number, row in enumerate(formset.forms, start=1):
            items.extend(_form_items(row, prefix=label % {"number": number}))
    return items


@register.filter
def described_by(bound_field: forms.BoundField) -> str:
    """The ids of a field's hint and error, for its ``aria-describedby``, so a
    screen reader reads both with the input (empty when it has neither)."""
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}_helptext")
    if bound_field.errors:
        ids.append(f"{bound_field.auto_id}_error")
    return " ".join(ids)
