"""Plain Dutch error messages for the public filter forms (django-filter).

Filters live in the URL, so people edit them by hand and follow old links.
Django's stock texts ("Selecteer een geldige keuze. xx is geen beschikbare
keuze.") are not fit for visitors: ``PlainFilterSet`` gives every field of its
form a plain message by the kind of field, and a FilterSet can give one field
its own text in ``field_messages`` (one place per FilterSet). A field with a
bad value is left out of the filtering; the other filters still apply and the
form keeps what was typed.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

WRONG_CHOICE = _("Deze keuze bestaat niet (meer). Kies een andere of laat het leeg.")
WRONG_NUMBER = _("Vul een heel getal in, bijvoorbeeld 12.")
WRONG_DATE = _("Vul een datum in zoals 25-11-2026.")
TOO_LONG = _(
    "Dit is te lang. Gebruik niet meer dan %(limit_value)d tekens (nu %(show_value)d)."
)

#: Error codes Django's fields use, by the kind of field; one text for each.
_CHOICE_CODES = ("invalid_choice", "invalid_list", "invalid_pk_value", "invalid")
_NUMBER_CODES = (
    "invalid",
    "min_value",
    "max_value",
    "step_size",
    "max_digits",
    "max_decimal_places",
    "max_whole_digits",
)


def plain_messages(field: forms.Field) -> dict[str, str]:
    """The plain Dutch error texts for ``field``, by its kind (error code → text)."""
    if isinstance(field, forms.ChoiceField | forms.ModelChoiceField):
        return dict.fromkeys(_CHOICE_CODES, WRONG_CHOICE)
    if isinstance(field, forms.IntegerField | forms.FloatField | forms.DecimalField):
        return dict.fromkeys(_NUMBER_CODES, WRONG_NUMBER)
    if isinstance(field, forms.DateField):
        return {"invalid": WRONG_DATE}
    if isinstance(field, forms.CharField):
        return {"max_length": TOO_LONG}
    return {}


class WholeNumberFilter(django_filters.NumberFilter):
    """A number filter for whole numbers (``7.5`` is an error, not ``7``)."""

    field_class = forms.IntegerField


class PlainFilterSet(django_filters.FilterSet):
    """A FilterSet whose form speaks plain Dutch when a value is wrong.

    ``field_messages`` maps a filter's name to one text used for every error of
    that field (e.g. the age's range), overriding the text by kind of field.
    """

    field_messages: dict[str, str] = {}

    @property
    def form(self):
        if not hasattr(self, "_form"):
            form = super().form
            for name, field in form.fields.items():
                messages = plain_messages(field)
                if name in self.field_messages:
                    codes = {*messages, *field.error_messages} - {"required"}
                    messages = dict.fromkeys(codes, self.field_messages[name])
                field.error_messages = {**field.error_messages, **messages}
        return self._form
