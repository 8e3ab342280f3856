"""Model and form fields shared by several apps."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from .validators import normalize_phone, phone_for_display


class PhoneNumberFormField(forms.CharField):
    """A phone number typed any common way, cleaned to E.164 by the portal's
    one rule (:func:`lansingerland.validators.normalize_phone`) and shown
    back the Dutch way (``06 12345678``). Empty stays ``""``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 30)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("autocomplete", "tel")
        self.widget.attrs.setdefault("inputmode", "tel")

    def prepare_value(self, value):
        return phone_for_display(value) if value else value

    def clean(self, value):
        value = super().clean(value)
        return normalize_phone(value) if value else ""


class PhoneNumberAdminMixin:
    """For a ModelAdmin or inline: its ``phone`` field follows the portal's one
    phone rule (:class:`PhoneNumberFormField`), stored in E.164 and shown the
    Dutch way, like every other form."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "phone" and isinstance(db_field, models.CharField):
            return PhoneNumberFormField(
                label=db_field.verbose_name.capitalize(),
                required=not db_field.blank,
                max_length=db_field.max_length,
                help_text=db_field.help_text,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class WebsiteField(models.URLField):
    """A URL field whose form adds ``https://`` to an address typed without one
    and says in plain Dutch (no "URL") what it expects."""

    def formfield(self, **kwargs):
        error_messages = {
            "invalid": _("Vul een webadres in zoals https://www.voorbeeld.nl."),
            **kwargs.pop("error_messages", {}),
        }
        return super().formfield(
            **{"assume_scheme": "https", "error_messages": error_messages, **kwargs}
        )
