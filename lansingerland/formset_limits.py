"""Every admin formset has an absolute maximum of rows.

Django builds ``min(TOTAL_FORMS, absolute_max)`` forms for a bound formset,
and its default ``absolute_max`` is 2,000 per inline: a tampered
``TOTAL_FORMS`` on the organisation page (locations with a map editor,
memberships) built thousands of forms and held a worker. Every inline and
list-editing formset of the admin now allows the rows already stored plus
``settings.FORMSET_MAX_NEW_ROWS`` new ones; more is the formset's own form
error ("Verstuur maximaal … formulieren"), with everything typed kept.

The stored rows count from the database (the formset's queryset, which it
loads anyway), never from the tamperable ``INITIAL_FORMS``. The public
formsets set their own maximum where they are made (the offers' schedule and
closure rows: 50). :func:`connect` wraps Django's two factories (called once
from ``LansingerlandConfig.ready``), so every inline joins without opting in.
"""

from django.conf import settings
from django.contrib.admin.options import InlineModelAdmin, ModelAdmin


def limited(formset_class: type) -> type:
    """``formset_class`` with ``absolute_max`` (and ``max_num``, which the
    error message names) at stored rows + ``FORMSET_MAX_NEW_ROWS``."""

    class LimitedFormSet(formset_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            stored = len(self.get_queryset()) if hasattr(self, "get_queryset") else 0
            ceiling = stored + settings.FORMSET_MAX_NEW_ROWS
            self.absolute_max = min(self.absolute_max, ceiling)
            self.max_num = min(self.max_num, self.absolute_max)

    LimitedFormSet.__name__ = formset_class.__name__
    LimitedFormSet.__qualname__ = formset_class.__qualname__
    return LimitedFormSet


def _wrap(original):
    def get_formset(self, request, *args, **kwargs):
        return limited(original(self, request, *args, **kwargs))

    get_formset.__wrapped__ = original
    return get_formset


def connect() -> None:
    """Limit every admin inline and list-editing formset (idempotent)."""
    for owner, name in (
        (InlineModelAdmin, "get_formset"),
        (ModelAdmin, "get_changelist_formset"),
    ):
        method = getattr(owner, name)
        if not hasattr(method, "__wrapped__"):
            setattr(owner, name, _wrap(method))
