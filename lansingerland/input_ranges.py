"""Numbers and keys a form never offers stop at the form, never in a query.

Tampered input reached the database or a model's ``clean()`` in three ways,
each a 500 on the admin's add and change pages:

- A model integer field's form field knew no upper bound: ``9`` × 40 in the
  summer period's day passed the form and overflowed ``datetime.date`` in the
  model's ``clean()``. Every model integer field's form field now gets its
  column's range (PostgreSQL ``smallint``/``integer``/``bigint``) as
  validators, so the value is a Dutch form error and never reaches the
  instance.
- The admin's autocomplete widgets, re-rendering a refused form, looked up
  the submitted values as they were: ``1e9x`` in a relation field raised
  ``ValueError`` inside the query. Values that are no key of the related
  model are left out of that lookup (the field's own error stays).
- An admin object id that is no key ("12abc", "%zz"): see
  :func:`is_key_of` and :mod:`lansingerland.bad_input`.

:func:`connect` installs the first two (called once from
``LansingerlandConfig.ready``); both wrap Django's own methods, so every
model form, admin and inline gets them without opting in.
"""

from django.contrib.admin.widgets import AutocompleteMixin
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection, models


def column_range(field: models.Field) -> tuple[int | None, int | None]:
    """``(min, max)`` a model integer field's column holds (``None``: no bound)."""
    return connection.ops.integer_field_range(field.get_internal_type())


def is_key_of(field: models.Field, value) -> bool:
    """Whether ``value`` (a string as submitted) can be a value of ``field``
    (a model's primary key or a relation's target field): it converts, and a
    number lies within the column's range. Never queries the database."""
    try:
        converted = field.to_python(value)
    except (ValidationError, TypeError, ValueError, OverflowError):
        return False
    if isinstance(converted, int) and isinstance(field, models.IntegerField):
        low, high = column_range(field)
        if (low is not None and converted < low) or (
            high is not None and converted > high
        ):
            return False
    return True


def _integer_formfield(original):
    def formfield(self, **kwargs):
        low, high = column_range(self)
        # Validators, not min_value/max_value: no max="9223372036854775807"
        # in the page. Field.formfield drops them for fields with choices.
        bounds = []
        if low is not None:
            bounds.append(MinValueValidator(low))
        if high is not None:
            bounds.append(MaxValueValidator(high))
        kwargs["validators"] = [*kwargs.get("validators", ()), *bounds]
        return original(self, **kwargs)

    formfield.__wrapped__ = original
    return formfield


def _autocomplete_optgroups(original):
    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        opts = remote.model._meta
        target = opts.get_field(getattr(remote, "field_name", None) or opts.pk.name)
        value = [
            item for item in value if item in ("", None) or is_key_of(target, item)
        ]
        return original(self, name, value, attr)

    optgroups.__wrapped__ = original
    return optgroups


def connect() -> None:
    """Install both guards (idempotent)."""
    if not hasattr(models.IntegerField.formfield, "__wrapped__"):
        models.IntegerField.formfield = _integer_formfield(
            models.IntegerField.formfield
        )
    if not hasattr(AutocompleteMixin.optgroups, "__wrapped__"):
        AutocompleteMixin.optgroups = _autocomplete_optgroups(
            AutocompleteMixin.optgroups
        )
